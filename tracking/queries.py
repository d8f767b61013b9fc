"""The statements of the tracking hot paths, the stager and the processor, one round trip each.

Raw SQL because the ORM builds a model per row and cannot say which rows an insert created.
PostgreSQL gets whole columns as arrays through `unnest`; SQLite, in-process, gets `IN` lists
and `executemany`. Every function takes a connection (the caller's transaction, where it
has one) and returns plain values, read from the driver's rows as they come (`execute_query`:
no dict is made of each). Table and column names come from this module, never from
a request.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from tortoise.backends.base.client import BaseDBAsyncClient

from crm.tokens import HONEYPOT_LINK
from tracking.models import IpMode

# SQLite allows 32,766 parameters a statement; the batches stay far below.
SQLITE_MAX_PARAMETERS = 30_000


class Recipient(NamedTuple):
    """What an event needs to know of the message it names."""

    message_id: int
    workspace_id: int
    campaign_id: int
    contact_id: int
    sent_at: datetime | None
    tracking: bool  # the campaign tracks opens and clicks
    ip_mode: IpMode  # the workspace's choice (the default without a settings row)


class HitRow(NamedTuple):
    """One row of `tracking_hits`: a hit classified by what its request showed."""

    workspace_id: int
    message_id: int
    kind: str
    link_index: int | None
    agent: str
    reason: str
    ip: str
    user_agent: str
    at: float  # seconds since the epoch: COPY writes a float at a third of a datetime's cost


class EventRow(NamedTuple):
    """One row of `tracking_events`, ready to insert (a tuple: thousands are made a second)."""

    workspace_id: int
    campaign_id: int
    message_id: int
    contact_id: int
    kind: str
    link_index: int | None
    agent: str
    human: bool
    reason: str
    ip: str
    user_agent: str
    at: datetime


_IP_MODES = {mode.value: mode for mode in IpMode}  # a dict lookup, not an enum call, per row


def is_postgres(conn: BaseDBAsyncClient) -> bool:
    return str(conn.capabilities.dialect) == "postgres"


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _datetime(value: Any) -> datetime | None:
    # SQLite hands back the text Tortoise wrote (str(datetime), with its offset).
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


async def recipients(conn: BaseDBAsyncClient, message_ids: Iterable[int]) -> dict[int, Recipient]:
    """The messages among `message_ids` whose contact may still be tracked (neither erased nor
    restricted), by id."""
    ids = sorted(set(message_ids))
    if not ids:
        return {}
    select = (
        "SELECT m.id, m.workspace_id, m.campaign_id, m.contact_id, m.sent_at, c.tracking, "
        "s.ip_mode FROM messages AS m JOIN campaigns AS c ON c.id = m.campaign_id "
        "JOIN contacts AS p ON p.id = m.contact_id "
        "LEFT JOIN tracking_settings AS s ON s.workspace_id = m.workspace_id "
        "WHERE p.erased_at IS NULL AND p.restricted_at IS NULL AND "
    )
    if is_postgres(conn):
        _, rows = await conn.execute_query(select + "m.id = ANY($1::bigint[])", [ids])
    else:
        _, rows = await conn.execute_query(select + f"m.id IN ({_marks(len(ids))})", ids)
    return {
        r["id"]: Recipient(
            message_id=r["id"],
            workspace_id=r["workspace_id"],
            campaign_id=r["campaign_id"],
            contact_id=r["contact_id"],
            sent_at=_datetime(r["sent_at"]),
            tracking=bool(r["tracking"]),
            ip_mode=_IP_MODES.get(r["ip_mode"], IpMode.TRUNCATED),
        )
        for r in rows
    }


async def link_urls(
    conn: BaseDBAsyncClient, wanted: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], tuple[int, int, str | None]]:
    """For each `(message id, link index)` whose message exists: its workspace, its campaign
    and the URL stored for that link of the campaign (None when the campaign has no such link)."""
    if not wanted:
        return {}
    columns = "SELECT m.id AS message_id, w.link, m.workspace_id, m.campaign_id, l.url"
    joins = (
        "JOIN messages AS m ON m.id = w.message_id LEFT JOIN campaign_links AS l "
        'ON l.campaign_id = m.campaign_id AND l."index" = w.link'
    )
    if is_postgres(conn):
        # $1 message ids, $2 link indexes, pairwise
        sql = f"{columns} FROM unnest($1::bigint[], $2::int[]) AS w(message_id, link) {joins}"
        params: list[Any] = [[m for m, _ in wanted], [i for _, i in wanted]]
    else:
        values = ", ".join(["(?, ?)"] * len(wanted))
        sql = f"WITH w(message_id, link) AS (VALUES {values}) {columns} FROM w {joins}"
        params = [v for pair in wanted for v in pair]
    _, rows = await conn.execute_query(sql, params)
    return {
        (r["message_id"], r["link"]): (r["workspace_id"], r["campaign_id"], r["url"]) for r in rows
    }


async def claim_firsts(
    conn: BaseDBAsyncClient, keys: Iterable[tuple[int, str]]
) -> set[tuple[int, str]]:
    """Record `(message id, what)` pairs not recorded before; returns those this call created.

    Concurrent writers may claim the same pair: the database lets exactly one create it.
    Sorted, so that two writers take the rows' locks in the same order.
    """
    wanted = sorted(set(keys))
    if not wanted:
        return set()
    if is_postgres(conn):
        # $1 message ids, $2 what, pairwise. In a WITH: Tortoise returns no rows of a
        # statement that starts with INSERT.
        sql = (
            "WITH created AS (INSERT INTO tracking_first_seen (message_id, what) "
            "SELECT * FROM unnest($1::bigint[], $2::text[]) "
            "ON CONFLICT (message_id, what) DO NOTHING RETURNING message_id, what) "
            "SELECT message_id, what FROM created"
        )
        _, rows = await conn.execute_query(sql, [[m for m, _ in wanted], [w for _, w in wanted]])
        return {(r["message_id"], r["what"]) for r in rows}
    created: set[tuple[int, str]] = set()
    step = SQLITE_MAX_PARAMETERS // 2
    for start in range(0, len(wanted), step):
        part = wanted[start : start + step]
        sql = (
            "INSERT INTO tracking_first_seen (message_id, what) VALUES "
            f"{', '.join(['(?, ?)'] * len(part))} "
            "ON CONFLICT (message_id, what) DO NOTHING RETURNING message_id, what"
        )
        _, rows = await conn.execute_query(sql, [v for pair in part for v in pair])
        created.update((r["message_id"], r["what"]) for r in rows)
    return created


async def add_counts(
    conn: BaseDBAsyncClient, table: str, unique: tuple[str, ...], rows: Sequence[dict[str, int]]
) -> None:
    """Add counters to rows of `table`, creating them at zero first.

    Each row names the same columns: the `unique` ones (with any others that identify it,
    first) and then the counters. Rows must be unique on `unique`; they are written in that
    order so that concurrent writers lock rows in the same order.
    """
    if not rows:
        return
    columns = list(rows[0])
    counters = [c for c in columns if c not in unique and c != "workspace_id"]
    ordered = sorted(rows, key=lambda row: tuple(row[c] for c in unique))
    target = ", ".join(columns)
    conflict = ", ".join(unique)
    sets = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in counters)
    if is_postgres(conn):
        arrays = ", ".join(f"${i}::bigint[]" for i in range(1, len(columns) + 1))
        # $1.. one column each, in `columns` order
        sql = (
            f"INSERT INTO {table} ({target}) SELECT * FROM unnest({arrays}) "
            f"ON CONFLICT ({conflict}) DO UPDATE SET {sets}"
        )
        await conn.execute_query(sql, [[row[c] for row in ordered] for c in columns])
        return
    await conn.execute_many(
        f"INSERT INTO {table} ({target}) VALUES ({_marks(len(columns))}) "
        f"ON CONFLICT ({conflict}) DO UPDATE SET {sets}",
        [[row[c] for c in columns] for row in ordered],
    )


async def insert_rows(
    conn: BaseDBAsyncClient, table: str, rows: Sequence[HitRow] | Sequence[EventRow]
) -> None:
    """Insert rows (all of one NamedTuple type, named like the table's columns) into `table`."""
    if not rows:
        return
    columns = type(rows[0])._fields
    if is_postgres(conn):
        # COPY: the driver encodes the rows in C, a third of what an insert of arrays costs
        async with conn.acquire_connection() as driver:
            await driver.copy_records_to_table(table, records=rows, columns=columns)
        return
    await conn.execute_many(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({_marks(len(columns))})",
        # SQLite keeps timestamps as the text Tortoise writes: str(datetime), with the offset.
        [[str(v) if isinstance(v, datetime) else v for v in row] for row in rows],
    )


async def last_staged(conn: BaseDBAsyncClient) -> int:
    """The id of the newest staged hit, 0 when none is staged."""
    _, rows = await conn.execute_query("SELECT COALESCE(MAX(id), 0) AS last FROM tracking_hits")
    return int(rows[0]["last"])


async def still_staged(conn: BaseDBAsyncClient, up_to: int) -> bool:
    """Whether a hit with an id up to `up_to` is still staged, once whoever holds one has
    finished with it: on PostgreSQL the lock is waited for (not skipped, as `take_hits` does),
    so a hit another worker is processing counts only if that worker rolls back. Outside a
    transaction, the lock is let go as the statement ends."""
    if is_postgres(conn):
        sql = "SELECT id FROM tracking_hits WHERE id <= $1 ORDER BY id LIMIT 1 FOR UPDATE"
    else:
        sql = "SELECT id FROM tracking_hits WHERE id <= ? LIMIT 1"
    _, rows = await conn.execute_query(sql, [up_to])
    return bool(rows)


async def honeypot_clicks(
    conn: BaseDBAsyncClient, messages: Iterable[Recipient], since: datetime
) -> list[tuple[int, str, datetime]]:
    """(message id, address, time) of the stored honeypot clicks on `messages` since `since`,
    found through their contacts' machine clicks (the engagement index: a look-up per contact,
    where the campaign's index would walk every click of a busy campaign)."""
    found = {m.message_id: m for m in messages}
    if not found:
        return []
    workspaces = sorted({m.workspace_id for m in found.values()})
    contacts = sorted({m.contact_id for m in found.values()})
    select = (
        "SELECT message_id, ip, at FROM tracking_events WHERE kind = 'click' AND NOT human "
        f"AND link_index = {HONEYPOT_LINK} AND "
    )
    if is_postgres(conn):
        sql = select + "workspace_id = ANY($1) AND contact_id = ANY($2) AND at >= $3"
        _, rows = await conn.execute_query(sql, [workspaces, contacts, since])
    else:
        sql = select + (
            f"workspace_id IN ({_marks(len(workspaces))}) "
            f"AND contact_id IN ({_marks(len(contacts))}) AND at >= ?"
        )
        _, rows = await conn.execute_query(sql, [*workspaces, *contacts, str(since)])
    return [
        (int(r["message_id"]), str(r["ip"]), _datetime(r["at"]) or since)
        for r in rows
        if r["message_id"] in found
    ]


async def take_hits(conn: BaseDBAsyncClient, limit: int) -> list[HitRow]:
    """Delete and return the `limit` oldest staged hits (in the caller's transaction: a
    rollback puts them back). Concurrent takers on PostgreSQL get disjoint batches."""
    returned = ", ".join(HitRow._fields)
    if is_postgres(conn):
        # $1 the limit. In a WITH: Tortoise returns no rows of a statement starting with DELETE.
        sql = (
            "WITH taken AS (DELETE FROM tracking_hits WHERE id IN (SELECT id FROM tracking_hits "
            f"ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) RETURNING id, {returned}) "
            f"SELECT {returned} FROM taken ORDER BY id"
        )
    else:
        sql = (
            "DELETE FROM tracking_hits WHERE id IN (SELECT id FROM tracking_hits ORDER BY id "
            f"LIMIT ?) RETURNING {returned}"
        )
    _, rows = await conn.execute_query(sql, [limit])
    return [HitRow(*tuple(row)) for row in rows]
