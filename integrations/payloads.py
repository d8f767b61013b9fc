"""Raw webhook payloads are personal data: blanked when the person is erased, deleted after
the workspace's `webhook_payload_days`.

Erasure blanks the payload but keeps the row: its upstream id must still recognise a
delivery the provider retries after the erasure (Stripe retries for three days), or the
retry would bring the person back. Retention deletes the whole row, long after any retry.
"""

from __future__ import annotations

from datetime import timedelta

from tortoise.expressions import Q

from crm import clock
from crm.models import Contact, Workspace
from crm.privacy import retention
from crm.privacy.hooks import eraser
from integrations.models import InboxEvent


async def blank(workspace_id: int, contact_ids: list[int], emails: list[str]) -> int:
    """Blank the payloads linked to these contacts or containing one of these addresses."""
    names = [Q(payload__icontains=email) for email in emails if email]
    if contact_ids:
        names.append(Q(contact_id__in=contact_ids))
    if not names:
        return 0
    return await (
        InboxEvent.filter(Q(*names, join_type="OR"), workspace_id=workspace_id)
        .exclude(payload="")
        .update(payload="")
    )


@eraser("webhook_payloads")
async def erase_payloads(workspace_id: int, contact_ids: list[int], email_hash: str) -> int:
    # Erasers run before the contact rows are blanked, so the addresses are still there.
    emails = await Contact.filter(id__in=contact_ids).values_list("email", flat=True)
    return await blank(workspace_id, contact_ids, [str(e) for e in emails])


@retention.step("webhook_payloads")
async def delete_old_payloads(workspace: Workspace) -> int:
    cutoff = clock.now() - timedelta(days=workspace.webhook_payload_days)
    return await InboxEvent.filter(workspace_id=workspace.id, received_at__lt=cutoff).delete()
