"""A campaign's states and the work each step queues.

    draft --schedule--> scheduled --(send_at: start)--> sending --(last message)--> sent
      ^                     |                           |    ^
      +----unschedule-------+                     pause |    | resume
                                                        v    |
    draft, scheduled, sending, paused --cancel--> cancelled  paused

`schedule` checks that the campaign can go (`check_ready`) and queues `campaigns.start` for
its send time. `start` freezes the content (so later template edits change nothing), stores
its links and queues the planner; the planner (campaigns/planner.py) queues the senders
(`campaigns.send_batch`, `PipelineConfig.senders` of them), and each sender run queues its
own successor while work remains (`after_batch`), or marks the campaign sent. A change of
state and the work it queues are written in one transaction. Pausing and cancelling only
set the state: running senders see it within a batch (campaigns/sender.py).
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tortoise.transactions import in_transaction

from campaigns import content as content_lib
from campaigns import queries, templates
from campaigns.compose import Composer, sender_domain
from campaigns.config import config
from campaigns.errors import NotReady, StateError
from campaigns.models import (
    Campaign,
    CampaignLink,
    CampaignSend,
    CampaignStatus,
    Message,
    MessageStatus,
    Segment,
    SenderProfile,
    SkipReason,
    Template,
)
from campaigns.rendering import PREVIEW_MESSAGE_ID
from campaigns.templates import SAMPLE_CONTACT
from crm import audit, clock, work
from crm.contacts.normalize import normalize_email
from crm.errors import Invalid
from crm.mail import runtime
from crm.models import Topic, WorkItem
from crm.models.work import WorkStatus
from crm.principal import Principal

log = logging.getLogger(__name__)

START = "campaigns.start"
PLAN = "campaigns.plan"
SEND = "campaigns.send_batch"
PLAN_POLL = timedelta(seconds=1)  # a sender with nothing to send yet looks again this soon
HAND_BACK = timedelta(seconds=1)  # a sender handed back by a busy process is offered again
PAST_GRACE = timedelta(minutes=5)  # a send time this far in the past still means "now"
EDITABLE = (CampaignStatus.DRAFT, CampaignStatus.SCHEDULED)
OPEN = (
    CampaignStatus.DRAFT,
    CampaignStatus.SCHEDULED,
    CampaignStatus.SENDING,
    CampaignStatus.PAUSED,
)


def _require(campaign: Campaign, *allowed: CampaignStatus, action: str) -> None:
    if campaign.status not in allowed:
        raise StateError(f"a {campaign.status.value} campaign cannot be {action}")


def send_time(send_at: datetime | None, timezone: str) -> datetime:
    """The UTC time to send at: `send_at` read in `timezone` when it has no offset of its own
    (a wall-clock time that does not exist there, skipped by a DST change, is refused; one that
    exists twice is the first), now when None."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid(f"unknown time zone {timezone!r}", field="timezone") from None
    now = clock.now()
    if send_at is None:
        return now
    if send_at.tzinfo is None:
        local = send_at.replace(tzinfo=zone, fold=0)
        if local.astimezone(ZoneInfo("UTC")).astimezone(zone).replace(tzinfo=None) != send_at:
            raise Invalid(
                f"{send_at.isoformat()} does not exist in {timezone} (the clocks skip it)",
                field="send_at",
            )
        send_at = local
    utc = send_at.astimezone(ZoneInfo("UTC"))
    if utc < now - PAST_GRACE:
        raise Invalid("send_at is in the past", field="send_at")
    return max(utc, now)


async def check_ready(campaign: Campaign) -> None:
    """Raise NotReady naming the first thing that keeps the campaign from being sent."""
    if not campaign.segment_ids and not campaign.topic_ids:
        raise NotReady("choose the audience: at least one segment or topic", field="segment_ids")
    ws = campaign.workspace_id
    segments = await Segment.filter(workspace_id=ws, id__in=campaign.segment_ids).count()
    if segments != len(set(campaign.segment_ids)):
        raise NotReady("a segment of the audience no longer exists", field="segment_ids")
    topics = await Topic.filter(workspace_id=ws, id__in=campaign.topic_ids).count()
    if topics != len(set(campaign.topic_ids)):
        raise NotReady("a topic of the audience no longer exists", field="topic_ids")
    try:
        normalize_email(campaign.from_email)
    except Invalid:
        raise NotReady("set a valid sender address (from_email)", field="from_email") from None
    profile = await SenderProfile.get_or_none(workspace_id=ws)
    if profile is None or not profile.postal_address.strip():
        raise NotReady(
            "set the postal address every message shows, in the sending settings",
            field="postal_address",
        )
    domain = sender_domain(campaign.from_email)
    if profile.dkim_domain and not (
        domain == profile.dkim_domain or domain.endswith("." + profile.dkim_domain)
    ):
        raise NotReady(
            f"the sender's domain {domain} is not covered by the DKIM key of "
            f"{profile.dkim_domain}: DMARC would fail",
            field="from_email",
        )
    public = urlsplit(runtime.settings().public_url)
    if public.scheme != "https" and not _loopback(public.hostname or ""):
        raise NotReady(
            "PUBLIC_URL must be https: mailbox providers ignore one-click unsubscribe links "
            "that are not",
            field="public_url",
        )
    await build_content(campaign)  # raises TemplateInvalid or RenderError


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def build_content(campaign: Campaign) -> content_lib.Content:
    """The campaign's content from its template as it is now, checked by rendering it."""
    template = await Template.get(id=campaign.template_id)  # type: ignore[attr-defined]
    layout = await templates.layout_of(campaign.workspace_id, template.layout_id)
    await templates.validate(
        campaign.workspace_id,
        subject=template.subject,
        html=template.html,
        text=template.text,
        is_layout=False,
    )
    built = content_lib.build(template, layout, tracking=campaign.tracking)
    composer = await Composer.load(campaign, built)
    composer.renderer.render(PREVIEW_MESSAGE_ID, SAMPLE_CONTACT)  # raises RenderError
    return built


async def schedule(
    actor: Principal, campaign: Campaign, send_at: datetime | None, timezone: str
) -> Campaign:
    """Schedule (or reschedule) a draft; it starts at `send_at` (see send_time)."""
    _require(campaign, *EDITABLE, action="scheduled")
    when = send_time(send_at, timezone)
    await check_ready(campaign)
    async with in_transaction():
        await Campaign.filter(id=campaign.id).update(
            status=CampaignStatus.SCHEDULED, send_at=when, timezone=timezone
        )
        delay = max(when - clock.now(), timedelta(0))
        item = await work.enqueue(START, campaign.id, delay=delay, send=False)
        await audit.record(actor, "campaign.schedule", "campaign", campaign.id, send_at=str(when))
    work.send(item)
    await campaign.refresh_from_db()
    return campaign


async def unschedule(actor: Principal, campaign: Campaign) -> Campaign:
    """Back to draft; the queued start finds it so and does nothing."""
    _require(campaign, CampaignStatus.SCHEDULED, action="unscheduled")
    await Campaign.filter(id=campaign.id, status=CampaignStatus.SCHEDULED).update(
        status=CampaignStatus.DRAFT, send_at=None
    )
    await audit.record(actor, "campaign.unschedule", "campaign", campaign.id)
    await campaign.refresh_from_db()
    return campaign


async def start(campaign_id: int) -> bool:
    """The `campaigns.start` task: freeze the content, store its links, queue the planner.

    A start for a campaign no longer scheduled, or rescheduled later, does nothing. Content
    that cannot be built any more pauses the campaign with the reason.
    """
    campaign = await Campaign.get_or_none(id=campaign_id)
    now = clock.now()
    if campaign is None or campaign.status != CampaignStatus.SCHEDULED:
        return False
    if campaign.send_at is not None and campaign.send_at > now + timedelta(seconds=1):
        return False
    try:
        built = await build_content(campaign)
    except Exception as exc:
        await Campaign.filter(id=campaign_id, status=CampaignStatus.SCHEDULED).update(
            status=CampaignStatus.PAUSED, pause_reason=f"content cannot be built: {exc}"[:200]
        )
        log.warning("campaign not started", extra={"campaign": campaign_id, "error": str(exc)})
        return False
    async with in_transaction():
        started = await Campaign.filter(id=campaign_id, status=CampaignStatus.SCHEDULED).update(
            status=CampaignStatus.SENDING, started_at=now
        )
        if not started:
            return False
        await CampaignSend.create(
            campaign_id=campaign_id, content=built.to_json(), nonce=secrets.token_hex(6)
        )
        await CampaignLink.bulk_create(
            [
                CampaignLink(campaign_id=campaign_id, index=i, url=u)
                for i, u in enumerate(built.links)
            ],
            ignore_conflicts=True,
        )
        item = await work.enqueue(PLAN, campaign_id, send=False)
    work.send(item)
    log.info("campaign started", extra={"campaign": campaign_id, "links": len(built.links)})
    return True


async def pause(campaign_id: int, reason: str) -> bool:
    """Stop a sending campaign after the batch in flight; False if it was not sending."""
    return (
        await Campaign.filter(id=campaign_id, status=CampaignStatus.SENDING).update(
            status=CampaignStatus.PAUSED, pause_reason=reason[:200]
        )
        > 0
    )


async def pause_by(actor: Principal, campaign: Campaign) -> Campaign:
    _require(campaign, CampaignStatus.SENDING, action="paused")
    await pause(campaign.id, f"paused by {actor.label}")
    await audit.record(actor, "campaign.pause", "campaign", campaign.id)
    await campaign.refresh_from_db()
    return campaign


async def resume(actor: Principal, campaign: Campaign) -> Campaign:
    """Send a paused campaign again, from where it stopped."""
    _require(campaign, CampaignStatus.PAUSED, action="resumed")
    if not await CampaignSend.exists(campaign_id=campaign.id):  # paused before it started
        async with in_transaction():
            await Campaign.filter(id=campaign.id).update(
                status=CampaignStatus.SCHEDULED, pause_reason="", send_at=clock.now()
            )
            item = await work.enqueue(START, campaign.id, send=False)
        work.send(item)
    else:
        async with in_transaction():
            await Campaign.filter(id=campaign.id, status=CampaignStatus.PAUSED).update(
                status=CampaignStatus.SENDING, pause_reason=""
            )
            items = await _missing_work(campaign)
        for item in items:
            work.send(item)
    await audit.record(actor, "campaign.resume", "campaign", campaign.id)
    await campaign.refresh_from_db()
    return campaign


async def _active(task: str, campaign_id: int) -> int:
    return await WorkItem.filter(
        task=task, ref=str(campaign_id), status__in=[WorkStatus.PENDING, WorkStatus.RUNNING]
    ).count()


async def _missing_work(campaign: Campaign) -> list[WorkItem]:
    """Queue (unsent, inside the caller's transaction) the planner if it has not finished,
    and senders up to `PipelineConfig.senders`."""
    items = []
    if campaign.planned_at is None and not await _active(PLAN, campaign.id):
        items.append(await work.enqueue(PLAN, campaign.id, send=False))
    items += await start_senders(campaign.id)
    return items


async def start_senders(campaign_id: int) -> list[WorkItem]:
    """Queue senders up to `PipelineConfig.senders`; returns the items, to `work.send` once
    the caller's transaction has committed."""
    missing = config().senders - await _active(SEND, campaign_id)
    return [await work.enqueue(SEND, campaign_id, send=False) for _ in range(missing)]


async def cancel(actor: Principal, campaign: Campaign) -> Campaign:
    """Stop for good: waiting messages are skipped; messages in flight finish."""
    _require(campaign, *OPEN, action="cancelled")
    now = clock.now()
    async with in_transaction():
        await Campaign.filter(id=campaign.id, status__in=OPEN).update(
            status=CampaignStatus.CANCELLED, finished_at=now
        )
        skipped = await queries.skip_queued(campaign.id, SkipReason.CANCELLED)
        # Left `sending` by a sender that died: nobody will resend them now.
        doubtful = await Message.filter(
            campaign_id=campaign.id, status=MessageStatus.SENDING, next_attempt_at__lt=now
        ).update(
            status=MessageStatus.FAILED,
            smtp_reply="a sender stopped during the SMTP transaction; not resent: cancelled",
        )
        await audit.record(
            actor, "campaign.cancel", "campaign", campaign.id, skipped=skipped, in_doubt=doubtful
        )
    await campaign.refresh_from_db()
    return campaign


async def after_batch(campaign_id: int) -> None:
    """After a sender run: mark the campaign sent, or queue the next run for when there is
    something to send: now, at the next retry time or lease end, or shortly while the planner
    is still writing rows."""
    campaign = await Campaign.get_or_none(id=campaign_id)
    if campaign is None or campaign.status != CampaignStatus.SENDING:
        return
    if await queries.finish_if_done(campaign_id):
        log.info("campaign sent", extra={"campaign": campaign_id})
        return
    due = await queries.next_due(campaign_id)
    if campaign.planned_at is None:  # more rows are coming
        soon = clock.now() + PLAN_POLL
        due = soon if due is None else min(due, soon)
    if due is not None:
        await work.enqueue(SEND, campaign_id, delay=max(due - clock.now(), timedelta(0)))


async def hand_back(campaign_id: int) -> None:
    """Offer a sender that found its process busy with the same campaign to the workers
    again, shortly: a process that starts or frees up takes it."""
    await work.enqueue(SEND, campaign_id, delay=HAND_BACK)
