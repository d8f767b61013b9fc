"""Erasure: remove a person's data everywhere, keep pseudonymous proof, block re-consent.

After erasure the contact row remains with every personal field blanked (its id is what the
ledger and the audit log point at), the ledger keeps its hashes but loses its clear evidence,
the address survives only as a keyed hash on the suppression list, and every registered
eraser (messages, tracking, webhook payloads, audiences) has run in the same transaction.
"""

from __future__ import annotations

from typing import Any

from tortoise.transactions import in_transaction

from crm import audit, clock, events
from crm.consent import ledger, suppression
from crm.models import (
    ConsentAction,
    ConsentEvidence,
    ConsentSource,
    Contact,
    ContactTag,
    ExternalId,
    SuppressionReason,
)
from crm.principal import Principal
from crm.privacy.hooks import ERASERS

ERASED_DOMAIN = "erased.invalid"  # RFC 2606: can never be a real mailbox
_BLANK = {
    "first_name": "",
    "last_name": "",
    "phone": "",
    "company": "",
    "address_line1": "",
    "address_line2": "",
    "city": "",
    "region": "",
    "postal_code": "",
    "country": "",
    "locale": "",
    "timezone": "",
    "custom": {},
    "field_times": {},
    "orders_count": 0,
    "total_spent": 0,
    "currency": "",
    "first_order_at": None,
    "last_order_at": None,
}


def erased_email(contact_id: int) -> str:
    return f"erased-{contact_id}@{ERASED_DOMAIN}"


async def erase(actor: Principal, contact: Contact) -> dict[str, Any]:
    """Erase the person behind `contact` (and the contacts merged into it)."""
    family = [contact, *await Contact.filter(merged_into_id=contact.id)]
    ids = [c.id for c in family]
    summary: dict[str, Any] = {"contacts": len(ids)}
    async with in_transaction():
        # 1. the proof that consent ended, while the chain still has its evidence
        for member in family:
            await ledger.transition(
                actor, member, ConsentAction.WITHDRAWN, ConsentSource.ADMIN, {"reason": "erasure"}
            )
        # 2. the keyed hash that stops a webhook or import from re-consenting them
        digest = await suppression.email_hash(contact.workspace_id, contact.email)
        for member in family:
            await suppression.add(contact.workspace_id, member.email, SuppressionReason.ERASED)
        # 3. the clear evidence (IPs, user agents, wording); its hash stays in the ledger
        summary["evidence"] = await ConsentEvidence.filter(contact_id__in=ids).delete()
        summary["tags"] = await ContactTag.filter(contact_id__in=ids).delete()
        summary["external_ids"] = await ExternalId.filter(contact_id__in=ids).delete()
        for name, fn in sorted(ERASERS.items()):
            summary[name] = await fn(contact.workspace_id, ids, digest)
        now = clock.now()
        for member in family:
            await Contact.filter(id=member.id).update(
                **_BLANK, email=erased_email(member.id), erased_at=now, updated_at=now
            )
        await audit.record(actor, "contact.erase", "contact", contact.id, merged=ids[1:])
        # After the erasers, which remove pending announcements naming the person: this one
        # names no one but the contact id.
        await events.emit(contact.workspace_id, events.CONTACT_ERASED, {"contact_id": contact.id})
    return summary
