"""An SMTP sink that answers as told: a real aiosmtpd server on a local port (offering
PIPELINING, as relays do), whose replies can be scripted per recipient (421, 454, 550 ... at
RCPT or at DATA), and which can hold every new transaction at RCPT, so a test can stop a
sender while messages are in flight.
"""

from __future__ import annotations

import asyncio
import email
import socket
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class Received:
    mail_from: str
    rcpt_to: str
    data: bytes
    at: float  # time.monotonic() when the sink accepted it
    peer_port: int  # the sender's local port: which process sent it

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.data, policy=policy.default)  # type: ignore[return-value]


@dataclass
class ScriptedSink:
    """Accepts everything unless a reply is scripted for the recipient."""

    received: list[Received] = field(default_factory=list)
    # recipient -> replies for its next attempts, each ("rcpt" or "data", "454 4.7.0 Slow down")
    script: dict[str, deque[tuple[str, str]]] = field(default_factory=lambda: defaultdict(deque))
    refuse_all: str = ""  # a reply at RCPT for every recipient (e.g. "550 5.7.1 relay denied")
    data_delay: float = 0.0  # seconds each accepted message waits before its 250
    hold_after: int | None = None  # once this many are accepted, hold every new RCPT
    held: threading.Event = field(default_factory=threading.Event)  # a transaction is held
    release: threading.Event = field(default_factory=threading.Event)
    attempts: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def __post_init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}?starttls=false&pool=4"

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if r.rcpt_to == address]

    def recipients(self) -> list[str]:
        return sorted(r.rcpt_to for r in self.received)

    def _scripted(self, address: str, stage: str) -> str | None:
        queue = self.script.get(address)
        if queue and queue[0][0] == stage:
            return queue.popleft()[1]
        return None


class _Handler:
    def __init__(self, sink: ScriptedSink) -> None:
        self.sink = sink

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        # Offered, as relays do: the mailer then sends MAIL, RCPT and DATA together, and the
        # scripted refusals reach it as replies to a pipelined envelope.
        session.host_name = hostname
        return [*responses[:-1], "250-PIPELINING", responses[-1]]

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        sink = self.sink
        sink.attempts[address] += 1
        if sink.hold_after is not None and len(sink.received) >= sink.hold_after:
            sink.held.set()
            while not sink.release.is_set():
                await asyncio.sleep(0.01)
            return "421 4.3.0 the test stopped this transaction"
        reply = sink.refuse_all or sink._scripted(address, "rcpt")
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        sink = self.sink
        rcpt = envelope.rcpt_tos[0]
        reply = sink._scripted(rcpt, "data")
        if reply:
            return reply
        if sink.data_delay:
            await asyncio.sleep(sink.data_delay)
        accepted = Received(
            envelope.mail_from, rcpt, envelope.content, time.monotonic(), session.peer[1]
        )
        sink.received.append(accepted)
        return f"250 2.0.0 Ok: queued as {len(sink.received)}"
