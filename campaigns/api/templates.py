"""Templates and layouts: saved with validation, previewed for a chosen contact."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from starlette.responses import JSONResponse

from campaigns import previews
from campaigns import templates as checks
from campaigns.api.common import owned
from campaigns.errors import TemplateInvalid
from campaigns.models import Campaign, Template
from crm import audit
from crm.api.errors import error_response
from crm.api.routing import Call
from crm.api.v1 import api
from crm.contacts import service
from crm.errors import Conflict
from crm.models import Contact, Role

SOURCE = checks.MAX_SOURCE


class TemplateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    subject: str = Field("", max_length=998, description="Jinja2; empty only for a layout")
    html: str = Field(max_length=SOURCE, description="Jinja2; a layout holds {{ content }} once")
    text: str = Field("", max_length=SOURCE, description="Jinja2; written from the HTML when empty")
    is_layout: bool = False
    layout_id: int | None = Field(None, description="a layout of this workspace")


class TemplatePatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(None, min_length=1, max_length=200)
    subject: str | None = Field(None, max_length=998)
    html: str | None = Field(None, max_length=SOURCE)
    text: str | None = Field(None, max_length=SOURCE)
    layout_id: int | None = None


class TemplateOut(BaseModel):
    id: int
    name: str
    subject: str
    html: str
    text: str
    is_layout: bool
    layout_id: int | None
    created_at: datetime
    updated_at: datetime


class TemplateList(BaseModel):
    items: list[TemplateOut]


class ProblemOut(BaseModel):
    part: str = Field(description="subject, html, text or layout")
    line: int
    message: str


class Validation(BaseModel):
    valid: bool
    problems: list[ProblemOut]


class PreviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    contact_id: int | None = Field(
        None, description="whom to render for; a sample contact when absent"
    )


class PreviewOut(BaseModel):
    subject: str
    html: str
    text: str


def _invalid(exc: TemplateInvalid) -> JSONResponse:
    """422 with every problem, each with its part and line."""
    problems = [ProblemOut(**p.__dict__).model_dump() for p in exc.problems]
    return error_response(422, exc.code, exc.message, exc.field, errors=problems)


async def _validate(workspace_id: int, template: TemplateIn | Template) -> None:
    if template.layout_id is not None:
        await checks.layout_of(workspace_id, template.layout_id)
    await checks.validate(
        workspace_id,
        subject=template.subject,
        html=template.html,
        text=template.text,
        is_layout=template.is_layout,
    )


@api.operation(
    "GET",
    "/templates",
    summary="List templates and layouts",
    tag="templates",
    response=TemplateList,
)
async def list_templates(call: Call) -> TemplateList:
    rows = await Template.filter(workspace_id=call.principal.workspace_id).order_by("name", "id")
    return TemplateList(items=[TemplateOut.model_validate(t, from_attributes=True) for t in rows])


@api.operation(
    "POST",
    "/templates",
    summary="Create a template or a layout (refused with every problem, by line, when invalid)",
    tag="templates",
    role=Role.MARKETER,
    body=TemplateIn,
    response=TemplateOut,
    status=201,
)
async def create_template(call: Call) -> TemplateOut | JSONResponse:
    data: TemplateIn = call.body
    try:
        await _validate(call.principal.workspace_id, data)
    except TemplateInvalid as exc:
        return _invalid(exc)
    if data.is_layout and data.layout_id is not None:
        raise Conflict("a layout cannot sit in another layout", field="layout_id")
    template = await Template.create(workspace_id=call.principal.workspace_id, **data.model_dump())
    await audit.record(call.principal, "template.create", "template", template.id)
    return TemplateOut.model_validate(template, from_attributes=True)


@api.operation(
    "POST",
    "/templates/validate",
    summary="Check a template without saving it: syntax errors and unknown variables by line",
    tag="templates",
    body=TemplateIn,
    response=Validation,
)
async def validate_template(call: Call) -> Validation:
    try:
        await _validate(call.principal.workspace_id, call.body)
    except TemplateInvalid as exc:
        problems = [ProblemOut(**p.__dict__) for p in exc.problems]
        return Validation(valid=False, problems=problems)
    return Validation(valid=True, problems=[])


@api.operation(
    "GET",
    "/templates/{template_id:int}",
    summary="Read a template",
    tag="templates",
    response=TemplateOut,
)
async def get_template(call: Call) -> TemplateOut:
    template = await owned(Template, call, "template_id", "template")
    return TemplateOut.model_validate(template, from_attributes=True)


@api.operation(
    "PATCH",
    "/templates/{template_id:int}",
    summary="Change a template (campaigns already sending keep the content they started with)",
    tag="templates",
    role=Role.MARKETER,
    body=TemplatePatch,
    response=TemplateOut,
)
async def patch_template(call: Call) -> TemplateOut | JSONResponse:
    template = await owned(Template, call, "template_id", "template")
    changes = call.body.model_dump(exclude_unset=True)
    for name, value in changes.items():
        if value is not None or name == "layout_id":
            setattr(template, name, value)
    if template.is_layout and template.layout_id is not None:
        raise Conflict("a layout cannot sit in another layout", field="layout_id")
    try:
        await _validate(call.principal.workspace_id, template)
    except TemplateInvalid as exc:
        return _invalid(exc)
    await template.save()
    await audit.record(
        call.principal, "template.update", "template", template.id, fields=sorted(changes)
    )
    return TemplateOut.model_validate(template, from_attributes=True)


@api.operation(
    "DELETE",
    "/templates/{template_id:int}",
    summary="Delete a template no campaign and no template uses",
    tag="templates",
    role=Role.MARKETER,
    status=204,
)
async def delete_template(call: Call) -> None:
    template = await owned(Template, call, "template_id", "template")
    if await Campaign.exists(template_id=template.id):
        raise Conflict("campaigns use this template")
    if await Template.exists(layout_id=template.id):
        raise Conflict("templates sit in this layout")
    await template.delete()
    await audit.record(call.principal, "template.delete", "template", template.id)


@api.operation(
    "POST",
    "/templates/{template_id:int}/preview",
    summary="Render a template for a contact (or a sample one), footer included",
    tag="templates",
    body=PreviewIn,
    response=PreviewOut,
)
async def preview_template(call: Call) -> PreviewOut:
    template = await owned(Template, call, "template_id", "template")
    contact = await preview_contact(call, call.body)
    draft = Campaign(
        workspace_id=template.workspace_id,
        name=template.name,
        from_email="preview@example.com",
        tracking=False,
    )
    composed = await previews.render(draft, template, contact)
    return PreviewOut(subject=composed.subject, html=composed.html, text=composed.text)


async def preview_contact(call: Call, body: PreviewIn) -> Contact | None:
    """The contact a preview is for (its read audited), or None for the sample contact."""
    if body.contact_id is None:
        return None
    contact = await service.get(call.principal.workspace_id, body.contact_id)
    await audit.record_reads(call.principal, "contact", [contact.id])
    return contact
