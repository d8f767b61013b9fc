"""Messages are personal data: what was sent to a person is in their export, and erasure
removes what could identify them (the relay's reply may quote the address). The rows stay,
without personal data, so a campaign's counts do not change after an erasure. Message rows
hold no body: the rendered message is never stored (captured mail is crm.mail's)."""

from __future__ import annotations

from typing import Any

from campaigns.models import Campaign, Message
from crm.privacy.hooks import eraser, exporter


@exporter("messages")
async def export_messages(workspace_id: int, contact_ids: list[int]) -> list[dict[str, Any]]:
    rows = await Message.filter(workspace_id=workspace_id, contact_id__in=contact_ids).order_by(
        "id"
    )
    names = dict(
        await Campaign.filter(id__in={m.campaign_id for m in rows}).values_list("id", "name")  # type: ignore[attr-defined]
    )
    return [
        {
            "campaign": names.get(m.campaign_id),  # type: ignore[attr-defined]
            "status": m.status,
            "skip_reason": m.skip_reason,
            "message_id": m.message_id,
            "queued_at": m.queued_at.isoformat(),
            "sent_at": m.sent_at.isoformat() if m.sent_at else None,
            "smtp_reply": m.smtp_reply,
        }
        for m in rows
    ]


@eraser("messages")
async def erase_messages(workspace_id: int, contact_ids: list[int], email_hash: str) -> int:
    return await Message.filter(workspace_id=workspace_id, contact_id__in=contact_ids).update(
        smtp_reply=""
    )
