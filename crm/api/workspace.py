"""The caller's workspace and its privacy settings."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from crm import audit
from crm.api.routing import Call
from crm.api.v1 import api
from crm.models import Role, Workspace


class WorkspaceOut(BaseModel):
    id: int
    name: str
    double_opt_in: bool
    tracking_ip_days: int
    webhook_payload_days: int


class WorkspacePatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(None, min_length=1, max_length=200)
    double_opt_in: bool | None = None
    # Shorter is always allowed; longer than the defaults would keep personal data too long.
    tracking_ip_days: int | None = Field(None, ge=1, le=180)
    webhook_payload_days: int | None = Field(None, ge=1, le=30)


@api.operation(
    "GET",
    "/workspace",
    summary="The workspace and its privacy settings",
    tag="workspace",
    response=WorkspaceOut,
)
async def get_workspace(call: Call) -> WorkspaceOut:
    workspace = await Workspace.get(id=call.principal.workspace_id)
    return WorkspaceOut.model_validate(workspace, from_attributes=True)


@api.operation(
    "PATCH",
    "/workspace",
    summary="Change the workspace's settings",
    tag="workspace",
    role=Role.ADMIN,
    body=WorkspacePatch,
    response=WorkspaceOut,
)
async def patch_workspace(call: Call) -> WorkspaceOut:
    changes = call.body.model_dump(exclude_unset=True, exclude_none=True)
    workspace = await Workspace.get(id=call.principal.workspace_id)
    if changes:
        await Workspace.filter(id=workspace.id).update(**changes)
        await workspace.refresh_from_db()
        await audit.record(call.principal, "workspace.update", "workspace", workspace.id, **changes)
    return WorkspaceOut.model_validate(workspace, from_attributes=True)
