"""The durable webhook inbox: store an event, acknowledge it, process it later.

`store` writes each event and its work row in one transaction and sends the work to the
workers once that has committed; a duplicate (same integration and upstream id) is dropped
by the unique index. `process_events` runs the provider's processor, writes the people and
purchases it returns, and marks the event processed, ignored or failed: a failure is retried
with the work row's backoff, kept with its error, and replayed with `crm webhooks replay`.

Work rows are claimed in batches (crm/work.py); events whose topic only maps its payload are
written together, in a few statements (integrations/batch.py), and any other runs alone after
the ones received before it. Should a batch fail, its events are written one by one, so that
only the event at fault fails.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from dataclasses import dataclass

from tortoise import connections
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from crm import clock, db, work
from crm.models import WorkItem
from crm.models.work import WorkStatus
from crm.principal import system
from integrations import batch, outgoing, people, rows
from integrations.base import Context, Delivery, Incoming
from integrations.errors import ProviderRejected
from integrations.mapping import Person
from integrations.models import InboxEvent, InboxStatus, Integration
from integrations.providers import PROVIDERS

log = logging.getLogger(__name__)

PROCESS = "integrations.process_event"
# With work.py's doubling backoff (10 s, 20 s ...) ten attempts span about an hour and a
# half: a provider's short outage passes; a longer one ends in `crm webhooks replay`.
PROCESS_ATTEMPTS = 10
# Events per batch: enough that a batch's statements cost little per event, few enough that
# its transaction stays short.
BATCH = 100


@dataclass(frozen=True)
class Stored:
    new: list[int]  # ids of the events stored by this call
    duplicates: int  # events already in the inbox, acknowledged and dropped


async def store(integration: Integration, incoming: list[Incoming]) -> Stored:
    """Store each event with its work row, then send the work; duplicates are dropped."""
    write = _write_in_one_statement if db.dialect() == "postgres" else _write_in_a_transaction
    new, duplicates = [], 0
    for event in incoming:
        item = await write(integration, event)
        if item is None:
            duplicates += 1
            continue
        work.send(item)
        new.append(int(item.ref))
    return Stored(new, duplicates)


async def _write_in_a_transaction(integration: Integration, event: Incoming) -> WorkItem | None:
    """The event and its work row, through the ORM; None for a duplicate."""
    try:
        async with in_transaction():
            row = await InboxEvent.create(
                workspace_id=integration.workspace_id,
                integration_id=integration.id,
                provider=integration.provider,
                upstream_id=event.upstream_id,
                topic=event.topic,
                payload=event.payload,
                occurred_at=event.occurred_at,
                received_at=clock.now(),
            )
            return await work.enqueue(PROCESS, row.id, send=False)
    except IntegrityError:
        return None


# On PostgreSQL both rows are written by one statement, atomic by itself: a third of the CPU
# of the ORM's transaction, on the path every delivery takes (see docs/performance.md). The
# work row's columns are work.py's: one it adds without a default must be added here too,
# and the PostgreSQL test run fails until it is.
_STORE = """
WITH event AS (
    INSERT INTO webhook_inbox (workspace_id, integration_id, provider, upstream_id, topic,
                               status, payload, occurred_at, received_at, note, error)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '', '')
    ON CONFLICT (integration_id, upstream_id) DO NOTHING
    RETURNING id
)
INSERT INTO work_items (task, ref, status, attempts, max_attempts, due_at, last_error,
                        created_at)
SELECT $10, event.id::text, $11, 0, $12, $9, '', $9 FROM event
RETURNING id, task, ref, due_at
"""


async def _write_in_one_statement(integration: Integration, event: Incoming) -> WorkItem | None:
    """The event and its work row in one PostgreSQL statement; None for a duplicate (the
    conflict leaves no event row, so no work row either)."""
    written = await connections.get("default").execute_query_dict(
        _STORE,
        [
            integration.workspace_id,  # $1
            integration.id,  # $2
            integration.provider.value,  # $3
            event.upstream_id,  # $4: with $2, the unique key
            event.topic,  # $5
            InboxStatus.RECEIVED.value,  # $6
            event.payload,  # $7
            event.occurred_at,  # $8
            clock.now(),  # $9: received, and the work is due at once
            PROCESS,  # $10: the task
            WorkStatus.PENDING.value,  # $11
            work.TASKS[PROCESS].max_attempts,  # $12
        ],
    )
    return WorkItem._init_from_db(**written[0]) if written else None


async def reject(integration: Integration, delivery: Delivery, reason: str) -> None:
    """Keep a correctly signed but unreadable delivery, with why, for someone to look at.

    Its identity is its body's digest, so the provider's retries of it are stored once.
    """
    digest = hashlib.sha256(delivery.body).hexdigest()
    # A retry of the same unreadable body is stored already: nothing to add.
    with contextlib.suppress(IntegrityError):
        await InboxEvent.create(
            workspace_id=integration.workspace_id,
            integration_id=integration.id,
            provider=integration.provider,
            upstream_id=f"rejected:{digest}",
            topic="",
            status=InboxStatus.REJECTED,
            payload=delivery.body.decode("utf-8", errors="replace"),
            received_at=clock.now(),
            error=reason,
        )
    log.warning("webhook rejected", extra={"integration": integration.id, "reason": reason[:200]})


@work.task(PROCESS, max_attempts=PROCESS_ATTEMPTS, batch=BATCH)
async def process_events(refs: list[str]) -> dict[str, Exception]:
    """Process stored events in the order received; the refs of those that failed. An event
    already done, erased or deleted is a no-op."""
    found = await (
        InboxEvent.filter(id__in=[int(ref) for ref in refs])
        .select_related("integration")
        .order_by("id")
    )
    failures: dict[str, Exception] = {}
    mapped: list[Mapped] = []
    await batch.analyze_if_stale()
    with outgoing.endpoints_read_once():
        for event in found:
            if event.status not in (InboxStatus.RECEIVED, InboxStatus.FAILED):
                continue
            spec = PROVIDERS[event.integration.provider]
            if event.payload and event.topic in spec.mapped:
                ctx = _context(event)
                try:
                    mapped.append((event, ctx, await spec.process(ctx)))
                except Exception as exc:
                    await _failed(event, exc)
                    failures[str(event.id)] = exc
                continue
            failures |= await _write_mapped(mapped)  # the events received before it first
            mapped = []
            try:
                await _process(event)
            except Exception as exc:
                failures[str(event.id)] = exc
        failures |= await _write_mapped(mapped)
    return failures


Mapped = tuple[InboxEvent, Context, list[Person]]


def _context(event: InboxEvent) -> Context:
    integration = event.integration
    actor = system(integration.workspace_id, f"{integration.provider.value} webhook")
    return Context(integration, event, actor)


async def _write_mapped(mapped: list[Mapped]) -> dict[str, Exception]:
    """Write the people of mapped events together and mark the events; the failures."""
    if not mapped:
        return {}
    reported = [(list(ctx.notes), list(ctx.contact_ids)) for _, ctx, _ in mapped]
    try:
        async with in_transaction():
            await batch.save([(ctx, person) for _, ctx, people in mapped for person in people])
            await _finish_all(
                [(event, _outcome(ctx, people), ctx) for event, ctx, people in mapped]
            )
        return {}
    except Exception:
        log.warning("a batch of events failed: writing them one by one", exc_info=True)
    failures: dict[str, Exception] = {}
    for (event, ctx, found), (notes, contact_ids) in zip(mapped, reported, strict=True):
        ctx.notes[:], ctx.contact_ids[:] = notes, contact_ids  # what the batch reported is void
        try:
            await _write(event, ctx, found)
        except Exception as exc:
            await _failed(event, exc)
            failures[str(event.id)] = exc
    return failures


async def _process(event: InboxEvent) -> None:
    """Process one event on its own: its processor may read upstream or erase."""
    if not event.payload:
        await _finish(event, InboxStatus.IGNORED, "the payload was erased before processing")
        return
    ctx = _context(event)
    try:
        await _write(event, ctx, await PROVIDERS[event.integration.provider].process(ctx))
    except ProviderRejected as exc:
        if exc.status != 404:
            await _failed(event, exc)
            raise
        await _finish(event, InboxStatus.IGNORED, f"gone upstream: {exc.message}")
    except Exception as exc:
        await _failed(event, exc)
        raise


async def _write(event: InboxEvent, ctx: Context, found: list[Person]) -> None:
    async with in_transaction():
        for person in found:
            await people.save(ctx, person)
        await _finish(event, _outcome(ctx, found), _note(ctx), ctx)


def _outcome(ctx: Context, found: list[Person]) -> InboxStatus:
    return InboxStatus.IGNORED if ctx.ignored and not found else InboxStatus.PROCESSED


def _note(ctx: Context) -> str:
    return "; ".join(filter(None, [*ctx.notes, ctx.ignored]))[:2000]


async def _finish(
    event: InboxEvent, status: InboxStatus, note: str, ctx: Context | None = None
) -> None:
    await _finish_all([(event, status, ctx)], note)


async def _finish_all(
    done: list[tuple[InboxEvent, InboxStatus, Context | None]], note: str | None = None
) -> None:
    """Mark events done, in one statement: each with its status and its context's note
    (or `note`) and first contact."""
    now = clock.now()
    await rows.update(
        InboxEvent,
        [
            {
                "id": event.id,
                "status": status,
                "note": (_note(ctx) if ctx and note is None else note or "")[:2000],
                "error": "",
                "processed_at": now,
                "contact_id": ctx.contact_ids[0] if ctx and ctx.contact_ids else None,
            }
            for event, status, ctx in done
        ],
        ("status", "note", "error", "processed_at", "contact_id"),
    )


async def _failed(event: InboxEvent, exc: Exception) -> None:
    await InboxEvent.filter(id=event.id).update(
        status=InboxStatus.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000]
    )


async def failed(limit: int = 50) -> list[InboxEvent]:
    """The events whose last processing failed, newest first."""
    return await InboxEvent.filter(status=InboxStatus.FAILED).order_by("-id").limit(limit)


async def replay(event_ids: list[int] | None = None) -> list[int]:
    """Queue failed events again, all of them when `event_ids` is None; the ids queued.

    An event whose retry is already queued or running is left to it.
    """
    query = InboxEvent.filter(status=InboxStatus.FAILED)
    if event_ids is not None:
        query = query.filter(id__in=event_ids)
    queued: list[int] = []
    ids: list[int] = await query.order_by("id").values_list("id", flat=True)  # type: ignore[assignment]
    for event_id in ids:
        if await WorkItem.exists(
            task=PROCESS,
            ref=str(event_id),
            status__in=[WorkStatus.PENDING, WorkStatus.RUNNING],
        ):
            continue
        await work.enqueue(PROCESS, event_id)
        queued.append(event_id)
    return queued
