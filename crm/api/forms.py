"""Signup forms: create one, list them; the public endpoint is POST /f/{key}."""

from __future__ import annotations

import secrets
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from crm import audit
from crm.api.routing import Call
from crm.api.v1 import api
from crm.errors import Invalid
from crm.models import Role, SignupForm, Topic


class FormIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    wording: str = Field(min_length=1, max_length=5000, description="the consent text shown")
    topics: list[str] = Field(default_factory=list, max_length=50)


class FormOut(BaseModel):
    key: str
    name: str
    wording: str
    topics: list[str]
    enabled: bool
    created_at: datetime
    action: str = Field(description="the URL the form posts to (relative)")


class FormList(BaseModel):
    items: list[FormOut]


def _out(form: SignupForm) -> FormOut:
    return FormOut(
        key=form.key,
        name=form.name,
        wording=form.wording,
        topics=form.topics,
        enabled=form.enabled,
        created_at=form.created_at,
        action=f"/f/{form.key}",
    )


@api.operation("GET", "/forms", summary="List signup forms", tag="consent", response=FormList)
async def list_forms(call: Call) -> FormList:
    rows = await SignupForm.filter(workspace_id=call.principal.workspace_id).order_by("id")
    return FormList(items=[_out(f) for f in rows])


@api.operation(
    "POST",
    "/forms",
    summary="Create a signup form",
    tag="consent",
    role=Role.ADMIN,
    body=FormIn,
    response=FormOut,
    status=201,
)
async def create_form(call: Call) -> FormOut:
    data: FormIn = call.body
    known = set(
        await Topic.filter(workspace_id=call.principal.workspace_id).values_list("key", flat=True)
    )
    unknown = [t for t in data.topics if t not in known]
    if unknown:
        raise Invalid(f"unknown topics: {unknown}", field="topics")
    form = await SignupForm.create(
        workspace_id=call.principal.workspace_id, key=secrets.token_urlsafe(12), **data.model_dump()
    )
    await audit.record(call.principal, "form.create", "form", form.key)
    return _out(form)
