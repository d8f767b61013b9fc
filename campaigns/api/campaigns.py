"""Campaigns: drafts, their schedule, pause, resume and cancel, test sends, who got what."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, EmailStr, Field, computed_field

from campaigns import lifecycle, previews, recipients, stats
from campaigns.api.common import owned, update
from campaigns.api.templates import PreviewIn, PreviewOut, preview_contact
from campaigns.errors import StateError
from campaigns.models import Campaign, CampaignStatus, MessageStatus, Segment, Template
from crm import audit
from crm.api.routing import Call
from crm.api.v1 import api
from crm.contacts.queries import MAX_PAGE, decode_cursor, encode_cursor
from crm.errors import NotFound
from crm.models import Role, Topic
from crm.principal import Principal


class CampaignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    template_id: int
    segment_ids: list[int] = Field(
        default_factory=list, max_length=50, description="whom to write to"
    )
    topic_ids: list[int] = Field(
        default_factory=list, max_length=50, description="the lists it goes out on"
    )
    from_name: str = Field("", max_length=200)
    from_email: str = Field("", max_length=320, description="checked when scheduled")
    reply_to: str = Field("", max_length=320)
    tracking: bool = Field(True, description="open pixel and click tracking")


class CampaignPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(None, min_length=1, max_length=200)
    template_id: int | None = None
    segment_ids: list[int] | None = Field(None, max_length=50)
    topic_ids: list[int] | None = Field(None, max_length=50)
    from_name: str | None = Field(None, max_length=200)
    from_email: str | None = Field(None, max_length=320)
    reply_to: str | None = Field(None, max_length=320)
    tracking: bool | None = None


class CampaignOut(BaseModel):
    id: int
    name: str
    template_id: int
    segment_ids: list[int]
    topic_ids: list[int]
    from_name: str
    from_email: str
    reply_to: str
    tracking: bool
    status: CampaignStatus
    send_at: datetime | None = Field(description="UTC")
    timezone: str
    pause_reason: str
    started_at: datetime | None
    planned_at: datetime | None
    finished_at: datetime | None
    created_at: datetime

    @computed_field(description="the send time in `timezone`")  # type: ignore[prop-decorator]
    @property
    def send_at_local(self) -> str | None:
        if self.send_at is None:
            return None
        return self.send_at.astimezone(ZoneInfo(self.timezone)).isoformat()


class CampaignDetail(CampaignOut):
    delivery: stats.Delivery


class CampaignList(BaseModel):
    items: list[CampaignOut]


class ListQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: CampaignStatus | None = None


class ScheduleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    send_at: datetime | None = Field(
        None,
        description="when to send; a time without offset is read in `timezone`; now when absent",
    )
    timezone: str = Field("UTC", description="IANA time zone, e.g. Europe/Paris")


class TestSendIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    emails: list[EmailStr] = Field(min_length=1, max_length=previews.MAX_TEST_ADDRESSES)
    contact_id: int | None = Field(None, description="personalise for this contact")


class TestResultOut(BaseModel):
    email: str
    ok: bool
    reply: str


class TestSendOut(BaseModel):
    results: list[TestResultOut]


class MessagesQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: MessageStatus | None = None
    cursor: str | None = None
    limit: int = Field(50, ge=1, le=MAX_PAGE)


class MessageOut(BaseModel):
    id: int
    contact_id: int
    email: str | None = Field(description="the contact's address now (None once erased)")
    status: MessageStatus
    skip_reason: str
    smtp_reply: str
    message_id: str
    attempts: int
    next_attempt_at: datetime | None
    queued_at: datetime
    sent_at: datetime | None


class MessagePage(BaseModel):
    items: list[MessageOut]
    next_cursor: str | None


def _out(campaign: Campaign) -> CampaignOut:
    return CampaignOut.model_validate(campaign, from_attributes=True)


async def _check_refs(
    call: Call, template_id: int | None, segment_ids: list[int] | None, topic_ids: list[int] | None
) -> None:
    """404 for a template, segment or topic that is not the caller's."""
    ws = call.principal.workspace_id
    if template_id is not None and not await Template.exists(
        id=template_id, workspace_id=ws, is_layout=False
    ):
        raise NotFound("no such template", field="template_id")
    if segment_ids and await Segment.filter(id__in=segment_ids, workspace_id=ws).count() != len(
        set(segment_ids)
    ):
        raise NotFound("no such segment", field="segment_ids")
    if topic_ids and await Topic.filter(id__in=topic_ids, workspace_id=ws).count() != len(
        set(topic_ids)
    ):
        raise NotFound("no such topic", field="topic_ids")


async def _campaign(call: Call) -> Campaign:
    return await owned(Campaign, call, "campaign_id", "campaign")


@api.operation(
    "GET",
    "/campaigns",
    summary="List campaigns",
    tag="campaigns",
    query=ListQuery,
    response=CampaignList,
)
async def list_campaigns(call: Call) -> CampaignList:
    query = Campaign.filter(workspace_id=call.principal.workspace_id)
    if call.query.status is not None:
        query = query.filter(status=call.query.status)
    return CampaignList(items=[_out(c) for c in await query.order_by("-id")])


@api.operation(
    "POST",
    "/campaigns",
    summary="Create a draft campaign",
    tag="campaigns",
    role=Role.MARKETER,
    body=CampaignIn,
    response=CampaignOut,
    status=201,
)
async def create_campaign(call: Call) -> CampaignOut:
    data: CampaignIn = call.body
    await _check_refs(call, data.template_id, data.segment_ids, data.topic_ids)
    campaign = await Campaign.create(workspace_id=call.principal.workspace_id, **data.model_dump())
    await audit.record(call.principal, "campaign.create", "campaign", campaign.id)
    return _out(campaign)


@api.operation(
    "GET",
    "/campaigns/{campaign_id:int}",
    summary="Read a campaign, with its messages counted by status",
    tag="campaigns",
    response=CampaignDetail,
)
async def get_campaign(call: Call) -> CampaignDetail:
    campaign = await _campaign(call)
    delivery = await stats.delivery(campaign.id)
    return CampaignDetail(**_out(campaign).model_dump(), delivery=delivery)


@api.operation(
    "PATCH",
    "/campaigns/{campaign_id:int}",
    summary="Change a draft campaign",
    tag="campaigns",
    role=Role.MARKETER,
    body=CampaignPatch,
    response=CampaignOut,
)
async def patch_campaign(call: Call) -> CampaignOut:
    campaign = await _campaign(call)
    if campaign.status != CampaignStatus.DRAFT:
        raise StateError("only a draft can be changed: unschedule it first")
    changes = call.body.model_dump(exclude_unset=True, exclude_none=True)
    await _check_refs(
        call, changes.get("template_id"), changes.get("segment_ids"), changes.get("topic_ids")
    )
    return _out(await update(call, campaign, changes, "campaign"))


@api.operation(
    "DELETE",
    "/campaigns/{campaign_id:int}",
    summary="Delete a draft campaign",
    tag="campaigns",
    role=Role.MARKETER,
    status=204,
)
async def delete_campaign(call: Call) -> None:
    campaign = await _campaign(call)
    if campaign.status != CampaignStatus.DRAFT:
        raise StateError("only a draft can be deleted; cancel a campaign that has started")
    await campaign.delete()
    await audit.record(call.principal, "campaign.delete", "campaign", campaign.id)


@api.operation(
    "POST",
    "/campaigns/{campaign_id:int}/schedule",
    summary="Schedule a draft (or reschedule): checks that it can be sent",
    tag="campaigns",
    role=Role.MARKETER,
    body=ScheduleIn,
    response=CampaignOut,
)
async def schedule_campaign(call: Call) -> CampaignOut:
    campaign = await _campaign(call)
    body: ScheduleIn = call.body
    return _out(await lifecycle.schedule(call.principal, campaign, body.send_at, body.timezone))


Move = Callable[[Principal, Campaign], Awaitable[Campaign]]
# The moves without a body: (path, what the move does, the lifecycle function).
MOVES: list[tuple[str, str, Move]] = [
    ("unschedule", "Take a scheduled campaign back to draft", lifecycle.unschedule),
    ("pause", "Pause sending: the batch in flight completes", lifecycle.pause_by),
    ("resume", "Resume a paused campaign where it stopped", lifecycle.resume),
    ("cancel", "Cancel for good: messages not yet sent are skipped", lifecycle.cancel),
]


def _declare_move(path: str, summary: str, move: Move) -> None:
    async def handler(call: Call) -> CampaignOut:
        return _out(await move(call.principal, await _campaign(call)))

    handler.__name__ = f"{path}_campaign"  # the operationId
    api.operation(
        "POST",
        f"/campaigns/{{campaign_id:int}}/{path}",
        summary=summary,
        tag="campaigns",
        role=Role.MARKETER,
        response=CampaignOut,
    )(handler)


for _path, _summary, _move in MOVES:
    _declare_move(_path, _summary, _move)


@api.operation(
    "POST",
    "/campaigns/{campaign_id:int}/preview",
    summary="Render the campaign's message for a contact (or a sample one)",
    tag="campaigns",
    body=PreviewIn,
    response=PreviewOut,
)
async def preview_campaign(call: Call) -> PreviewOut:
    campaign = await _campaign(call)
    template = await Template.get(id=campaign.template_id)  # type: ignore[attr-defined]
    contact = await preview_contact(call, call.body)
    composed = await previews.render(campaign, template, contact)
    return PreviewOut(subject=composed.subject, html=composed.html, text=composed.text)


@api.operation(
    "POST",
    "/campaigns/{campaign_id:int}/test",
    summary="Send the campaign's message to a few addresses, as it would go out",
    tag="campaigns",
    role=Role.MARKETER,
    body=TestSendIn,
    response=TestSendOut,
)
async def test_send_campaign(call: Call) -> TestSendOut:
    campaign = await _campaign(call)
    body: TestSendIn = call.body
    template = await Template.get(id=campaign.template_id)  # type: ignore[attr-defined]
    contact = await preview_contact(call, PreviewIn(contact_id=body.contact_id))
    results = await previews.test_send(campaign, template, [str(e) for e in body.emails], contact)
    await audit.record(
        call.principal, "campaign.test_send", "campaign", campaign.id, to=len(results)
    )
    return TestSendOut(results=[TestResultOut(**r.__dict__) for r in results])


@api.operation(
    "GET",
    "/campaigns/{campaign_id:int}/messages",
    summary="Who got what: one row per recipient, with the relay's reply",
    tag="campaigns",
    query=MessagesQuery,
    response=MessagePage,
)
async def list_messages(call: Call) -> MessagePage:
    campaign = await _campaign(call)
    q: MessagesQuery = call.query
    after = decode_cursor(q.cursor) if q.cursor else 0
    found, last = await recipients.page(
        call.principal, campaign.id, status=q.status, after=after, limit=q.limit
    )
    fields = [name for name in MessageOut.model_fields if name != "email"]
    items = [
        MessageOut(**{name: getattr(r.message, name) for name in fields}, email=r.email)
        for r in found
    ]
    return MessagePage(items=items, next_cursor=encode_cursor(last) if last else None)
