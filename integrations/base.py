"""The seams a provider implements: a Receiver for its HTTP deliveries, a Processor for the
events stored from them.

A Receiver runs in the request: `verify` checks the signature over the raw bytes and nothing
else; `parse` turns a verified body into the events to store, or raises MalformedEvent. It
never touches the database or the network, so the receiver answers in milliseconds.

A Processor runs in a worker, once per stored event (and again after a failure): it reads
`ctx.payload`, fetches what a thin notification leaves out, carries out what is not a
record (an erasure, an export), and returns the people and purchases the event describes.
`inbox.process_events` then writes those, with the people of other events (batch.py).
Processing must be idempotent: the same event processed twice leaves the same rows.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any, Protocol

from crm.principal import Principal
from integrations.errors import MalformedEvent
from integrations.mapping import Person
from integrations.models import InboxEvent, Integration


@dataclass(frozen=True)
class Delivery:
    """One HTTP delivery: its headers (case-insensitive) and the exact bytes of its body."""

    headers: Mapping[str, str]
    body: bytes
    received_at: datetime


@dataclass(frozen=True)
class Incoming:
    """One upstream event to store; `upstream_id` is unique per integration."""

    upstream_id: str
    topic: str
    payload: str
    occurred_at: datetime | None = None


class Receiver(Protocol):
    """How one provider's webhooks are verified and split into events."""

    # The name of the secret that signs its deliveries, as in the provider's config.
    signing_secret: str

    def verify(self, delivery: Delivery, secrets: list[str], settings: dict[str, Any]) -> None:
        """Raise SignatureError unless one of `secrets` signed this delivery."""
        ...

    def parse(self, delivery: Delivery) -> list[Incoming]:
        """The events of a verified delivery (possibly none); MalformedEvent if unreadable."""
        ...


@dataclass
class Context:
    """What a processor works with, and what it reports back."""

    integration: Integration
    event: InboxEvent
    actor: Principal
    notes: list[str] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)
    ignored: str = ""  # why the event asks nothing of the CRM (then stored as ignored)

    @cached_property
    def payload(self) -> Any:
        return json.loads(self.event.payload)

    def note(self, text: str) -> None:
        """Record something the event asked for that was not done, and why."""
        self.notes.append(text)

    def ignore(self, reason: str) -> list[Person]:
        """Mark the event as one the CRM does not act on; returns no people."""
        self.ignored = reason
        return []


Processor = Callable[[Context], Awaitable[list[Person]]]


async def dispatch(ctx: Context, handlers: Mapping[str, Processor]) -> list[Person]:
    """Run the handler of the event's topic; an unknown topic is ignored, not failed."""
    handler = handlers.get(ctx.event.topic)
    if handler is None:
        return ctx.ignore(f"the CRM does not act on {ctx.event.topic}")
    return await handler(ctx)


def read_json(body: bytes | str) -> Any:
    """The parsed body, or MalformedEvent saying why it cannot be read."""
    try:
        return json.loads(body)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError both are
        raise MalformedEvent(f"malformed JSON: {exc}") from exc


def raw_text(delivery: Delivery) -> str:
    """The body as stored in the inbox: the exact text received."""
    try:
        return delivery.body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedEvent(f"the body is not UTF-8: {exc}") from exc
