"""Open and click events, each classified as a person or a machine with the reason."""

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
    human = fields.BooleanField()  # agent == human, kept as a column for indexed filters
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
