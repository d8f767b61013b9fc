"""Named queries of the sending pipeline over message rows.

Claiming and recording are raw SQL, one statement each for a whole batch: the ORM would need
a statement per row. Both run on SQLite and PostgreSQL; `?` placeholders become `$n` there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from tortoise import connections
from tortoise.expressions import F

from campaigns.models import Campaign, CampaignStatus, Message, MessageStatus, SkipReason
from crm import clock, db

# Rows claimable now, of one status at a time so that the (campaign, status, id) index finds
# them without walking the rows already sent: `sending` past their lease (the sender died:
# the message is in doubt, see campaigns/sender.py), then queued and due. Oldest first; on
# PostgreSQL rows another sender is claiming are skipped, not waited for. The Message-ID is
# written as the row is claimed, so even a message in doubt can be looked for in the relay's
# logs.
_CLAIM = """
UPDATE messages SET status = 'sending', next_attempt_at = ?, attempts = attempts + 1,
    updated_at = ?, message_id = '<' || CAST(id AS VARCHAR) || ?
WHERE id IN (
    SELECT id FROM messages
    WHERE campaign_id = ? AND status = ? AND {due}
    ORDER BY id LIMIT ? {lock})
RETURNING id, contact_id, attempts, message_id
"""
# Parameters: the lease's end (now + lease), now, the Message-ID after the row id (".<campaign
# nonce>@<sender domain>>"), campaign id, the status, now, how many.
_DUE = {
    MessageStatus.SENDING: "next_attempt_at < ?",  # the lease has ended
    MessageStatus.QUEUED: "(next_attempt_at IS NULL OR next_attempt_at <= ?)",  # retry time
}

# New message rows, one per contact id; a row that exists already (the planner resumed after
# a crash) is left as it is. PostgreSQL takes the ids as one array, SQLite as VALUES rows.
_PLAN = """
INSERT INTO messages (workspace_id, campaign_id, contact_id, status, skip_reason, smtp_reply,
    message_id, attempts, queued_at, updated_at)
{rows}
ON CONFLICT (campaign_id, contact_id) DO NOTHING
"""
_PLAN_ROWS_POSTGRES = (
    "SELECT $1, $2, c, 'queued', '', '', '', 0, $3, $3 FROM unnest($4::bigint[]) AS c"
)
_PLAN_ROW_SQLITE = "(?1, ?2, ?{n}, 'queued', '', '', '', 0, ?3, ?3)"
# Parameters: workspace id, campaign id, now, then the contact ids (PostgreSQL: as an array).

# One row of VALUES per outcome. A row is only written while it is still `sending` with the
# attempt number it was claimed with: a sender presumed dead cannot overwrite the outcome of
# the sender that took its message over.
_RECORD = """
WITH v(id, attempts, status, skip_reason, reply, sent_at, next_attempt_at)
AS (VALUES {rows})
UPDATE messages SET status = v.status, skip_reason = v.skip_reason, smtp_reply = v.reply,
    sent_at = v.sent_at, next_attempt_at = v.next_attempt_at, updated_at = ?
FROM v WHERE messages.id = v.id AND messages.attempts = v.attempts
    AND messages.status = 'sending'
"""
# Parameters: per outcome (id, attempts, status, skip reason, reply, sent at, next attempt
# at), then now.
_TYPED_ROW = "(?::bigint, ?::int, ?::varchar, ?::varchar, ?::text, ?::timestamptz, ?::timestamptz)"
_ROW = "(?, ?, ?, ?, ?, ?, ?)"
MAX_REPLY = 2000  # characters of an SMTP reply kept (some relays answer at length)


@dataclass(frozen=True)
class Claimed:
    id: int
    contact_id: int
    attempts: int  # hand-overs, this one included
    message_id: str  # the Message-ID header, the same on every attempt


@dataclass(frozen=True)
class Outcome:
    id: int
    attempts: int  # as claimed
    status: MessageStatus
    reply: str = ""
    skip_reason: str = ""
    sent_at: datetime | None = None
    next_attempt_at: datetime | None = None  # for a retry (status queued)


def _numbered(sql: str) -> str:
    """`?` placeholders as PostgreSQL's `$1, $2 ...`."""
    counter = iter(range(1, 1_000_000))
    return re.sub(r"\?", lambda _: f"${next(counter)}", sql)


def _postgres() -> bool:
    return db.dialect() == "postgres"


async def insert_messages(workspace_id: int, campaign_id: int, contact_ids: list[int]) -> None:
    """Queue a message for each of `contact_ids` (one statement)."""
    if not contact_ids:
        return
    params: list[Any] = [workspace_id, campaign_id, clock.now()]
    if _postgres():
        sql = _PLAN.format(rows=_PLAN_ROWS_POSTGRES)
        params.append(contact_ids)
    else:
        values = (_PLAN_ROW_SQLITE.format(n=n) for n in range(4, len(contact_ids) + 4))
        sql = _PLAN.format(rows="VALUES " + ", ".join(values))
        params += contact_ids
    await connections.get("default").execute_query(sql, params)


async def claim(
    campaign_id: int, limit: int, lease_until: datetime, id_suffix: str
) -> list[Claimed]:
    """Take up to `limit` claimable messages of a campaign for this sender, in doubt first,
    then oldest first; each gets the Message-ID `<{row id}{id_suffix}`."""
    now = clock.now()
    postgres = _postgres()
    claimed: list[Claimed] = []
    for status, due in _DUE.items():
        sql = _CLAIM.format(due=due, lock="FOR UPDATE SKIP LOCKED" if postgres else "")
        params = [lease_until, now, id_suffix, campaign_id, status.value, now, limit - len(claimed)]
        rows = await connections.get("default").execute_query_dict(
            _numbered(sql) if postgres else sql, params
        )
        claimed += [Claimed(r["id"], r["contact_id"], r["attempts"], r["message_id"]) for r in rows]
        if len(claimed) >= limit:
            break
    return sorted(claimed, key=lambda c: c.id)


async def record(outcomes: list[Outcome]) -> None:
    """Write the outcomes of claimed messages, in one statement."""
    if not outcomes:
        return
    postgres = _postgres()
    rows = ", ".join([_TYPED_ROW if postgres else _ROW] + [_ROW] * (len(outcomes) - 1))
    params: list[Any] = []
    for o in outcomes:
        params += [
            o.id,
            o.attempts,
            o.status.value,
            o.skip_reason,
            o.reply[:MAX_REPLY],
            o.sent_at,
            o.next_attempt_at,
        ]
    params.append(clock.now())
    sql = _RECORD.format(rows=rows)
    await connections.get("default").execute_query(_numbered(sql) if postgres else sql, params)


async def release(ids: list[int]) -> int:
    """Give claimed messages that were never handed to SMTP back to the queue."""
    if not ids:
        return 0
    return await Message.filter(id__in=ids, status=MessageStatus.SENDING).update(
        status=MessageStatus.QUEUED, next_attempt_at=None, attempts=F("attempts") - 1
    )


async def skip_queued(campaign_id: int, reason: SkipReason) -> int:
    """Skip every message of the campaign still waiting (a cancel)."""
    return await Message.filter(campaign_id=campaign_id, status=MessageStatus.QUEUED).update(
        status=MessageStatus.SKIPPED, skip_reason=reason, next_attempt_at=None
    )


async def open_work(campaign_id: int) -> bool:
    """Whether any message of the campaign is still queued or being sent."""
    return await Message.filter(
        campaign_id=campaign_id, status__in=[MessageStatus.QUEUED, MessageStatus.SENDING]
    ).exists()


async def next_due(campaign_id: int) -> datetime | None:
    """When a message of the campaign next becomes claimable: now for a queued one with no
    retry time, else the earliest retry time or lease end (None: no message is open)."""
    open_ = Message.filter(
        campaign_id=campaign_id, status__in=[MessageStatus.QUEUED, MessageStatus.SENDING]
    )
    if await open_.filter(next_attempt_at__isnull=True).exists():
        return clock.now()
    earliest = open_.order_by("next_attempt_at").first()
    return cast("datetime | None", await earliest.values_list("next_attempt_at", flat=True))


async def finish_if_done(campaign_id: int) -> bool:
    """Mark a planned, sending campaign sent once none of its messages is open."""
    if await open_work(campaign_id):
        return False
    return (
        await Campaign.filter(
            id=campaign_id, status=CampaignStatus.SENDING, planned_at__isnull=False
        ).update(status=CampaignStatus.SENT, finished_at=clock.now())
        > 0
    )


# Tables the audience query reads. After a large import PostgreSQL still believes them nearly
# empty until autovacuum analyzes them, and plans the audience as nested loops: seen taking
# 0.7 s per 1,000 contacts at 10,000, and growing with the square of the audience.
AUDIENCE_TABLES = ("contacts", "consent_state", "contact_tags", "tracking_events")


async def analyze_if_stale() -> list[str]:
    """ANALYZE the audience tables that changed much since their last analysis (the planner
    calls this before its first page); returns the tables analyzed."""
    return await db.analyze_if_stale(AUDIENCE_TABLES)
