"""Custom field definitions of the workspace."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from crm import audit
from crm.api.routing import Call
from crm.api.v1 import api
from crm.contacts import fields
from crm.models import FieldDefinition, Role
from crm.models.contact import FieldType


class FieldIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    key: str = Field(description="lower-case letters, digits and _, starting with a letter")
    label: str = Field("", max_length=200)
    type: FieldType
    choices: list[str] = Field(default_factory=list, max_length=200)


class FieldOut(BaseModel):
    key: str
    label: str
    type: FieldType
    choices: list[str]
    created_at: datetime


class FieldList(BaseModel):
    items: list[FieldOut]


def _out(definition: FieldDefinition) -> FieldOut:
    return FieldOut(
        key=definition.key,
        label=definition.label,
        type=definition.type,
        choices=definition.choices,
        created_at=definition.created_at,
    )


@api.operation("GET", "/fields", summary="List custom fields", tag="fields", response=FieldList)
async def list_fields(call: Call) -> FieldList:
    rows = await FieldDefinition.filter(workspace_id=call.principal.workspace_id).order_by("key")
    return FieldList(items=[_out(d) for d in rows])


@api.operation(
    "POST",
    "/fields",
    summary="Define a custom field",
    tag="fields",
    role=Role.ADMIN,
    body=FieldIn,
    response=FieldOut,
    status=201,
)
async def create_field(call: Call) -> FieldOut:
    data: FieldIn = call.body
    definition = await fields.define(
        call.principal.workspace_id, data.key, data.label, data.type, data.choices
    )
    await audit.record(call.principal, "field.create", "field", definition.key)
    return _out(definition)


@api.operation(
    "GET", "/fields/{key}", summary="Read a custom field", tag="fields", response=FieldOut
)
async def get_field(call: Call) -> FieldOut:
    return _out(await fields.get(call.principal.workspace_id, call.path["key"]))


@api.operation(
    "DELETE",
    "/fields/{key}",
    summary="Delete a custom field definition",
    tag="fields",
    role=Role.ADMIN,
    status=204,
)
async def delete_field(call: Call) -> None:
    definition = await fields.get(call.principal.workspace_id, call.path["key"])
    await definition.delete()
    await audit.record(call.principal, "field.delete", "field", definition.key)
