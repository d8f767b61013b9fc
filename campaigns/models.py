"""Templates, segments, campaigns, their links and one message row per recipient."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class CampaignStatus(StrEnum):
    DRAFT = "draft"  # being edited
    SCHEDULED = "scheduled"  # waits for send_at
    SENDING = "sending"  # planned and being sent
    PAUSED = "paused"  # by a person or by the error-rate guard; resumable
    SENT = "sent"  # every message row is final
    CANCELLED = "cancelled"  # stopped for good; unsent rows are skipped


class MessageStatus(StrEnum):
    QUEUED = "queued"  # planned, not yet handed to SMTP
    SENDING = "sending"  # handed to a sender; becomes sent/failed/bounced after the reply
    SENT = "sent"  # the relay accepted it (2xx)
    FAILED = "failed"  # gave up after transient errors, or the campaign was cancelled
    BOUNCED = "bounced"  # a permanent (5xx) refusal: the address is suppressed
    SKIPPED = "skipped"  # consent withdrawn, suppressed or restricted after planning (see reason)


class Template(Model):
    """A marketer-written email: Jinja2 subject, HTML and optional text, in a layout."""

    id = fields.IntField(primary_key=True)
    workspace_id = fields.IntField(db_index=True)
    name = fields.CharField(max_length=200)
    subject = fields.CharField(max_length=998)
    html = fields.TextField()
    text = fields.TextField(default="")  # generated from the HTML when empty
    # A layout is a template whose html has {{ content }} where the body goes.
    is_layout = fields.BooleanField(default=False)
    layout_id = fields.IntField(null=True)  # a Template with is_layout, same workspace
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "templates"


class Segment(Model):
    """A saved rule tree over contacts (see campaigns/segments.py for the grammar)."""

    id = fields.IntField(primary_key=True)
    workspace_id = fields.IntField(db_index=True)
    name = fields.CharField(max_length=200)
    rules = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "segments"


class Campaign(Model):
    id = fields.IntField(primary_key=True)
    workspace_id = fields.IntField(db_index=True)
    name = fields.CharField(max_length=200)
    template: fields.ForeignKeyRelation[Template] = fields.ForeignKeyField(
        "models.Template", related_name="campaigns", on_delete=fields.RESTRICT
    )
    segment_ids = fields.JSONField(default=list)  # the audience: these segments ...
    topic_ids = fields.JSONField(default=list)  # ... and/or these topics
    from_name = fields.CharField(max_length=200, default="")
    from_email = fields.CharField(max_length=320, default="")
    reply_to = fields.CharField(max_length=320, default="")
    status = fields.CharEnumField(CampaignStatus, max_length=16, default=CampaignStatus.DRAFT)
    send_at = fields.DatetimeField(null=True)  # UTC; `timezone` is what the marketer chose
    timezone = fields.CharField(max_length=64, default="UTC")
    tracking = fields.BooleanField(default=True)  # open pixel and click rewriting
    pause_reason = fields.CharField(max_length=200, default="")
    planned_at = fields.DatetimeField(null=True)  # every message row exists
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "campaigns"


class CampaignLink(Model):
    """A link of a campaign's content; click tokens name its index, never a URL."""

    id = fields.IntField(primary_key=True)
    campaign: fields.ForeignKeyRelation[Campaign] = fields.ForeignKeyField(
        "models.Campaign", related_name="links", on_delete=fields.CASCADE
    )
    index = fields.IntField()
    url = fields.TextField()

    class Meta:
        table = "campaign_links"
        unique_together = (("campaign", "index"),)


class Message(Model):
    """One campaign's message to one contact: who got what, and what the relay said."""

    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField()
    campaign: fields.ForeignKeyRelation[Campaign] = fields.ForeignKeyField(
        "models.Campaign", related_name="messages", on_delete=fields.CASCADE
    )
    contact_id = fields.BigIntField(db_index=True)
    status = fields.CharEnumField(MessageStatus, max_length=16, default=MessageStatus.QUEUED)
    skip_reason = fields.CharField(max_length=64, default="")
    smtp_reply = fields.TextField(default="")
    message_id = fields.CharField(max_length=255, default="")  # the Message-ID header
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)  # for transient (4xx) retries
    queued_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "messages"
        unique_together = (("campaign", "contact_id"),)
        indexes = (("campaign", "status", "id"),)
