"""Many rows of one model in one statement, on SQLite and PostgreSQL alike.

The ORM writes a row per statement (`bulk_create` sends one statement but learns no ids, and
wants a model instance per row, whose making costs more than its share of the statement);
processing webhooks in batches inserts plain values, needs the ids of new contacts and
consent events, and updates a column set that differs per row. Values go through each
field's own conversion, so what is stored is what the ORM would store. PostgreSQL gets one
array per column (`unnest`), whatever the number of rows; SQLite a VALUES list.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from tortoise import connections, timezone
from tortoise.fields import Field
from tortoise.models import Model

from crm import db

# SQLite takes at most 32,766 parameters per statement.
MAX_PARAMETERS = 30_000

_MISSING = object()


@functools.cache
def _columns(model: type[Model]) -> list[tuple[str, str, Field[Any], str]]:
    """(field, column, field object, how a new row gets it when not given) of each column
    an insert writes: "now" (auto_now), "now if empty" (auto_now_add), or "default"."""
    meta = model._meta
    found = []
    for name, column in meta.fields_db_projection.items():
        field = meta.fields_map[name]
        if field.generated:
            continue
        if getattr(field, "auto_now", False):
            how = "now"
        elif getattr(field, "auto_now_add", False):
            how = "now if empty"
        else:
            how = "default"
        found.append((name, column, field, how))
    return found


def _sql_type(field: Field[Any]) -> str:
    return str(field.get_for_dialect("postgres", "SQL_TYPE"))


@functools.cache
def _values_list(width: int, rows: int) -> str:
    row = "(" + ", ".join("?" * width) + ")"
    return ", ".join([row] * rows)


def _chunks(items: Sequence[Any], width: int) -> Iterable[Sequence[Any]]:
    size = max(1, MAX_PARAMETERS // max(width, 1))
    for start in range(0, len(items), size):
        yield items[start : start + size]


async def insert(
    model: type[Model],
    values: Sequence[dict[str, Any]],
    *,
    key: Sequence[str] = (),
    ignore_conflicts: bool = False,
) -> dict[tuple[Any, ...], int]:
    """Insert rows of `model` given as {field: value} (fields left out take their defaults,
    as the ORM would give them); the new ids by the values of the `key` fields, which tell
    the rows apart (the order RETURNING answers in is not guaranteed)."""
    if not values:
        return {}
    meta = model._meta
    plan = _columns(model)
    now = timezone.now()
    converted = [
        [_db(model, row, name, field, how, now) for name, _, field, how in plan] for row in values
    ]
    columns = ", ".join(column for _, column, _, _ in plan)
    tail = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
    if key:
        keys = ", ".join(meta.fields_db_projection[k] for k in key)
        tail += f" RETURNING {meta.db_pk_column}, {keys}"
    connection = connections.get("default")
    answers: list[dict[str, Any]] = []
    if db.dialect() == "postgres":
        arrays = ", ".join(f"${i}::{_sql_type(f)}[]" for i, (_, _, f, _) in enumerate(plan, 1))
        sql = f"INSERT INTO {meta.db_table} ({columns}) SELECT * FROM unnest({arrays}){tail}"
        params = [list(column) for column in zip(*converted, strict=True)]
        answers = await connection.execute_query_dict(sql, params)
    else:
        for chunk in _chunks(converted, len(plan)):
            listed = _values_list(len(plan), len(chunk))
            sql = f"INSERT INTO {meta.db_table} ({columns}) VALUES {listed}{tail}"
            answers += await connection.execute_query_dict(sql, [v for row in chunk for v in row])
    if not key:
        return {}
    fields = [(meta.fields_map[k], meta.fields_db_projection[k]) for k in key]
    return {
        tuple(f.to_python_value(found[column]) for f, column in fields): found[meta.db_pk_column]
        for found in answers
    }


def _db(
    model: type[Model], row: dict[str, Any], name: str, field: Field[Any], how: str, now: datetime
) -> Any:
    """The database value of a field of a new row."""
    value = row.get(name, _MISSING)
    if how == "now" or (how == "now if empty" and value in (None, _MISSING)):
        value = now
    elif value is _MISSING:
        value = field.default() if callable(field.default) else field.default
    return field.to_db_value(value, model)


def values_of(instance: Model) -> dict[str, Any]:
    """An unsaved instance's fields, for `insert`."""
    return {name: getattr(instance, name) for name, _, _, _ in _columns(type(instance))}


async def update(
    model: type[Model], values: Sequence[dict[str, Any]], names: Sequence[str]
) -> None:
    """Set the fields `names` of many rows, each to its own values: `values` are dicts of
    the id (`"id"`) and those fields."""
    if not values:
        return
    meta = model._meta
    fields = [meta.fields_map[name] for name in ["id", *names]]
    columns = ", ".join(meta.fields_db_projection[name] for name in ["id", *names])
    assignments = ", ".join(f"{c} = v.{c}" for c in (meta.fields_db_projection[n] for n in names))
    where = f"FROM v WHERE {meta.db_table}.id = v.id"
    converted = [
        [f.to_db_value(row[name], model) for f, name in zip(fields, ["id", *names], strict=True)]
        for row in values
    ]
    connection = connections.get("default")
    if db.dialect() == "postgres":
        arrays = ", ".join(f"${i}::{_sql_type(f)}[]" for i, f in enumerate(fields, 1))
        sql = (
            f"WITH v ({columns}) AS (SELECT * FROM unnest({arrays})) "
            f"UPDATE {meta.db_table} SET {assignments} {where}"
        )
        await connection.execute_query(sql, [list(c) for c in zip(*converted, strict=True)])
        return
    for chunk in _chunks(converted, len(fields)):
        listed = _values_list(len(fields), len(chunk))
        sql = (
            f"WITH v ({columns}) AS (VALUES {listed}) "
            f"UPDATE {meta.db_table} SET {assignments} {where}"
        )
        await connection.execute_query(sql, [v for row in chunk for v in row])
