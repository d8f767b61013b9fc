"""A local WebSocket server speaking Fortnox's Topics commands, for the consumer's tests.

It insists on the documented conversation (add-tenants-v1 with the client secret and access
tokens, add-topics-v1, subscribe-v1), then streams each topic's events from the offset asked
for, inclusive (as a Kafka consumer resuming at a committed offset gets it again), and any
event published while the client is connected.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass, field
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve


@dataclass
class FortnoxTopics:
    client_secret: str
    access_tokens: list[str]
    tenant_id: int
    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    conversations: list[list[dict[str, Any]]] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)  # "topic:offset" of every event streamed
    _server: Server | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = next(iter(self._server.sockets)).getsockname()[:2]
        return f"ws://{host}:{port}"

    async def start(self) -> None:
        self._server = await serve(self._handle, "127.0.0.1", 0)

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def publish(self, topic: str, type: str, entity_id: str) -> dict[str, Any]:
        """Append an event to a topic (offsets o0001, o0002, ... per topic)."""
        events = self.events.setdefault(topic, [])
        event = {
            "topic": topic,
            "offset": f"o{len(events) + 1:04d}",
            "type": type,
            "tenantId": self.tenant_id,
            "entityId": entity_id,
            "timestamp": f"2026-01-20T12:{len(events):02d}:00.000+01:00",
        }
        events.append(event)
        return event

    async def _expect(self, ws: ServerConnection, command: str, said: list[dict[str, Any]]):
        message = json.loads(await ws.recv())
        said.append(message)
        assert message.get("command") == command, message
        return message

    async def _answer(self, ws: ServerConnection, command: str, **extra: Any) -> None:
        reply = {"type": "command-response", "response": command, "result": "ok", **extra}
        await ws.send(json.dumps(reply))

    async def _handle(self, ws: ServerConnection) -> None:
        said: list[dict[str, Any]] = []
        self.conversations.append(said)
        tenants = await self._expect(ws, "add-tenants-v1", said)
        if (
            tenants.get("clientSecret") != self.client_secret
            or tenants.get("accessTokens") != self.access_tokens
        ):
            await ws.send(
                json.dumps(
                    {
                        "type": "command-response",
                        "response": "add-tenants-v1",
                        "result": "error",
                        "error": "invalid credentials",
                    }
                )
            )
            return
        await self._answer(
            ws,
            "add-tenants-v1",
            invalidTokens=[],
            tenantIds={self.access_tokens[0]: self.tenant_id},
        )
        topics = await self._expect(ws, "add-topics-v1", said)
        await self._answer(ws, "add-topics-v1", invalidTopics=[])
        await self._expect(ws, "subscribe-v1", said)
        await self._answer(ws, "subscribe-v1")
        positions = {}
        for wanted in topics["topics"]:
            offsets = [e["offset"] for e in self.events.get(wanted["topic"], [])]
            start = wanted.get("offset")
            positions[wanted["topic"]] = offsets.index(start) if start in offsets else 0
        while True:
            for topic, position in positions.items():
                for event in self.events.get(topic, [])[position:]:
                    await ws.send(json.dumps(event))
                    self.sent.append(f"{topic}:{event['offset']}")
                positions[topic] = len(self.events.get(topic, []))
            # The client says nothing after subscribing: waiting for it notices a close.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ws.recv(), 0.05)
