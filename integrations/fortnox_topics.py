"""`crm fortnox listen`: the Fortnox Topics WebSocket into the inbox, resuming where it left.

One connection carries every enabled Fortnox integration, as Fortnox asks (one per app, not
one per customer). The conversation:

    -> {"command": "add-tenants-v1", "clientSecret": "...", "accessTokens": ["..."]}
    <- {"type": "command-response", "response": "add-tenants-v1", "result": "ok", ...}
    -> {"command": "add-topics-v1", "topics": [{"topic": "invoices", "offset": "xDy7J"}, ...]}
    <- {"type": "command-response", "response": "add-topics-v1", "result": "ok", ...}
    -> {"command": "subscribe-v1"}
    <- {"type": "command-response", "response": "subscribe-v1", "result": "ok"}
    <- {"topic": "invoices", "offset": "xDy8A", "type": "invoice-created-v1",
        "tenantId": 29302, "entityId": "3817", "timestamp": "..."}  ...

Delivery is at least once, ordered within a topic. Each event is stored in the inbox (which
drops a repeat) before its offset is saved, and a restart asks for the topics from the saved
offsets: an event is never lost, at worst received twice. Fortnox replays about two weeks.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import defaultdict
from datetime import timedelta
from typing import Any

import websockets
from websockets.asyncio.client import ClientConnection

from integrations import fortnox, inbox, oauth, rest, secrets
from integrations.errors import FortnoxError, MalformedEvent
from integrations.models import Integration, Provider, StreamOffset

log = logging.getLogger(__name__)

URL = "wss://ws.fortnox.se/topics-v1"
STREAM = "fortnox"  # the StreamOffset rows of this consumer
RECONNECT_BASE = timedelta(seconds=1)  # doubling after each failed connection ...
RECONNECT_MAX = timedelta(minutes=1)  # ... up to this
# Integrations added or disabled meanwhile are picked up by reconnecting this often.
RELOAD_EVERY = timedelta(minutes=5)
COMMAND_TIMEOUT = timedelta(seconds=30)  # for the answer to one command
POLL = timedelta(milliseconds=200)  # how soon a stop request is noticed while idle


async def listen(url: str = URL, stop: asyncio.Event | None = None) -> None:
    """Consume until `stop` is set, reconnecting with backoff after any failure."""
    stop = stop or asyncio.Event()
    failures = 0
    while not stop.is_set():
        try:
            await _session(url, stop)
            failures = 0
        except Exception as exc:  # the network, Fortnox, or the database: all pass, in time
            failures += 1
            wait = min(RECONNECT_BASE * 2 ** (failures - 1), RECONNECT_MAX)
            log.warning(
                "fortnox topics connection failed; reconnecting",
                extra={"error": repr(exc), "wait_s": wait.total_seconds()},
                exc_info=not isinstance(exc, OSError | websockets.WebSocketException),
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), wait.total_seconds())


async def _session(url: str, stop: asyncio.Event) -> None:
    """One connection: add the tenants and topics, then store events until stop or reload."""
    integrations = await Integration.filter(provider=Provider.FORTNOX, disabled_at__isnull=True)
    if not integrations:
        log.info("no Fortnox integration is enabled; waiting")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), RELOAD_EVERY.total_seconds())
        return
    tenants = {int(i.settings["tenant_id"]): i for i in integrations}
    early: list[dict[str, Any]] = []  # events that arrived while a command was answered
    async with websockets.connect(url) as ws:
        await _add_tenants(ws, integrations, early)
        offsets = dict(await StreamOffset.filter(stream=STREAM).values_list("topic", "offset"))
        topics = [
            {"topic": topic, **({"offset": offsets[topic]} if topic in offsets else {})}
            for topic in fortnox.TOPICS
        ]
        await _command(ws, {"command": "add-topics-v1", "topics": topics}, early)
        await _command(ws, {"command": "subscribe-v1"}, early)
        log.info(
            "fortnox topics subscribed", extra={"tenants": sorted(tenants), "offsets": offsets}
        )
        for event in early:
            await _receive(tenants, event)
        reload_at = time.monotonic() + RELOAD_EVERY.total_seconds()
        while not stop.is_set() and time.monotonic() < reload_at:
            try:
                frame = await asyncio.wait_for(ws.recv(), POLL.total_seconds())
            except TimeoutError:
                continue
            await _receive(tenants, json.loads(frame))


async def _add_tenants(
    ws: ClientConnection, integrations: list[Integration], early: list[dict[str, Any]]
) -> None:
    """One add-tenants-v1 per app (client secret), with each tenant's access token."""
    by_app: dict[str, list[str]] = defaultdict(list)
    async with rest.http_client() as http:
        for integration in integrations:
            client_secret = secrets.unseal(integration.sealed)["client_secret"]
            by_app[client_secret].append(await oauth.access_token(integration, http))
    for client_secret, tokens in by_app.items():
        command = {
            "command": "add-tenants-v1",
            "clientSecret": client_secret,
            "accessTokens": tokens,
        }
        answer = await _command(ws, command, early)
        if answer.get("invalidTokens"):
            log.warning(
                "fortnox refused some access tokens",
                extra={"count": len(answer["invalidTokens"])},
            )


async def _command(
    ws: ClientConnection, command: dict[str, Any], early: list[dict[str, Any]]
) -> dict[str, Any]:
    """Send a command and wait for its answer (FortnoxError unless it is ok); events that
    arrive meanwhile are kept in `early`."""
    await ws.send(json.dumps(command))
    async with asyncio.timeout(COMMAND_TIMEOUT.total_seconds()):
        while True:
            answer = json.loads(await ws.recv())
            if answer.get("type") == "command-response":
                break
            early.append(answer)
    if answer.get("result") != "ok" or answer.get("response") != command["command"]:
        raise FortnoxError(f"{command['command']} was answered {answer}")
    return dict(answer)


async def _receive(tenants: dict[int, Integration], message: dict[str, Any]) -> None:
    """Store one event in its integration's inbox, then save its topic's offset."""
    if message.get("type") == "command-response":
        raise FortnoxError(f"unexpected command response: {message}")
    topic, offset = message.get("topic"), message.get("offset")
    integration = tenants.get(message.get("tenantId"))  # type: ignore[arg-type]
    if integration is None:
        log.warning("fortnox event of an unknown tenant", extra={"tenant": message.get("tenantId")})
    else:
        try:
            await inbox.store(integration, [fortnox.incoming(message)])
        except MalformedEvent as exc:
            log.warning(
                "fortnox event not understood", extra={"event": message, "error": exc.message}
            )
    if topic and offset:
        await StreamOffset.update_or_create(
            stream=STREAM, topic=str(topic), defaults={"offset": str(offset)}
        )
