"""Captured mail (the embedded default keeps outgoing mail instead of sending it): what
would have gone out, as the recipient would have received it."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from campaigns import captured
from crm.api.routing import Call
from crm.api.v1 import api
from crm.contacts.queries import MAX_PAGE, decode_cursor, encode_cursor


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
    before = decode_cursor(q.cursor) if q.cursor else None
    rows, last = await captured.newest(call.principal, before=before, limit=q.limit)
    return MailPage(
        items=[MailOut.model_validate(m, from_attributes=True) for m in rows],
        next_cursor=encode_cursor(last) if last else None,
    )


@api.operation(
    "GET",
    "/captured-mail/{mail_id:int}",
    summary="One captured message, whole",
    tag="campaigns",
    response=MailDetail,
)
async def get_captured_mail(call: Call) -> MailDetail:
    mail = await captured.one(call.principal, call.path["mail_id"])
    return MailDetail.model_validate(mail, from_attributes=True)
