"""What the pipeline knows about a campaign's delivery: its messages by status and why
some were skipped. Opens, clicks and unsubscribes are the tracking package's (it calls this
for the message side of its stats)."""

from __future__ import annotations

from pydantic import BaseModel, Field
from tortoise.functions import Count

from campaigns.models import Message, MessageStatus


class Delivery(BaseModel):
    total: int = Field(description="message rows: one per planned recipient")
    queued: int = 0
    sending: int = 0
    sent: int = 0
    failed: int = 0
    bounced: int = 0
    skipped: int = 0
    skip_reasons: dict[str, int] = Field(
        default_factory=dict, description="skipped messages by reason (campaigns.models.SkipReason)"
    )


async def delivery(campaign_id: int) -> Delivery:
    """The campaign's messages counted by status and skip reason (two grouped counts)."""
    by_status = (
        await Message.filter(campaign_id=campaign_id)
        .annotate(count=Count("id"))
        .group_by("status")
        .values_list("status", "count")
    )
    reasons = (
        await Message.filter(campaign_id=campaign_id, status=MessageStatus.SKIPPED)
        .annotate(count=Count("id"))
        .group_by("skip_reason")
        .values_list("skip_reason", "count")
    )
    counts = {str(MessageStatus(status)): count for status, count in by_status}
    return Delivery(total=sum(counts.values()), **counts, skip_reasons=dict(reasons))
