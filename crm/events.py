"""The core's events, for the packages that act on them (outgoing webhooks, audience sync).

    @events.listen
    async def on_event(workspace_id: int, type: str, data: dict[str, Any]) -> None: ...

    await events.emit(contact.workspace_id, events.CONTACT_CREATED, {"contact_id": contact.id})

Listeners run inline, inside the emitter's transaction: what they write (a delivery row and
its work row) commits or rolls back with the change itself, so no event is announced for a
change that did not happen, and none is lost for one that did. A listener therefore only
records work; anything slow (an HTTP call) belongs to the work it records. `data` names the
contact by id and carries only what a receiver needs to act.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

CONTACT_CREATED = "contact.created"
CONTACT_UPDATED = "contact.updated"
CONTACT_UNSUBSCRIBED = "contact.unsubscribed"
CONTACT_ERASED = "contact.erased"
CONSENT_CHANGED = "consent.changed"
TYPES = (CONTACT_CREATED, CONTACT_UPDATED, CONTACT_UNSUBSCRIBED, CONTACT_ERASED, CONSENT_CHANGED)

Listener = Callable[[int, str, dict[str, Any]], Awaitable[None]]
LISTENERS: list[Listener] = []


def listen(fn: Listener) -> Listener:
    """Register `fn(workspace_id, type, data)` for every event (a decorator)."""
    LISTENERS.append(fn)
    return fn


async def emit(workspace_id: int, type: str, data: dict[str, Any]) -> None:
    """Hand one event of `workspace_id` to every listener, in registration order."""
    for fn in LISTENERS:
        await fn(workspace_id, type, data)
