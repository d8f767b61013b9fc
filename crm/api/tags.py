"""The workspace's tags with how many live contacts carry each."""

from __future__ import annotations

from pydantic import BaseModel
from tortoise.functions import Count

from crm.api.routing import Call
from crm.api.v1 import api
from crm.models import Tag


class TagOut(BaseModel):
    name: str
    contacts: int


class TagList(BaseModel):
    items: list[TagOut]


@api.operation("GET", "/tags", summary="List tags", tag="tags", response=TagList)
async def list_tags(call: Call) -> TagList:
    rows = (
        await Tag.filter(workspace_id=call.principal.workspace_id)
        .annotate(contacts=Count("contact_links"))
        .order_by("name")
        .values("name", "contacts")
    )
    return TagList(items=[TagOut(**row) for row in rows])
