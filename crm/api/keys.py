"""API keys over the API: list, create (the secret is in this one response only), revoke."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from crm import audit
from crm.api.routing import Call
from crm.api.v1 import api
from crm.errors import Forbidden, NotFound
from crm.models import ApiKey, Role
from crm.models.workspace import Workspace
from crm.security import apikeys


class KeyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    role: Role = Role.MARKETER


class KeyOut(BaseModel):
    id: int
    name: str
    prefix: str
    role: Role
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class NewKeyOut(KeyOut):
    token: str = Field(description="the key itself; shown this once and never again")


class KeyList(BaseModel):
    items: list[KeyOut]


@api.operation(
    "GET", "/keys", summary="List API keys", tag="keys", role=Role.ADMIN, response=KeyList
)
async def list_keys(call: Call) -> KeyList:
    rows = await ApiKey.filter(workspace_id=call.principal.workspace_id).order_by("id")
    return KeyList(items=[KeyOut.model_validate(k, from_attributes=True) for k in rows])


@api.operation(
    "POST",
    "/keys",
    summary="Create an API key",
    tag="keys",
    role=Role.ADMIN,
    body=KeyIn,
    response=NewKeyOut,
    status=201,
)
async def create_key(call: Call) -> NewKeyOut:
    data: KeyIn = call.body
    if not call.principal.role.allows(data.role):
        raise Forbidden("a key cannot have a more powerful role than its creator", field="role")
    workspace = await Workspace.get(id=call.principal.workspace_id)
    issued = await apikeys.issue(workspace, data.name, data.role)
    await audit.record(call.principal, "api_key.create", "api_key", issued.key.id)
    out = KeyOut.model_validate(issued.key, from_attributes=True)
    return NewKeyOut(**out.model_dump(), token=issued.token)


@api.operation(
    "DELETE",
    "/keys/{key_id:int}",
    summary="Revoke an API key",
    tag="keys",
    role=Role.ADMIN,
    status=204,
)
async def revoke_key(call: Call) -> None:
    if not await apikeys.revoke(call.principal.workspace_id, call.path["key_id"]):
        raise NotFound("no live API key with this id")
    await audit.record(call.principal, "api_key.revoke", "api_key", call.path["key_id"])
