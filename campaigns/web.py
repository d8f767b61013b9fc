"""The campaigns' pages of the marketer UI: the campaigns with their delivery, one campaign
with who got what and the moves its state allows, and the mail the embedded default
captured instead of sending, each message shown as its recipient would get it.

Pages register on `crm.web.routing.ui` when this module is imported (campaigns/api does).
Reading messages or captured mail is a read of their contacts: audited, as in the API.
"""

from __future__ import annotations

from datetime import datetime

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from tortoise.functions import Count

from campaigns import captured, lifecycle, recipients, stats
from campaigns.api.campaigns import MOVES
from campaigns.models import Campaign, CampaignStatus, Message, MessageStatus, Segment
from crm.errors import Invalid, NotFound
from crm.models import Role, Topic
from crm.web import auth, templating
from crm.web.routing import BIGINT_ID_MAX, INT_ID_MAX, path_id, ui

PAGE_SIZE = 50  # rows of a list page; the link below it shows the next
MOVE_NAMES = frozenset(name for name, _, _ in MOVES)
# Which moves a campaign in each state offers (the lifecycle refuses the others anyway).
OFFERED = {
    CampaignStatus.DRAFT: ("cancel",),
    CampaignStatus.SCHEDULED: ("unschedule", "cancel"),
    CampaignStatus.SENDING: ("pause", "cancel"),
    CampaignStatus.PAUSED: ("resume", "cancel"),
}
# The srcdoc of the HTML preview starts with this: nothing is fetched (no pixel, no remote
# image, so looking records no open) and a link, opening a new window that the sandbox
# forbids, goes nowhere (so looking records no click either).
PREVIEW_HEAD = (
    '<meta http-equiv="Content-Security-Policy" '
    "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
    '<base target="_blank">'
)


def _position(request: Request, name: str, limit: int) -> int | None:
    """An id from the query string (a page's cursor); None when absent."""
    value = request.query_params.get(name)
    if not value:
        return None
    # isascii: str.isdigit() also accepts digits such as "²" that int() refuses
    if not (value.isascii() and value.isdigit()) or int(value) > limit:
        raise Invalid("not a position in this list", field=name)
    return int(value)


async def _counts(campaign_ids: list[int]) -> dict[int, dict[str, int]]:
    """Messages by status for each campaign (one grouped query)."""
    rows = (
        await Message.filter(campaign_id__in=campaign_ids)
        .annotate(count=Count("id"))
        .group_by("campaign_id", "status")
        .values_list("campaign_id", "status", "count")
    )
    counts: dict[int, dict[str, int]] = {i: {} for i in campaign_ids}
    for campaign_id, status, count in rows:
        counts[campaign_id][str(MessageStatus(status))] = count
    return counts


@ui.get("/campaigns")
async def campaign_list(request: Request) -> Response:
    who = await auth.require_user(request)
    query = Campaign.filter(workspace_id=who.principal.workspace_id)
    before = _position(request, "before", INT_ID_MAX)
    if before is not None:
        query = query.filter(id__lt=before)
    rows = await query.order_by("-id").limit(PAGE_SIZE + 1)
    more, rows = len(rows) > PAGE_SIZE, rows[:PAGE_SIZE]
    return templating.render(
        request,
        "campaigns.html",
        who,
        campaigns=rows,
        counts=await _counts([c.id for c in rows]),
        before=rows[-1].id if more else None,
    )


async def _owned(request: Request, who: auth.SignedIn) -> Campaign:
    campaign = await Campaign.get_or_none(
        id=path_id(request, "campaign_id", INT_ID_MAX), workspace_id=who.principal.workspace_id
    )
    if campaign is None:
        raise NotFound("no such campaign")
    return campaign


def _status_filter(request: Request) -> MessageStatus | None:
    value = request.query_params.get("status")
    if not value:
        return None
    try:
        return MessageStatus(value)
    except ValueError:
        raise Invalid("no such message status", field="status") from None


@ui.get("/campaigns/{campaign_id:int}")
async def campaign_page(request: Request) -> Response:
    who = await auth.require_user(request)
    campaign = await _owned(request, who)
    status = _status_filter(request)
    after = _position(request, "after", BIGINT_ID_MAX) or 0
    found, last = await recipients.page(
        who.principal, campaign.id, status=status, after=after, limit=PAGE_SIZE
    )
    ws = who.principal.workspace_id
    segments = await Segment.filter(workspace_id=ws, id__in=campaign.segment_ids).values_list(
        "name", flat=True
    )
    topics = await Topic.filter(workspace_id=ws, id__in=campaign.topic_ids).values_list(
        "name", flat=True
    )
    can_move = who.principal.role.allows(Role.MARKETER)
    return templating.render(
        request,
        "campaign.html",
        who,
        campaign=campaign,
        delivery=await stats.delivery(campaign.id),
        segments=sorted(segments),
        topics=sorted(topics),
        moves=OFFERED.get(campaign.status, ()) if can_move else (),
        can_schedule=can_move and campaign.status in lifecycle.EDITABLE,
        recipients=found,
        status_shown=status.value if status else "",
        statuses=[s.value for s in MessageStatus],
        after=last,
    )


@ui.post("/campaigns/{campaign_id:int}/schedule")
async def schedule(request: Request) -> Response:
    """Schedule from the page's form: a local date and time (empty: now) and a time zone."""
    who = await auth.require_user(request, Role.MARKETER)
    campaign = await _owned(request, who)
    form = await request.form()
    raw = str(form.get("send_at") or "").strip()
    try:
        send_at = datetime.fromisoformat(raw) if raw else None
    except ValueError:
        raise Invalid("not a date and time", field="send_at") from None
    timezone = str(form.get("timezone") or "UTC").strip()
    await lifecycle.schedule(who.principal, campaign, send_at, timezone)
    return RedirectResponse(f"/campaigns/{campaign.id}", status_code=303)


@ui.post("/campaigns/{campaign_id:int}/{move:str}")
async def move(request: Request) -> Response:
    """Unschedule, pause, resume or cancel, as the API's moves do; back to the page."""
    who = await auth.require_user(request, Role.MARKETER)
    name = request.path_params["move"]
    if name not in MOVE_NAMES:
        raise NotFound("no such action")
    campaign = await _owned(request, who)
    action = next(m for n, _, m in MOVES if n == name)
    await action(who.principal, campaign)
    return RedirectResponse(f"/campaigns/{campaign.id}", status_code=303)


@ui.get("/mail")
async def captured_list(request: Request) -> Response:
    who = await auth.require_user(request)
    before = _position(request, "before", BIGINT_ID_MAX)
    rows, last = await captured.newest(who.principal, before=before, limit=PAGE_SIZE)
    return templating.render(request, "captured_mail.html", who, mails=rows, before=last)


@ui.get("/mail/{mail_id:int}")
async def captured_message(request: Request) -> Response:
    who = await auth.require_user(request)
    mail = await captured.one(who.principal, path_id(request, "mail_id"))
    shown = captured.parts(mail.mime)
    return templating.render(
        request,
        "captured_message.html",
        who,
        mail=mail,
        parts=shown,
        preview=PREVIEW_HEAD + shown.html if shown.html else "",
    )
