"""Templates, segments, campaigns, their links and one message row per recipient."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

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
    FAILED = "failed"  # a 5xx that is not the address's fault, or 4xx until attempts ran out
    BOUNCED = "bounced"  # the relay refused the address for good (hard bounce): suppressed
    SKIPPED = "skipped"  # not sent, and never will be: see SkipReason


class SkipReason(StrEnum):
    """Why a planned message was not sent (Message.skip_reason)."""

    CONSENT = "consent_withdrawn"  # no email-marketing consent any more (or not confirmed)
    TOPIC = "left_topic"  # left every topic the campaign goes out on
    RESTRICTED = "restricted"  # processing restricted (GDPR art. 18)
    ERASED = "erased"  # the person was erased, or merged into another contact
    SUPPRESSED = "suppressed"  # the address bounced, complained or unsubscribed since planning
    UNSUBSCRIBED = "unsubscribed"  # left through a link of another message (tracking/)
    CANCELLED = "campaign_cancelled"  # the campaign was cancelled before it was sent


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
    rules: fields.JSONField[Any] = fields.JSONField()
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
    template_id: int  # the column behind `template`
    segment_ids: fields.JSONField[list[Any]] = fields.JSONField(
        default=list
    )  # the audience: these segments ...
    topic_ids: fields.JSONField[list[Any]] = fields.JSONField(
        default=list
    )  # ... and/or these topics
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
    campaign_id: int  # the column behind `campaign`
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
    campaign_id: int  # the column behind `campaign`
    contact_id = fields.BigIntField(db_index=True)
    status = fields.CharEnumField(MessageStatus, max_length=16, default=MessageStatus.QUEUED)
    skip_reason = fields.CharField(max_length=64, default="")
    smtp_reply = fields.TextField(default="")
    message_id = fields.CharField(max_length=255, default="")  # the Message-ID header
    attempts = fields.IntField(default=0)  # hand-overs to a sender, the current one included
    # Queued: when a transient (4xx) retry may go. Sending: when the sender's lease ends; past
    # it the sender is presumed dead and the message is in doubt (campaigns/sender.py).
    next_attempt_at = fields.DatetimeField(null=True)
    queued_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "messages"
        unique_together = (("campaign", "contact_id"),)
        indexes = (("campaign", "status", "id"),)


class CampaignSend(Model):
    """What a campaign froze when it started sending, and how far its planner got."""

    campaign: fields.OneToOneRelation[Campaign] = fields.OneToOneField(
        "models.Campaign", related_name="send", on_delete=fields.CASCADE, primary_key=True
    )
    campaign_id: int  # the column behind `campaign`
    # The content every recipient gets (campaigns/content.py: Content.to_json), so an edit of
    # the template never changes a campaign half-way through.
    content: fields.JSONField[Any] = fields.JSONField()
    nonce = fields.CharField(max_length=32)  # in every Message-ID of the campaign
    plan_cursor = fields.BigIntField(default=0)  # the last contact id planned: a re-run resumes
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "campaign_sends"


class SenderProfile(Model):
    """How a workspace sends: its postal address (every footer), its rate limit, its DKIM key.

    A workspace without a row has no postal address yet, so it cannot schedule a campaign.
    """

    id = fields.IntField(primary_key=True)
    workspace_id = fields.IntField(unique=True)
    postal_address = fields.TextField(default="")  # shown in every footer (CAN-SPAM, ePrivacy)
    messages_per_second = fields.IntField(default=0)  # 0: only the global limit applies
    dkim_domain = fields.CharField(max_length=253, default="")  # d= of the signature
    dkim_selector = fields.CharField(max_length=63, default="")  # s=: <s>._domainkey.<d> in DNS
    dkim_private_key = fields.TextField(default="")  # PEM, sealed (campaigns/dkim.py)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "sender_profiles"


class SendRate(Model):
    """One rate limit's state in the database (campaigns/ratelimit.py, when there is no Redis):
    the theoretical arrival time of the next message, in seconds since the epoch."""

    key = fields.CharField(max_length=64, primary_key=True)
    tat = fields.FloatField(default=0)

    class Meta:
        table = "send_rates"
