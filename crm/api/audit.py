"""Reading the audit log (admins only: it says who looked at whom)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from crm.api.routing import Call
from crm.api.v1 import api
from crm.contacts.queries import decode_cursor, encode_cursor
from crm.models import AuditEntry, Role


class AuditQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_type: str = ""
    subject_id: str = ""
    action: str = ""
    actor_type: str = ""
    cursor: str | None = None
    limit: int = Field(100, ge=1, le=500)


class AuditOut(BaseModel):
    id: int
    at: datetime
    actor_type: str
    actor_id: str
    actor_label: str
    action: str
    subject_type: str
    subject_id: str
    ip: str
    details: dict[str, Any]


class AuditPage(BaseModel):
    items: list[AuditOut]
    next_cursor: str | None


@api.operation(
    "GET",
    "/audit",
    summary="Read the audit log, newest first",
    tag="audit",
    role=Role.ADMIN,
    query=AuditQuery,
    response=AuditPage,
)
async def read_audit(call: Call) -> AuditPage:
    q: AuditQuery = call.query
    query = AuditEntry.filter(workspace_id=call.principal.workspace_id)
    for name in ("subject_type", "subject_id", "action", "actor_type"):
        if value := getattr(q, name):
            query = query.filter(**{name: value})
    if q.cursor:
        query = query.filter(id__lt=decode_cursor(q.cursor))
    rows = await query.order_by("-id").limit(q.limit + 1)
    more = len(rows) > q.limit
    rows = rows[: q.limit]
    items = [AuditOut.model_validate(row, from_attributes=True) for row in rows]
    return AuditPage(items=items, next_cursor=encode_cursor(rows[-1].id) if more else None)
