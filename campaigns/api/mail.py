"""Captured mail (the embedded default keeps outgoing mail instead of sending it): what
would have gone out, as the recipient would have received it."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from crm import audit
from crm.api.routing import Call
from crm.api.v1 import api
from crm.contacts.queries import MAX_PAGE, decode_cursor, encode_cursor
from crm.errors import NotFound
from crm.models import CapturedMail


class MailQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cursor: str | None = None
    limit: int = Field(50, ge=1, le=MAX_PAGE)


class MailOut(BaseModel):
    id: int
    contact_id: int | None
    mail_from: str
    rcpt_to: str
    subject: str
    created_at: datetime


class MailDetail(MailOut):
    mime: str = Field(description="the whole message, headers included")


class MailPage(BaseModel):
    items: list[MailOut]
    next_cursor: str | None


async def _read(call: Call, rows: list[CapturedMail]) -> None:
    """Captured mail holds addresses: reading it is a read of its contacts."""
    contacts = sorted({m.contact_id for m in rows if m.contact_id is not None})
    await audit.record_reads(call.principal, "contact", contacts)


@api.operation(
    "GET",
    "/captured-mail",
    summary="Mail the embedded default kept instead of sending, newest first",
    tag="campaigns",
    query=MailQuery,
    response=MailPage,
)
async def list_captured_mail(call: Call) -> MailPage:
    q: MailQuery = call.query
    query = CapturedMail.filter(workspace_id=call.principal.workspace_id)
    if q.cursor:
        query = query.filter(id__lt=decode_cursor(q.cursor))
    rows = await query.order_by("-id").limit(q.limit + 1)
    more, rows = len(rows) > q.limit, rows[: q.limit]
    await _read(call, rows)
    return MailPage(
        items=[MailOut.model_validate(m, from_attributes=True) for m in rows],
        next_cursor=encode_cursor(rows[-1].id) if more else None,
    )


@api.operation(
    "GET",
    "/captured-mail/{mail_id:int}",
    summary="One captured message, whole",
    tag="campaigns",
    response=MailDetail,
)
async def get_captured_mail(call: Call) -> MailDetail:
    mail = await CapturedMail.get_or_none(
        id=call.path["mail_id"], workspace_id=call.principal.workspace_id
    )
    if mail is None:
        raise NotFound("no such captured mail")
    await _read(call, [mail])
    return MailDetail.model_validate(mail, from_attributes=True)
