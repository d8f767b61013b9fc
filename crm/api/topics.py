"""Topics (lists under email marketing) and privacy policy versions."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from tortoise.expressions import Q, Subquery

from crm import audit
from crm.api.routing import Call
from crm.api.v1 import api
from crm.contacts import queries, service
from crm.contacts.fields import KEY_PATTERN
from crm.contacts.schemas import ContactPage
from crm.errors import Conflict, Invalid, NotFound
from crm.models import ConsentAction, ConsentState, PolicyVersion, Purpose, Role, Topic


class TopicIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    key: str = Field(description="lower-case letters, digits and _, starting with a letter")
    name: str = Field(min_length=1, max_length=200)
    description: str = Field("", max_length=2000)


class TopicOut(BaseModel):
    key: str
    name: str
    description: str
    created_at: datetime


class TopicList(BaseModel):
    items: list[TopicOut]


@api.operation("GET", "/topics", summary="List topics", tag="consent", response=TopicList)
async def list_topics(call: Call) -> TopicList:
    rows = await Topic.filter(workspace_id=call.principal.workspace_id).order_by("key")
    return TopicList(items=[TopicOut.model_validate(t, from_attributes=True) for t in rows])


@api.operation(
    "POST",
    "/topics",
    summary="Create a topic",
    tag="consent",
    role=Role.ADMIN,
    body=TopicIn,
    response=TopicOut,
    status=201,
)
async def create_topic(call: Call) -> TopicOut:
    data: TopicIn = call.body
    if not KEY_PATTERN.match(data.key):
        raise Invalid("a key is lower-case letters, digits and _", field="key")
    if await Topic.exists(workspace_id=call.principal.workspace_id, key=data.key):
        raise Conflict(f"a topic {data.key!r} exists", field="key")
    topic = await Topic.create(workspace_id=call.principal.workspace_id, **data.model_dump())
    await audit.record(call.principal, "topic.create", "topic", topic.key)
    return TopicOut.model_validate(topic, from_attributes=True)


class PolicyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str = Field(min_length=1, max_length=64)
    text: str = Field(min_length=1)
    effective_at: datetime


class PolicyOut(BaseModel):
    version: str
    text: str
    effective_at: datetime
    published_at: datetime


class PolicyList(BaseModel):
    items: list[PolicyOut]


class StaleQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    purpose: Purpose = Purpose.EMAIL_MARKETING
    cursor: str | None = None
    limit: int = Field(50, ge=1, le=queries.MAX_PAGE)


@api.operation(
    "GET", "/policies", summary="List privacy policy versions", tag="consent", response=PolicyList
)
async def list_policies(call: Call) -> PolicyList:
    rows = await PolicyVersion.filter(workspace_id=call.principal.workspace_id).order_by(
        "effective_at"
    )
    return PolicyList(items=[PolicyOut.model_validate(p, from_attributes=True) for p in rows])


@api.operation(
    "POST",
    "/policies",
    summary="Publish a privacy policy version",
    tag="consent",
    role=Role.ADMIN,
    body=PolicyIn,
    response=PolicyOut,
    status=201,
)
async def publish_policy(call: Call) -> PolicyOut:
    data: PolicyIn = call.body
    if data.effective_at.tzinfo is None:
        raise Invalid("give effective_at with a time zone", field="effective_at")
    if await PolicyVersion.exists(workspace_id=call.principal.workspace_id, version=data.version):
        raise Conflict(f"version {data.version!r} is already published", field="version")
    policy = await PolicyVersion.create(
        workspace_id=call.principal.workspace_id, **data.model_dump()
    )
    await audit.record(call.principal, "policy.publish", "policy", policy.version)
    return PolicyOut.model_validate(policy, from_attributes=True)


@api.operation(
    "GET",
    "/policies/{version}/stale-consents",
    summary="Contacts whose live consent predates this policy version (for a re-consent campaign)",
    tag="consent",
    query=StaleQuery,
    response=ContactPage,
)
async def stale_consents(call: Call) -> ContactPage:
    q: StaleQuery = call.query
    policy = await PolicyVersion.get_or_none(
        workspace_id=call.principal.workspace_id, version=call.path["version"]
    )
    if policy is None:
        raise NotFound(f"no policy version {call.path['version']!r}")
    # Live consent given before this version took effect, whatever version it was given under.
    stale = ConsentState.filter(
        Q(workspace_id=call.principal.workspace_id, purpose=q.purpose, topic_id=0)
        & Q(status__in=[ConsentAction.GRANTED, ConsentAction.CONFIRMED])
        & Q(since__lt=policy.effective_at)
    ).values("contact_id")
    query = queries.live(call.principal.workspace_id).filter(id__in=Subquery(stale)).order_by("id")
    rows, next_cursor = await queries.page(query, q.cursor, q.limit)
    await audit.record_reads(call.principal, "contact", [c.id for c in rows])
    return ContactPage(items=await service.to_out(rows), next_cursor=next_cursor)
