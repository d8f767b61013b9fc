"""Captured mail is personal data: it is exported with the person and erased with them."""

from __future__ import annotations

from typing import Any

from crm.models.mail import CapturedMail
from crm.privacy.hooks import eraser, exporter


@exporter("captured_mail")
async def export_captured(workspace_id: int, contact_ids: list[int]) -> list[dict[str, Any]]:
    rows = await CapturedMail.filter(workspace_id=workspace_id, contact_id__in=contact_ids)
    return [
        {"subject": m.subject, "to": m.rcpt_to, "at": m.created_at.isoformat()}
        for m in sorted(rows, key=lambda m: m.id)
    ]


@eraser("captured_mail")
async def erase_captured(workspace_id: int, contact_ids: list[int], email_hash: str) -> int:
    return await CapturedMail.filter(workspace_id=workspace_id, contact_id__in=contact_ids).delete()
