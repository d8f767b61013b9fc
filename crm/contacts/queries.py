"""Named queries over contacts. Every one is scoped to a workspace."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q, RawSQL
from tortoise.queryset import QuerySet

from crm import db
from crm.contacts.fields import KEY_PATTERN
from crm.errors import Invalid
from crm.models import Contact

MAX_PAGE = 200


@dataclass(frozen=True)
class Search:
    """What to look for; every part is optional and they all must match."""

    q: str = ""  # a substring of email, first or last name
    email: str = ""  # an exact (normalized) address
    tag: str = ""
    field: str = ""  # a custom field key, with `value`
    value: str | None = None


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": last_id}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        after = json.loads(base64.urlsafe_b64decode(padded))["after"]
    except (ValueError, KeyError, TypeError) as exc:
        raise Invalid("not a cursor from this API", field="cursor") from exc
    if not isinstance(after, int) or isinstance(after, bool) or not 0 <= after < 2**63:
        raise Invalid("not a cursor from this API", field="cursor")
    return after


def custom_field_sql(key: str) -> str:
    """SQL for a custom field's value as text; `key` must be a validated field key."""
    if not KEY_PATTERN.match(key):
        raise Invalid(f"not a custom field key: {key!r}", field="field")
    if db.dialect() == "postgres":
        return f"\"custom\"->>'{key}'"
    # json_extract gives 1/0 for booleans; render them as PostgreSQL does, true/false
    return (
        f"CASE json_type(\"custom\", '$.{key}') WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' "
        f"ELSE CAST(json_extract(\"custom\", '$.{key}') AS TEXT) END"
    )


def custom_field_text(value: Any) -> str:
    """A typed custom value as `custom_field_sql` renders it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def live(workspace_id: int) -> QuerySet[Contact]:
    """Contacts of the workspace that are neither merged into another nor erased."""
    return Contact.filter(
        workspace_id=workspace_id, merged_into_id__isnull=True, erased_at__isnull=True
    )


def search(workspace_id: int, criteria: Search, typed_value: Any = None) -> QuerySet[Contact]:
    """Contacts matching every given part of `criteria`, oldest first."""
    query = live(workspace_id)
    if criteria.q:
        text = criteria.q.strip()
        query = query.filter(
            Q(email__icontains=text) | Q(first_name__icontains=text) | Q(last_name__icontains=text)
        )
    if criteria.email:
        query = query.filter(email=criteria.email)
    if criteria.tag:
        query = query.filter(tag_links__tag__name=criteria.tag)
    if criteria.field:
        query = query.annotate(_custom=RawSQL(custom_field_sql(criteria.field))).filter(
            _custom=custom_field_text(typed_value)
        )
    return query.order_by("id")


async def page(
    query: QuerySet[Contact], cursor: str | None, limit: int
) -> tuple[list[Contact], str | None]:
    """One keyset page of `query` (ordered by id) and the cursor of the next, if any."""
    limit = max(1, min(limit, MAX_PAGE))
    if cursor:
        query = query.filter(id__gt=decode_cursor(cursor))
    rows = await query.limit(limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (encode_cursor(rows[-1].id) if more and rows else None)
