"""The statements an import batch runs, one per step whatever the batch size.

Raw SQL because the ORM's bulk paths return no ids (PostgreSQL) or build one CASE per column
(updates). PostgreSQL gets a whole batch as one parameter (a JSON array of rows, or arrays
through `unnest`), one round trip a step; SQLite, in-process, runs `executemany` or multi-row
VALUES. Every function takes the connection of the batch's transaction and returns plain
values.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from operator import attrgetter
from typing import Any, Protocol

from tortoise.backends.base.client import BaseDBAsyncClient

from crm.contacts.precedence import PROFILE_FIELDS

SQLITE_ROWS_PER_INSERT = 1000  # x 18 parameters stays under SQLite's 32,766 per statement
CONTACT_COLUMNS = ("id", "email", *PROFILE_FIELDS, "custom", "field_times", "merged_into_id")
_WRITTEN = (*PROFILE_FIELDS, "custom", "field_times")  # what an import may change
_profile = attrgetter(*PROFILE_FIELDS)


class ContactLike(Protocol):
    """What is written of a contact: the profile attributes, `custom` and `field_times`."""

    id: int | None
    email: str
    custom: dict[str, Any]
    field_times: dict[str, str]


def _postgres(conn: BaseDBAsyncClient) -> bool:
    return str(conn.capabilities.dialect) == "postgres"


# One encoder for every call: json.dumps with options builds a new one each time, which costs
# as much as encoding a small dict.
_json = json.JSONEncoder(separators=(",", ":")).encode


def _times_key(times: dict[str, str]) -> tuple[str, ...]:
    """A key equal for equal `field_times`: n names then n stamps, in order.

    Building one tuple costs a fraction of `tuple(times.items())`, which makes one per field.
    """
    return (*times, *times.values())


def _times_json(contacts: Sequence[ContactLike]) -> list[str]:
    """Each contact's `field_times` as JSON, each distinct one encoded once (SQLite rows)."""
    encoded: dict[tuple[str, ...], str] = {}
    texts = []
    for c in contacts:
        key = _times_key(c.field_times)
        text = encoded.get(key)
        if text is None:
            text = encoded[key] = _json(c.field_times)
        texts.append(text)
    return texts


def _at(conn: BaseDBAsyncClient, moment: datetime) -> Any:
    # SQLite keeps timestamps as the text Tortoise writes: str(datetime), with the offset.
    return moment if _postgres(conn) else str(moment)


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _contact(record: Any) -> dict[str, Any]:
    row = dict(record)
    row["custom"] = json.loads(row["custom"])
    row["field_times"] = json.loads(row["field_times"])
    return row


async def contacts_by_email(
    conn: BaseDBAsyncClient, workspace_id: int, emails: Sequence[str]
) -> list[dict[str, Any]]:
    """The contacts with these emails (merged ones too), locked for the batch on PostgreSQL."""
    if not emails:
        return []
    if _postgres(conn):
        # $1 workspace, $2 the emails. LATERAL makes it one unique-index probe per email: a
        # join left to the planner hashes the whole workspace whenever its statistics are
        # stale (a new workspace or a fresh table filling up), every batch. FOR UPDATE so a
        # concurrent upsert of these contacts waits for the batch.
        sql = (
            "SELECT c.* FROM unnest($2::text[]) AS wanted(email) CROSS JOIN LATERAL "
            f"(SELECT {', '.join(CONTACT_COLUMNS)} FROM contacts "
            "WHERE workspace_id = $1 AND email = wanted.email FOR UPDATE) AS c"
        )
        rows = await conn.execute_query_dict(sql, [workspace_id, list(emails)])
    else:
        sql = (
            f"SELECT {', '.join(CONTACT_COLUMNS)} FROM contacts WHERE workspace_id = ? "
            f"AND email IN ({_marks(len(emails))})"
        )
        rows = await conn.execute_query_dict(sql, [workspace_id, *emails])
    return [_contact(r) for r in rows]


async def contacts_by_id(conn: BaseDBAsyncClient, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The contacts with these ids, locked for the batch on PostgreSQL."""
    if not ids:
        return []
    columns = ", ".join(CONTACT_COLUMNS)
    if _postgres(conn):
        sql = f"SELECT {columns} FROM contacts WHERE id = ANY($1::bigint[]) FOR UPDATE"
        rows = await conn.execute_query_dict(sql, [list(ids)])
    else:
        sql = f"SELECT {columns} FROM contacts WHERE id IN ({_marks(len(ids))})"
        rows = await conn.execute_query_dict(sql, list(ids))
    return [_contact(r) for r in rows]


async def external_owners(
    conn: BaseDBAsyncClient, workspace_id: int, pairs: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """`{(provider, external id): contact id}` for the pairs already linked to a contact."""
    wanted = sorted(set(pairs))
    if not wanted:
        return {}
    if _postgres(conn):
        # $1 workspace, $2 providers, $3 external ids, pairwise; one probe per pair, as above
        sql = (
            "SELECT x.provider, x.external_id, x.contact_id "
            "FROM unnest($2::text[], $3::text[]) AS wanted(provider, external_id) "
            "CROSS JOIN LATERAL (SELECT provider, external_id, contact_id FROM external_ids "
            "WHERE workspace_id = $1 AND provider = wanted.provider "
            "AND external_id = wanted.external_id) AS x"
        )
        rows = await conn.execute_query_dict(
            sql, [workspace_id, [p for p, _ in wanted], [x for _, x in wanted]]
        )
    else:
        ids = sorted({x for _, x in wanted})
        sql = (
            "SELECT provider, external_id, contact_id FROM external_ids "
            f"WHERE workspace_id = ? AND external_id IN ({_marks(len(ids))})"
        )
        rows = await conn.execute_query_dict(sql, [workspace_id, *ids])
    found = {(r["provider"], r["external_id"]): r["contact_id"] for r in rows}
    return {pair: found[pair] for pair in wanted if pair in found}


def _batch(contacts: Sequence[ContactLike], key: str) -> list[str]:
    """The contacts as two JSON parameters: rows, and the distinct `field_times` they point at.

    A row is `[key, profile fields..., custom, field_times position]`. Rows of one import
    share a few `field_times` (the same fields observed at the same moment), so each is sent
    once; encoding a batch is then two C calls, where per-row JSON and asyncpg's per-element
    array checks cost more than the rest of a row's writing.
    """
    positions: dict[tuple[str, ...], int] = {}
    distinct: list[dict[str, str]] = []
    rows = []
    for c in contacts:
        at = positions.setdefault(_times_key(c.field_times), len(distinct))
        if at == len(distinct):
            distinct.append(c.field_times)
        rows.append([getattr(c, key), *_profile(c), c.custom, at])
    return [_json(rows), _json(distinct)]


def _batch_sql(stamps: int) -> list[str]:
    """SQL for what a `_batch` row `r` holds after its key; `$stamps` is the second parameter."""
    texts = [f"r->>{i}" for i in range(1, 1 + len(PROFILE_FIELDS))]
    after = 1 + len(PROFILE_FIELDS)
    return [*texts, f"r->{after}", f"(${stamps}::jsonb)->((r->>{after + 1})::int)"]


async def insert_contacts(
    conn: BaseDBAsyncClient, workspace_id: int, contacts: Sequence[ContactLike], now: datetime
) -> dict[str, int]:
    """Insert new contacts with `source = 'import'`; `{email: id}` of those inserted.

    An email taken meanwhile by another writer is skipped (ON CONFLICT DO NOTHING) and missing
    from the result, so the caller can treat it as an update.
    """
    if not contacts:
        return {}
    target = ", ".join(("email", *_WRITTEN))
    if _postgres(conn):
        # $1 workspace, $2 now, $3 and $4 the batch (see `_batch`, keyed by email)
        sql = (
            f"WITH inserted AS (INSERT INTO contacts (workspace_id, source, {target}, "
            "orders_count, total_spent, currency, created_at, updated_at) "
            f"SELECT $1, 'import', r->>0, {', '.join(_batch_sql(4))}, 0, 0, '', $2, $2 "
            "FROM jsonb_array_elements($3::jsonb) AS batch(r) "
            "ON CONFLICT (workspace_id, email) DO NOTHING RETURNING id, email) "
            "SELECT id, email FROM inserted"
        )
        _, found = await conn.execute_query(sql, [workspace_id, now, *_batch(contacts, "email")])
        return {r["email"]: r["id"] for r in found}
    stamp = _at(conn, now)
    values = [
        [workspace_id, c.email, *_profile(c), _json(c.custom), times, stamp, stamp]
        for c, times in zip(contacts, _times_json(contacts), strict=True)
    ]
    row_marks = f"(?, 'import', {_marks(len(_WRITTEN) + 1)}, 0, '0', '', ?, ?)"
    inserted: dict[str, int] = {}
    for start in range(0, len(values), SQLITE_ROWS_PER_INSERT):
        part = values[start : start + SQLITE_ROWS_PER_INSERT]
        sql = (
            f"INSERT INTO contacts (workspace_id, source, {target}, orders_count, total_spent, "
            f"currency, created_at, updated_at) VALUES {', '.join([row_marks] * len(part))} "
            "ON CONFLICT (workspace_id, email) DO NOTHING RETURNING id, email"
        )
        _, found = await conn.execute_query(sql, [v for row in part for v in row])
        inserted.update((r["email"], r["id"]) for r in found)
    return inserted


async def update_contacts(
    conn: BaseDBAsyncClient, contacts: Sequence[ContactLike], now: datetime
) -> None:
    """Write the profile fields, `custom` and `field_times` of existing contacts."""
    if not contacts:
        return
    if _postgres(conn):
        sets = ", ".join(f"{n} = {v}" for n, v in zip(_WRITTEN, _batch_sql(3), strict=True))
        # $1 now, $2 and $3 the batch (see `_batch`, keyed by contact id)
        sql = (
            f"UPDATE contacts AS c SET {sets}, updated_at = $1 "
            "FROM jsonb_array_elements($2::jsonb) AS batch(r) WHERE c.id = (r->>0)::bigint"
        )
        await conn.execute_query(sql, [now, *_batch(contacts, "id")])
        return
    sets = ", ".join(f"{n} = ?" for n in _WRITTEN)
    stamp = _at(conn, now)
    await conn.execute_many(
        f"UPDATE contacts SET {sets}, updated_at = ? WHERE id = ?",
        [
            [*_profile(c), _json(c.custom), times, stamp, c.id]
            for c, times in zip(contacts, _times_json(contacts), strict=True)
        ],
    )


async def link_tags(conn: BaseDBAsyncClient, links: Iterable[tuple[int, int]]) -> None:
    """Give contacts tags, `(contact id, tag id)`; existing links are left alone."""
    pairs = list(links)
    if not pairs:
        return
    if _postgres(conn):
        # $1 contact ids, $2 tag ids, pairwise
        sql = (
            "INSERT INTO contact_tags (contact_id, tag_id) "
            "SELECT * FROM unnest($1::bigint[], $2::int[]) ON CONFLICT DO NOTHING"
        )
        await conn.execute_query(sql, [[c for c, _ in pairs], [t for _, t in pairs]])
        return
    await conn.execute_many(
        "INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [list(pair) for pair in pairs],
    )


async def link_external_ids(
    conn: BaseDBAsyncClient,
    workspace_id: int,
    links: Iterable[tuple[int, str, str]],
    now: datetime,
) -> None:
    """Record `(contact id, provider, external id)`; a pair already linked is left alone."""
    triples = list(links)
    if not triples:
        return
    if _postgres(conn):
        # $1 workspace, $2 now, $3 contact ids, $4 providers, $5 external ids, row by row
        sql = (
            "INSERT INTO external_ids "
            "(workspace_id, contact_id, provider, external_id, created_at) "
            "SELECT $1, u.c, u.p, u.x, $2 FROM unnest($3::bigint[], $4::text[], $5::text[]) "
            "AS u(c, p, x) ON CONFLICT DO NOTHING"
        )
        await conn.execute_query(
            sql, [workspace_id, now, *(list(column) for column in zip(*triples, strict=True))]
        )
        return
    stamp = _at(conn, now)
    await conn.execute_many(
        "INSERT INTO external_ids (workspace_id, contact_id, provider, external_id, created_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [[workspace_id, *triple, stamp] for triple in triples],
    )
