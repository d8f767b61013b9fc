"""A campaign's stats, read from counters: a handful of rows however many events there were.

Message statuses come from the campaigns package (grouped counts the index on
`(campaign, status, id)` answers); opens, clicks and unsubscribes come from the hourly rows
and per-link rows that the hit processor adds to (tracking/rollups.py). Machine totals are the
total minus the human ones; a message a machine and a person both opened is unique in each.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from campaigns.models import Campaign, CampaignLink
from campaigns.stats import Delivery, delivery
from crm.errors import NotFound
from tracking.models import CampaignHour, LinkClicks
from tracking.rollups import HOUR_COUNTERS, LINK_COUNTERS


class Tally(BaseModel):
    total: int = Field(description="every event")
    unique: int = Field(description="messages with at least one")


class Activity(Tally):
    human: Tally = Field(description="caused by people (image proxies fetching on open count)")
    machine: Tally = Field(description="Apple MPP, scanners, prefetches and previews")


class LinkStats(BaseModel):
    index: int
    url: str
    clicks: Activity


class HourStats(BaseModel):
    hour: datetime = Field(description="start of the hour, UTC")
    opens: Activity
    clicks: Activity
    unsubscribes: int


class CampaignStats(BaseModel):
    campaign_id: int
    messages: Delivery
    opens: Activity
    clicks: Activity
    unsubscribes: int = Field(description="messages whose recipient unsubscribed through them")
    links: list[LinkStats]
    hours: list[HourStats] = Field(description="hours with any activity, oldest first")


def _activity(counts: Mapping[str, int], noun: str) -> Activity:
    """`noun` (opens or clicks) from counters named like CampaignHour's columns."""
    total, human = counts[noun], counts[f"human_{noun}"]
    return Activity(
        total=total,
        unique=counts[f"unique_{noun}"],
        human=Tally(total=human, unique=counts[f"unique_human_{noun}"]),
        machine=Tally(total=total - human, unique=counts[f"unique_machine_{noun}"]),
    )


def _counters(row: object, names: tuple[str, ...]) -> dict[str, int]:
    """The named counters of a rollup row; zeros for a row that does not exist."""
    return {name: getattr(row, name, 0) for name in names}


async def campaign(workspace_id: int, campaign_id: int) -> CampaignStats:
    """The stats of a campaign of this workspace, or NotFound."""
    if not await Campaign.exists(id=campaign_id, workspace_id=workspace_id):
        raise NotFound("no such campaign")
    hours = await CampaignHour.filter(campaign_id=campaign_id).order_by("hour")
    per_hour = [_counters(h, HOUR_COUNTERS) for h in hours]
    totals = {name: sum(counts[name] for counts in per_hour) for name in HOUR_COUNTERS}
    clicked = {row.link_index: row for row in await LinkClicks.filter(campaign_id=campaign_id)}
    links = await CampaignLink.filter(campaign_id=campaign_id).order_by("index")
    return CampaignStats(
        campaign_id=campaign_id,
        messages=await delivery(campaign_id),
        opens=_activity(totals, "opens"),
        clicks=_activity(totals, "clicks"),
        unsubscribes=totals["unsubscribes"],
        links=[
            LinkStats(
                index=link.index,
                url=link.url,
                clicks=_activity(_counters(clicked.get(link.index), LINK_COUNTERS), "clicks"),
            )
            for link in links
        ],
        hours=[
            HourStats(
                hour=datetime.fromtimestamp(h.hour * 3600, UTC),
                opens=_activity(counts, "opens"),
                clicks=_activity(counts, "clicks"),
                unsubscribes=h.unsubscribes,
            )
            for h, counts in zip(hours, per_hour, strict=True)
        ],
    )
