"""People from upstream into contacts, with their consent and purchases.

Contacts are upserted by normalized email and the provider's id under the precedence rule
(newer observations win field by field). An address erased after the event was observed is
left out entirely: a webhook retried after an erasure must not bring the person back.
"""

from __future__ import annotations

from crm import audit
from crm.consent import suppression
from crm.contacts import service
from crm.errors import Conflict
from crm.models import Contact, ExternalId, SuppressionReason
from integrations import consent, orders
from integrations.base import Context
from integrations.mapping import Person
from integrations.models import IntegrationContact


async def save(ctx: Context, person: Person) -> None:
    """Write one person: the contact, its link to the integration, consent, purchases."""
    contact = None
    if person.contact is not None:
        contact = await _upsert(ctx, person)
        if contact is None:
            return
        ctx.contact_ids.append(contact.id)
        await IntegrationContact.bulk_create(
            [IntegrationContact(integration_id=ctx.integration.id, contact_id=contact.id)],
            ignore_conflicts=True,
        )
        if person.consent is not None:
            await consent.apply(ctx, contact, person.consent)
    touched = set()
    for purchase in person.purchases:
        order = await orders.save(ctx.integration, contact.id if contact else None, purchase)
        if order is not None and order.contact_id is not None:
            touched.add(order.contact_id)
    for contact_id in sorted(touched):
        await orders.rollup(contact_id)


async def _upsert(ctx: Context, person: Person) -> Contact | None:
    assert person.contact is not None
    data = person.contact
    reasons = await suppression.reasons(ctx.integration.workspace_id, data.email)
    erased = reasons.get(SuppressionReason.ERASED)
    if erased is not None and person.observed_at <= erased:
        ctx.note(f"left out a person erased at {erased.isoformat()}: the event is older")
        return None
    try:
        result = await service.upsert(ctx.actor, data, person.observed_at)
    except Conflict as exc:
        # The upstream id already names another contact (an address changed upstream, or two
        # contacts merged here): keep the person by email and leave the link where it is.
        ctx.note(f"{exc.message}; matched by email only")
        result = await service.upsert(
            ctx.actor, data.model_copy(update={"external_ids": {}}), person.observed_at
        )
    return result.contact


async def unlink(ctx: Context, external_id: str) -> None:
    """Forget the provider's id of a customer deleted upstream; the contact stays.

    Deleting a customer in a shop or a ledger is bookkeeping, not the person's request to be
    forgotten (that arrives as an erasure: Shopify's customers/redact, or the CRM's own).
    """
    provider = ctx.integration.provider.value
    link = await ExternalId.get_or_none(
        workspace_id=ctx.integration.workspace_id, provider=provider, external_id=external_id
    )
    if link is None:
        ctx.ignore(f"no contact has {provider} id {external_id}")
        return
    await link.delete()
    ctx.contact_ids.append(link.contact_id)
    await audit.record(
        ctx.actor, "contact.unlink", "contact", link.contact_id, provider=provider, id=external_id
    )
