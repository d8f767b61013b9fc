"""The planner: one message row per recipient of a campaign, written in keyset chunks.

The audience query (campaigns/audience.py) is read `plan_chunk` contacts at a time, by
contact id after the last one planned; suppressed addresses are dropped; the rows of a chunk
and the new cursor are written in one transaction, so a planner that stops half-way resumes
where it was, and inserting a row that exists already does nothing (unique on campaign and
contact). Senders are queued with the first chunk, so a large campaign starts sending while
it is still being planned.
"""

from __future__ import annotations

import logging

from tortoise.transactions import in_transaction

from campaigns import audience
from campaigns.config import config
from campaigns.lifecycle import start_senders
from campaigns.models import Campaign, CampaignSend, CampaignStatus
from campaigns.queries import analyze_if_stale, finish_if_done, insert_messages
from crm import clock, work
from crm.consent import suppression
from crm.models import Workspace

log = logging.getLogger(__name__)

PLANNING = (CampaignStatus.SENDING, CampaignStatus.PAUSED)  # a paused campaign is still planned


async def plan(campaign_id: int) -> int:
    """Write the campaign's remaining message rows; returns how many this call wrote."""
    campaign = await Campaign.get_or_none(id=campaign_id)
    if campaign is None or campaign.status not in PLANNING or campaign.planned_at is not None:
        return 0
    workspace = await Workspace.get(id=campaign.workspace_id)
    analyzed = await analyze_if_stale()
    if analyzed:
        log.info("statistics refreshed before planning", extra={"tables": analyzed})
    query = await audience.query(campaign, workspace)
    send = await CampaignSend.get(campaign_id=campaign_id)
    cursor, written, chunk = send.plan_cursor, 0, config().plan_chunk
    while await Campaign.exists(id=campaign_id, status__in=PLANNING):
        page = (
            await query.filter(id__gt=cursor).order_by("id").limit(chunk).values_list("id", "email")
        )
        if not page:
            break
        listed = await suppression.suppressed(workspace.id, [email for _, email in page])
        rows = [contact_id for contact_id, email in page if email not in listed]
        first = cursor == 0
        async with in_transaction():
            await insert_messages(workspace.id, campaign_id, rows)
            cursor = page[-1][0]
            await CampaignSend.filter(campaign_id=campaign_id).update(plan_cursor=cursor)
            senders = await start_senders(campaign_id) if first else []
        for item in senders:
            work.send(item)
        written += len(rows)
    else:
        return written  # cancelled meanwhile
    await Campaign.filter(id=campaign_id).update(planned_at=clock.now())
    if await finish_if_done(campaign_id):  # nobody to write to
        log.info("campaign planned with no recipient", extra={"campaign": campaign_id})
    log.info("campaign planned", extra={"campaign": campaign_id, "messages": written})
    return written
