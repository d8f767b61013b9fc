"""Data subject rights over the API: requests with deadlines, exports, restriction."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.responses import JSONResponse, Response

from crm.api.routing import Call
from crm.api.v1 import api
from crm.contacts import service
from crm.contacts.schemas import ContactPatch
from crm.errors import Invalid, NotFound
from crm.models import PrivacyRequest, Role
from crm.models.privacy import Jurisdiction, RequestStatus, RequestType
from crm.privacy import export, requests


class RequestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: RequestType
    jurisdiction: Jurisdiction = Jurisdiction.GDPR
    contact_id: int | None = None
    email: str | None = Field(None, description="instead of contact_id")
    received_at: datetime | None = Field(None, description="when the person asked; now if omitted")
    changes: ContactPatch | None = Field(None, description="for rectification")
    notes: str = Field("", max_length=2000)

    @model_validator(mode="after")
    def _one_subject(self) -> RequestIn:
        if (self.contact_id is None) == (self.email is None):
            raise ValueError("give exactly one of contact_id and email")
        if self.type == RequestType.RECTIFICATION and not self.changes:
            raise ValueError("a rectification needs `changes`")
        return self


class RequestOut(BaseModel):
    id: int
    contact_id: int | None
    type: RequestType
    jurisdiction: Jurisdiction
    status: RequestStatus
    received_at: datetime
    due_at: datetime
    completed_at: datetime | None
    overdue: bool
    result: dict[str, Any]


class RequestDone(RequestOut):
    export: dict[str, Any] | None = Field(None, description="for access and portability")


class RequestList(BaseModel):
    items: list[RequestOut]


class RequestQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: RequestStatus | None = None
    overdue: bool = False


class ExportQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["json", "csv"] = "json"


def _out(request: PrivacyRequest) -> RequestOut:
    return RequestOut(
        **{k: getattr(request, k) for k in RequestOut.model_fields if k != "overdue"},
        overdue=requests.overdue(request),
    )


@api.operation(
    "POST",
    "/privacy/requests",
    summary="File and carry out a data subject request",
    tag="privacy",
    role=Role.ADMIN,
    body=RequestIn,
    response=RequestDone,
    status=201,
)
async def file_request(call: Call) -> RequestDone:
    data: RequestIn = call.body
    workspace_id = call.principal.workspace_id
    if data.contact_id is not None:
        contact = await service.get(workspace_id, data.contact_id)
    else:
        found = await service.find_by_email(workspace_id, data.email or "")
        if found is None or found.erased_at is not None:
            raise NotFound("no contact with this email", field="email")
        contact = found
    if data.received_at is not None and data.received_at.tzinfo is None:
        raise Invalid("give received_at with a time zone", field="received_at")
    request, document = await requests.file(
        call.principal,
        contact,
        data.type,
        data.jurisdiction,
        received_at=data.received_at,
        changes=data.changes,
        notes=data.notes,
    )
    return RequestDone(**_out(request).model_dump(), export=document)


@api.operation(
    "GET",
    "/privacy/requests",
    summary="List data subject requests with their deadlines",
    tag="privacy",
    role=Role.ADMIN,
    query=RequestQuery,
    response=RequestList,
)
async def list_requests(call: Call) -> RequestList:
    q: RequestQuery = call.query
    query = PrivacyRequest.filter(workspace_id=call.principal.workspace_id)
    if q.status:
        query = query.filter(status=q.status)
    rows = [_out(r) for r in await query.order_by("due_at")]
    return RequestList(items=[r for r in rows if r.overdue] if q.overdue else rows)


@api.operation(
    "GET",
    "/privacy/requests/{request_id:int}",
    summary="Read a data subject request",
    tag="privacy",
    role=Role.ADMIN,
    response=RequestOut,
)
async def get_request(call: Call) -> RequestOut:
    request = await PrivacyRequest.get_or_none(
        id=call.path["request_id"], workspace_id=call.principal.workspace_id
    )
    if request is None:
        raise NotFound("no such request")
    return _out(request)


@api.operation(
    "GET",
    "/contacts/{contact_id:int}/export",
    summary="Everything held about a contact, as JSON or CSV",
    tag="privacy",
    role=Role.ADMIN,
    query=ExportQuery,
)
async def export_contact(call: Call) -> Response:
    contact = await service.get(call.principal.workspace_id, call.path["contact_id"])
    document = await export.document(contact)
    from crm import audit

    await audit.record(call.principal, "contact.export", "contact", contact.id)
    filename = f"contact-{contact.id}"
    if call.query.format == "csv":
        return Response(
            export.as_csv(document),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'},
        )
    return JSONResponse(
        json.loads(json.dumps(document)),
        headers={"Content-Disposition": f'attachment; filename="{filename}.json"'},
    )


@api.operation(
    "DELETE",
    "/contacts/{contact_id:int}/restriction",
    summary="Lift a restriction of processing",
    tag="privacy",
    role=Role.ADMIN,
    status=204,
)
async def lift_restriction(call: Call) -> None:
    contact = await service.get(call.principal.workspace_id, call.path["contact_id"])
    await requests.lift_restriction(call.principal, contact)
