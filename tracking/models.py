"""Open and click events, each classified as a person or a machine with the reason; the
counters that campaign stats read instead of the events; each workspace's tracking settings."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class EventKind(StrEnum):
    OPEN = "open"
    CLICK = "click"


class Agent(StrEnum):
    """Who (or what) most likely caused the event."""

    HUMAN = "human"
    APPLE_MPP = "apple_mpp"  # Apple Mail Privacy Protection prefetching images
    IMAGE_PROXY = "image_proxy"  # e.g. Gmail's image proxy fetching on the reader's behalf
    SCANNER = "scanner"  # a security gateway following links
    PREFETCH = "prefetch"  # link previews, HEAD requests, speculative loads


class TrackingEvent(Model):
    """One open or click. Segments read it by table name (`tracking_events`), for engagement
    rules on human activity; its IP and user agent are dropped after the workspace's
    retention period."""

    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField()
    campaign_id = fields.IntField()
    message_id = fields.BigIntField()
    contact_id = fields.BigIntField()
    kind = fields.CharEnumField(EventKind, max_length=8)
    link_index = fields.IntField(null=True)  # clicks only
    agent = fields.CharEnumField(Agent, max_length=16)
    # A person caused it: agent human, or an image proxy fetching as the reader opens the
    # message (tracking/classify.py: PEOPLE); kept as a column for indexed filters.
    human = fields.BooleanField()
    reason = fields.CharField(max_length=200, default="")  # why it was classified so
    ip = fields.CharField(max_length=64, default="")  # truncated per workspace setting
    user_agent = fields.CharField(max_length=500, default="")
    at = fields.DatetimeField()

    class Meta:
        table = "tracking_events"
        indexes = (
            ("workspace_id", "contact_id", "kind", "human", "at"),  # segment engagement rules
            ("campaign_id", "kind", "at"),  # campaign stats over time
            ("workspace_id", "at"),  # retention of IPs and user agents
        )


class TrackingHit(Model):
    """An open or click as the web process saw it, waiting to become a TrackingEvent.

    Web processes only classify what the request shows and copy hits here in batches (cheap);
    the `tracking.process_hits` task resolves the message, applies the delivery-time rule,
    adds to the counters and writes the event, deleting the hit in the same transaction. The
    IP is already cut as the workspace chose: a full address never reaches the database
    unless the workspace keeps them.
    """

    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField()
    message_id = fields.BigIntField()
    kind = fields.CharEnumField(EventKind, max_length=8)
    link_index = fields.IntField(null=True)
    agent = fields.CharEnumField(Agent, max_length=16)  # from the request alone
    reason = fields.CharField(max_length=200)
    ip = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=500, default="")
    # Seconds since the epoch, not a timestamp: COPY encodes a float at a third of the cost,
    # paid by the web process on every hit; the processor makes the event's datetime.
    at = fields.FloatField()

    class Meta:
        table = "tracking_hits"
        indexes = (("message_id",),)  # erasure finds a person's hits by their messages


class IpMode(StrEnum):
    """How much of a reader's IP address an open or a click keeps."""

    FULL = "full"
    TRUNCATED = "truncated"  # IPv4 /24, IPv6 /48: the network, not the household
    NONE = "none"  # no address at all


class TrackingSettings(Model):
    """A workspace's tracking choices; a workspace without a row has the defaults."""

    id = fields.IntField(primary_key=True)
    workspace_id = fields.IntField(unique=True)
    ip_mode = fields.CharEnumField(IpMode, max_length=16, default=IpMode.TRUNCATED)

    class Meta:
        table = "tracking_settings"


class CampaignHour(Model):
    """What happened to one campaign's messages in one hour, added to as events are written.

    Stats read these rows (one per hour with activity), never the events, so a campaign with
    millions of opens reads as fast as one with ten. Machine totals are total minus human; a
    message both a machine and a person opened counts once in each unique column.
    """

    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField()
    campaign_id = fields.IntField()
    hour = fields.IntField()  # hours since 1970-01-01 UTC: buckets need no time zone arithmetic
    opens = fields.BigIntField(default=0)
    human_opens = fields.BigIntField(default=0)
    unique_opens = fields.BigIntField(default=0)  # messages opened for the first time
    unique_human_opens = fields.BigIntField(default=0)
    unique_machine_opens = fields.BigIntField(default=0)
    clicks = fields.BigIntField(default=0)
    human_clicks = fields.BigIntField(default=0)
    unique_clicks = fields.BigIntField(default=0)
    unique_human_clicks = fields.BigIntField(default=0)
    unique_machine_clicks = fields.BigIntField(default=0)
    unsubscribes = fields.BigIntField(default=0)  # messages whose recipient left through them

    class Meta:
        table = "tracking_campaign_hours"
        unique_together = (("campaign_id", "hour"),)


class LinkClicks(Model):
    """The clicks on one link of a campaign (the hidden honeypot link is not one)."""

    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField()
    campaign_id = fields.IntField()
    link_index = fields.IntField()
    clicks = fields.BigIntField(default=0)
    human_clicks = fields.BigIntField(default=0)
    unique_clicks = fields.BigIntField(default=0)
    unique_human_clicks = fields.BigIntField(default=0)
    unique_machine_clicks = fields.BigIntField(default=0)

    class Meta:
        table = "tracking_link_clicks"
        unique_together = (("campaign_id", "link_index"),)


class FirstSeen(Model):
    """That a message has had some activity (`what`, see tracking/rollups.py), so each unique
    counter counts a message once however often the activity recurs, across processes: the
    insert that creates the row is the one that counts."""

    id = fields.BigIntField(primary_key=True)
    message_id = fields.BigIntField()
    what = fields.CharField(max_length=12)

    class Meta:
        table = "tracking_first_seen"
        unique_together = (("message_id", "what"),)
