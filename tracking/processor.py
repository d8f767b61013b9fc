"""Recording opens and clicks, part two: staged hits become events and counters.

`process_batch` takes the oldest staged hits (deleting them), resolves their messages,
applies the delivery-time rule (tracking/classify.py: `after_delivery`) and the honeypot rule
across web processes (a click beside a honeypot click of the batch or stored before it), adds
them to the counters (tracking/rollups.py, which also adds the open a click implies) and
writes the events, all in one transaction: a crash or an error puts the hits back, and a hit
is never counted twice. A hit whose message is gone or of another workspace, of a campaign
that does not track, or of a contact erased or restricted since, is dropped.

The `tracking.process_hits` task runs it about every PROCESS_EVERY (the sweep's pace decides:
events show up within seconds to half a minute) until what was staged before it is processed;
several workers may run it at once (each takes its own batch; see `process_all`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from crm import db, work
from crm.tokens import HONEYPOT_LINK
from tracking import queries, rollups
from tracking.classify import (
    BESIDE_HONEYPOT,
    HONEYPOT_MEMORY,
    HONEYPOT_WINDOW,
    HoneypotMemory,
    Verdict,
    after_delivery,
)
from tracking.models import Agent, EventKind
from tracking.queries import EventRow, HitRow, Recipient

log = logging.getLogger(__name__)

BATCH = 1000  # hits per transaction: a few statements, a few tens of ms
PROCESS_EVERY = timedelta(seconds=10)  # a run is due this long after the last one started
RUN_BUDGET = timedelta(minutes=2)  # a run stops taking batches after this, well within its lease


def _maybe_beside(hit: HitRow) -> bool:
    """A person's click, on a real link, from a known address: the honeypot rule may apply."""
    return (
        hit.kind == EventKind.CLICK
        and hit.agent == Agent.HUMAN
        and hit.link_index != HONEYPOT_LINK
        and bool(hit.ip)
    )


async def _honeypot_clicks(
    conn: BaseDBAsyncClient, hits: Sequence[HitRow], found: dict[int, Recipient]
) -> HoneypotMemory:
    """The honeypot clicks near the batch's clicks, by message and address (as stored, cut as
    the workspace chose): the batch's own, and those already stored by earlier batches.

    Each web process knows only its own honeypot clicks, and a scanner's requests are spread
    over all of them, so the processor, which sees them all, looks again."""
    clicks = [hit for hit in hits if _maybe_beside(hit)]
    memory = HoneypotMemory(size=len(hits) + HONEYPOT_MEMORY)
    if not clicks:
        return memory
    for hit in hits:
        if hit.kind == EventKind.CLICK and hit.link_index == HONEYPOT_LINK and hit.ip:
            memory.note(hit.message_id, hit.ip, hit.at)
    messages = {hit.message_id: found[hit.message_id] for hit in clicks if hit.message_id in found}
    if messages:
        since = datetime.fromtimestamp(min(hit.at for hit in clicks), UTC) - HONEYPOT_WINDOW
        stored = await queries.honeypot_clicks(conn, messages.values(), since)
        for message_id, ip, at in stored:
            memory.note(message_id, ip, at.timestamp())
    return memory


def _events(
    hits: Sequence[HitRow], found: dict[int, Recipient], honeypots: HoneypotMemory
) -> list[EventRow]:
    events = []
    for hit in sorted(hits, key=lambda hit: hit.at):
        recipient = found.get(hit.message_id)
        if recipient is None or recipient.workspace_id != hit.workspace_id:
            continue
        if not recipient.tracking:
            continue
        kind = EventKind(hit.kind)
        at = datetime.fromtimestamp(hit.at, UTC)
        by_request = (
            BESIDE_HONEYPOT
            if _maybe_beside(hit) and honeypots.near(hit.message_id, hit.ip, hit.at)
            else Verdict(Agent(hit.agent), hit.reason)
        )
        verdict = after_delivery(by_request, kind, at, recipient.sent_at)
        events.append(
            EventRow(
                workspace_id=recipient.workspace_id,
                campaign_id=recipient.campaign_id,
                message_id=recipient.message_id,
                contact_id=recipient.contact_id,
                kind=kind,
                link_index=hit.link_index,
                agent=verdict.agent,
                human=verdict.human,
                reason=verdict.reason,
                ip=hit.ip,
                user_agent=hit.user_agent,
                at=at,
            )
        )
    return events


async def process_batch(limit: int = BATCH) -> int:
    """Turn up to `limit` of the oldest staged hits into events; returns how many hits."""
    async with in_transaction() as tx:
        hits = await queries.take_hits(tx, limit)
        if not hits:
            return 0
        found = await queries.recipients(tx, {hit.message_id for hit in hits})
        honeypots = await _honeypot_clicks(tx, hits, found)
        stored = await rollups.count_events(tx, _events(hits, found, honeypots))
        await queries.insert_rows(tx, "tracking_events", stored)
    return len(hits)


async def process_all(budget: timedelta = RUN_BUDGET) -> int:
    """Process batches until every hit staged before the call has been processed, here or by
    another worker, or `budget` is spent; returns how many hits this call processed.

    A short batch alone does not mean that: on PostgreSQL a batch skips the hits other workers
    hold, and one of them may yet roll back. So it ends only when no hit of before the call is
    left once their holders are done (`queries.still_staged`), and what they put back is taken.
    """
    deadline = time.monotonic() + budget.total_seconds()
    # A burst of events outruns autovacuum's statistics, and the honeypot look-up planned on
    # a "small" table walks it whole: 5 ms a batch instead of under 1 (EXPLAIN ANALYZE).
    await db.analyze_if_stale(["tracking_events"])
    conn = connections.get("default")
    up_to = await queries.last_staged(conn)
    done = 0
    while time.monotonic() < deadline:
        taken = await process_batch()
        done += taken
        if taken < BATCH and not await queries.still_staged(conn, up_to):
            break
    return done


@work.every(PROCESS_EVERY)
@work.task("tracking.process_hits", max_attempts=3)
async def process_hits(ref: str) -> None:
    done = await process_all()
    if done:
        log.info("tracking hits processed", extra={"hits": done})
