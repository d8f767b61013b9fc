"""Who got what: a campaign's message rows a page at a time, each with its recipient's
address as it is now (None once the person is erased). Showing them is a read of those
contacts, so each page is written to the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from campaigns.models import Message, MessageStatus
from crm import audit
from crm.models import Contact
from crm.principal import Principal


@dataclass(frozen=True)
class Recipient:
    message: Message
    email: str | None  # None: erased since


async def page(
    principal: Principal,
    campaign_id: int,
    *,
    status: MessageStatus | None = None,
    after: int = 0,
    limit: int = 50,
) -> tuple[list[Recipient], int | None]:
    """Up to `limit` messages of the campaign after message id `after`, oldest first, and
    the id to continue after (None on the last page)."""
    query = Message.filter(campaign_id=campaign_id, id__gt=after)
    if status is not None:
        query = query.filter(status=status)
    rows = await query.order_by("id").limit(limit + 1)
    more, rows = len(rows) > limit, rows[:limit]
    emails = dict(
        await Contact.filter(
            id__in=[m.contact_id for m in rows], erased_at__isnull=True
        ).values_list("id", "email")
    )
    await audit.record_reads(principal, "contact", sorted(emails))
    recipients = [Recipient(m, emails.get(m.contact_id)) for m in rows]
    return recipients, rows[-1].id if more else None
