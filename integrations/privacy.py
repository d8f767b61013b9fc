"""Privacy requests that arrive from a provider: an access request, a person's erasure, and
the erasure of everyone an uninstalled shop brought.

A person's request is filed and carried out as the CRM's own data subject request, so it is
recorded with its deadline, audited, and erases everywhere (orders, raw payloads, outgoing
deliveries) the way one filed through the API does; a shop's erasure runs that same erasure
for each of its contacts.
"""

from __future__ import annotations

from crm import clock, work
from crm.contacts import service
from crm.models import Contact, ExternalId
from crm.models.privacy import Jurisdiction, RequestType
from crm.principal import system
from crm.privacy import erasure, requests
from integrations import payloads
from integrations.base import Context
from integrations.models import Integration, IntegrationContact, Order, OrderKind

ERASE_INTEGRATION = "integrations.erase_integration_contacts"
ERASE_BATCH = 200  # contacts erased per run: a shop's whole list would outlast the lease


async def find(ctx: Context, external_id: str, email: str | None) -> Contact | None:
    """The live contact behind the provider's customer id, else behind the email."""
    link = await ExternalId.get_or_none(
        workspace_id=ctx.integration.workspace_id,
        provider=ctx.integration.provider.value,
        external_id=external_id,
    )
    if link is not None:
        return await Contact.get_or_none(id=link.contact_id, erased_at__isnull=True)
    if email:
        return await service.find_by_email(ctx.integration.workspace_id, email)
    return None


async def export(ctx: Context, contact: Contact, reference: str) -> None:
    """File and complete an access request; the document is at the contact's export URL."""
    request, _ = await requests.file(
        ctx.actor, contact, RequestType.ACCESS, Jurisdiction.GDPR, notes=reference
    )
    ctx.contact_ids.append(contact.id)
    ctx.note(f"access request {request.id} completed: GET /api/v1/contacts/{contact.id}/export")


async def erase(ctx: Context, contact: Contact | None, emails: list[str], reference: str) -> None:
    """Erase the person; without a contact, still blank the raw payloads that name them."""
    if contact is not None:
        await requests.file(
            ctx.actor, contact, RequestType.ERASURE, Jurisdiction.GDPR, notes=reference
        )
        ctx.note(f"contact {contact.id} erased")
    else:
        ctx.note("no contact matched; raw payloads naming the address were blanked")
    # Deliveries not yet linked to the contact (a failed event, say) are found by address.
    await payloads.blank(ctx.integration.workspace_id, [], emails)


async def erase_orders(ctx: Context, external_ids: list[str]) -> None:
    """Delete the orders a redaction names, whoever they were linked to."""
    if external_ids:
        await Order.filter(
            workspace_id=ctx.integration.workspace_id,
            provider=ctx.integration.provider,
            kind=OrderKind.ORDER,
            external_id__in=external_ids,
        ).delete()


async def erase_integration_contacts(ctx: Context) -> None:
    """Disable the integration and queue the erasure of every contact it brought."""
    await Integration.filter(id=ctx.integration.id).update(disabled_at=clock.now())
    await work.enqueue(ERASE_INTEGRATION, ctx.integration.id)
    ctx.note("integration disabled; its contacts are being erased")


@work.task(ERASE_INTEGRATION)
async def erase_batch(ref: str) -> None:
    """Erase up to ERASE_BATCH contacts of the integration, then queue the rest."""
    integration = await Integration.get(id=int(ref))
    ids = (
        await IntegrationContact.filter(
            integration_id=integration.id, contact__erased_at__isnull=True
        )
        .order_by("contact_id")
        .limit(ERASE_BATCH)
        .values_list("contact_id", flat=True)
    )
    actor = system(integration.workspace_id, f"{integration.provider.value} shop/redact")
    for contact in await Contact.filter(id__in=list(ids)):
        await erasure.erase(actor, contact)
    if len(ids) == ERASE_BATCH:
        await work.enqueue(ERASE_INTEGRATION, integration.id)
