"""Data subject requests: file one, carry it out, and keep the record with its deadline.

Every right is carried out at once when filed through the API (nothing here needs a human
in the loop), so `completed_at` is normally seconds after `received_at`; the deadline is
still recorded, because a request may arrive by letter and be entered days later.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from crm import audit, clock
from crm.consent import ledger
from crm.contacts import service
from crm.contacts.schemas import ContactPatch
from crm.models import (
    ConsentAction,
    ConsentSource,
    Contact,
    PrivacyRequest,
    Purpose,
)
from crm.models.privacy import Jurisdiction, RequestStatus, RequestType
from crm.principal import Principal
from crm.privacy import deadlines, erasure, export

# GDPR art. 21(2)-(3): an objection to direct marketing ends every marketing purpose.
MARKETING_PURPOSES = (Purpose.EMAIL_MARKETING, Purpose.ADS, Purpose.PROFILING)


async def withdraw(
    actor: Principal, contact: Contact, purposes: tuple[Purpose, ...], why: str
) -> int:
    """Withdraw every live consent of these purposes (topics included); returns how many."""
    source = ConsentSource.ADMIN if actor.kind == "user" else ConsentSource.API
    return await ledger.transition(
        actor, contact, ConsentAction.WITHDRAWN, source, {"reason": why}, purposes=purposes
    )


async def file(
    actor: Principal,
    contact: Contact,
    kind: RequestType,
    jurisdiction: Jurisdiction,
    *,
    received_at: datetime | None = None,
    changes: ContactPatch | None = None,
    notes: str = "",
) -> tuple[PrivacyRequest, dict[str, Any] | None]:
    """Record the request and carry it out; returns the row and, for access, the document."""
    received = received_at or clock.now()
    request = await PrivacyRequest.create(
        workspace_id=actor.workspace_id,
        contact_id=contact.id,
        type=kind,
        jurisdiction=jurisdiction,
        received_at=received,
        due_at=deadlines.due_at(jurisdiction, received),
        requested_by=actor.label,
        notes=notes,
    )
    document = None
    async with in_transaction():
        if kind in (RequestType.ACCESS, RequestType.PORTABILITY):
            document = await export.document(contact)
            result: dict[str, Any] = {"sections": sorted(document)}
        elif kind == RequestType.RECTIFICATION:
            updated = await service.update(actor, contact.id, changes or ContactPatch())
            result = {"fields": sorted((changes or ContactPatch()).model_fields_set)}
            contact = updated
        elif kind == RequestType.ERASURE:
            result = await erasure.erase(actor, contact)
        elif kind == RequestType.RESTRICTION:
            await Contact.filter(id=contact.id).update(restricted_at=clock.now())
            result = {"restricted": True}
        elif kind == RequestType.OBJECTION:
            result = {"withdrawn": await withdraw(actor, contact, MARKETING_PURPOSES, "objection")}
        else:  # OPT_OUT_SALE
            await Contact.filter(id=contact.id).update(sale_opt_out_at=clock.now())
            result = {
                "withdrawn": await withdraw(actor, contact, (Purpose.ADS,), "opt-out of sale")
            }
        request.status = RequestStatus.COMPLETED
        request.completed_at = clock.now()
        request.result = result
        await request.save()
        await audit.record(
            actor, f"privacy.{kind.value}", "contact", contact.id, request=request.id
        )
    return request, document


async def lift_restriction(actor: Principal, contact: Contact) -> None:
    await Contact.filter(id=contact.id).update(restricted_at=None)
    await audit.record(actor, "privacy.restriction_lifted", "contact", contact.id)


def overdue(request: PrivacyRequest) -> bool:
    return request.status == RequestStatus.RECEIVED and request.due_at < clock.now()
