"""Segments: saved rule trees, and live counts of who they hold."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from campaigns import segments
from campaigns.api.common import owned, update
from campaigns.lifecycle import OPEN
from campaigns.models import Campaign, Segment
from crm import audit
from crm.api.routing import Call
from crm.api.v1 import api
from crm.consent.eligibility import mailable
from crm.contacts.queries import live
from crm.errors import Conflict
from crm.models import Role, Workspace

RULES = Field(description="a rule tree: see campaigns/segments.py for fields and operators")


class SegmentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    rules: dict[str, Any] = RULES


class SegmentPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(None, min_length=1, max_length=200)
    rules: dict[str, Any] | None = None


class RulesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: dict[str, Any] = RULES


class SegmentOut(BaseModel):
    id: int
    name: str
    rules: dict[str, Any]
    created_at: datetime
    updated_at: datetime


class SegmentList(BaseModel):
    items: list[SegmentOut]


class Count(BaseModel):
    contacts: int = Field(description="live contacts the rules match")
    mailable: int = Field(
        description="of those, who may get marketing email now (before suppressed addresses)"
    )


def _out(segment: Segment) -> SegmentOut:
    return SegmentOut.model_validate(segment, from_attributes=True)


async def _count(workspace_id: int, rules: dict[str, Any]) -> Count:
    compiled = await segments.compile_tree(workspace_id, rules)
    workspace = await Workspace.get(id=workspace_id)
    return Count(
        contacts=await compiled.apply(live(workspace_id)).count(),
        mailable=await compiled.apply(mailable(workspace)).count(),
    )


@api.operation("GET", "/segments", summary="List segments", tag="segments", response=SegmentList)
async def list_segments(call: Call) -> SegmentList:
    rows = await Segment.filter(workspace_id=call.principal.workspace_id).order_by("name", "id")
    return SegmentList(items=[_out(s) for s in rows])


@api.operation(
    "POST",
    "/segments",
    summary="Save a segment (its rules are checked)",
    tag="segments",
    role=Role.MARKETER,
    body=SegmentIn,
    response=SegmentOut,
    status=201,
)
async def create_segment(call: Call) -> SegmentOut:
    data: SegmentIn = call.body
    await segments.compile_tree(call.principal.workspace_id, data.rules)
    segment = await Segment.create(workspace_id=call.principal.workspace_id, **data.model_dump())
    await audit.record(call.principal, "segment.create", "segment", segment.id)
    return _out(segment)


@api.operation(
    "POST",
    "/segments/count",
    summary="Count who a rule tree holds, without saving it",
    tag="segments",
    body=RulesIn,
    response=Count,
)
async def count_rules(call: Call) -> Count:
    return await _count(call.principal.workspace_id, call.body.rules)


@api.operation(
    "GET",
    "/segments/{segment_id:int}",
    summary="Read a segment",
    tag="segments",
    response=SegmentOut,
)
async def get_segment(call: Call) -> SegmentOut:
    return _out(await owned(Segment, call, "segment_id", "segment"))


@api.operation(
    "GET",
    "/segments/{segment_id:int}/count",
    summary="Count who a saved segment holds now",
    tag="segments",
    response=Count,
)
async def count_segment(call: Call) -> Count:
    segment = await owned(Segment, call, "segment_id", "segment")
    return await _count(call.principal.workspace_id, segment.rules)


@api.operation(
    "PATCH",
    "/segments/{segment_id:int}",
    summary="Change a segment",
    tag="segments",
    role=Role.MARKETER,
    body=SegmentPatch,
    response=SegmentOut,
)
async def patch_segment(call: Call) -> SegmentOut:
    segment = await owned(Segment, call, "segment_id", "segment")
    changes = call.body.model_dump(exclude_unset=True, exclude_none=True)
    if "rules" in changes:
        await segments.compile_tree(call.principal.workspace_id, changes["rules"])
    return _out(await update(call, segment, changes, "segment"))


@api.operation(
    "DELETE",
    "/segments/{segment_id:int}",
    summary="Delete a segment no unfinished campaign targets",
    tag="segments",
    role=Role.MARKETER,
    status=204,
)
async def delete_segment(call: Call) -> None:
    segment = await owned(Segment, call, "segment_id", "segment")
    unfinished = await Campaign.filter(
        workspace_id=segment.workspace_id,
        status__in=list(OPEN),
    ).values_list("segment_ids", flat=True)
    if any(segment.id in ids for ids in unfinished):
        raise Conflict("an unfinished campaign targets this segment")
    await segment.delete()
    await audit.record(call.principal, "segment.delete", "segment", segment.id)
