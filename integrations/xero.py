"""Xero: thin notifications signed with the webhook key (`x-xero-signature`); the contact or
invoice they name is read from the Accounting API.

Xero checks an endpoint with "intent to receive" deliveries holding no events, some signed
correctly (they must get 200) and some not (401); the receiver needs nothing special for
them. Only sales invoices (ACCREC) are kept: bills from suppliers are not purchases.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, SecretStr

from crm.contacts.schemas import ContactIn
from integrations import notices, rest, signatures
from integrations.base import Context, Delivery, Incoming, Processor, read_json
from integrations.errors import MalformedEvent
from integrations.mapping import Person, Purchase, contact_in, dig, items, money, parse_time
from integrations.models import OrderKind, OrderStatus
from integrations.notices import Notice
from integrations.oauth import OAuthConfig

API = "https://api.xero.com/api.xro/2.0"
_STATUS = {
    "DRAFT": OrderStatus.DRAFT,
    "SUBMITTED": OrderStatus.DRAFT,
    "AUTHORISED": OrderStatus.PENDING,
    "PAID": OrderStatus.PAID,
    "VOIDED": OrderStatus.CANCELLED,
    "DELETED": OrderStatus.CANCELLED,
}


class XeroConfig(OAuthConfig):
    tenant_id: str = Field(
        pattern=r"^[0-9a-fA-F-]{36}$", description="the organisation's tenant id (a UUID)"
    )
    webhook_key: SecretStr = Field(min_length=1, description="the key that signs its webhooks")


class XeroReceiver:
    signing_secret = "webhook_key"

    def verify(self, delivery: Delivery, secrets: list[str], settings: dict[str, Any]) -> None:
        signatures.base64_matches(delivery.headers.get("x-xero-signature"), delivery.body, secrets)

    def parse(self, delivery: Delivery) -> list[Incoming]:
        body = read_json(delivery.body)
        events = body.get("events") if isinstance(body, dict) else None
        if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
            raise MalformedEvent("the body has no list of events")
        found = []
        for event in events:
            change = notices.notice(
                event.get("tenantId"),
                event.get("eventCategory"),
                event.get("resourceId"),
                event.get("eventType"),
                event,
            )
            # Xero events have no id: the change and its time are the identity.
            upstream_id = (
                f"{change.account}:{change.topic}:{change.entity_id}:{event.get('eventDateUtc')}"
            )
            found.append(change.incoming(upstream_id, parse_time(event.get("eventDateUtc"))))
        return found


def _headers(ctx: Context) -> dict[str, str]:
    return {"Xero-tenant-id": str(ctx.integration.settings["tenant_id"])}


def _contact(contact: dict[str, Any]) -> ContactIn | None:
    phones = {p.get("PhoneType"): p for p in contact.get("Phones") or [] if isinstance(p, dict)}
    phone = phones.get("MOBILE") or phones.get("DEFAULT") or {}
    number = "".join(
        str(phone.get(key) or "") for key in ("PhoneCountryCode", "PhoneAreaCode", "PhoneNumber")
    )
    addresses = {
        a.get("AddressType"): a for a in contact.get("Addresses") or [] if isinstance(a, dict)
    }
    address = addresses.get("STREET") or addresses.get("POBOX") or {}
    return contact_in(
        contact.get("EmailAddress"),
        first_name=contact.get("FirstName"),
        last_name=contact.get("LastName"),
        # Xero's Name is the display name: a company, or the person again.
        company=contact.get("Name") if contact.get("Name") != _full_name(contact) else None,
        phone=f"+{number}" if phone.get("PhoneCountryCode") else number,
        address={
            "line1": address.get("AddressLine1"),
            "line2": address.get("AddressLine2"),
            "city": address.get("City"),
            "region": address.get("Region"),
            "postal_code": address.get("PostalCode"),
        },
        country=address.get("Country"),
        external_ids={"xero": str(contact["ContactID"])},
        source="xero",
    )


def _full_name(contact: dict[str, Any]) -> str:
    return f"{contact.get('FirstName') or ''} {contact.get('LastName') or ''}".strip()


async def _read_contact(ctx: Context, api: rest.Client, contact_id: str) -> dict[str, Any]:
    return dict((await api.get(f"{API}/Contacts/{contact_id}", _headers(ctx)))["Contacts"][0])


async def _contact_changed(ctx: Context) -> list[Person]:
    async with rest.Client(ctx.integration) as api:
        contact = await _read_contact(ctx, api, Notice.of(ctx.payload).entity_id)
    found = _contact(contact)
    if found is None:
        return ctx.ignore("the contact has no valid email address")
    return [Person(found, parse_time(contact.get("UpdatedDateUTC")) or ctx.event.received_at)]


async def _invoice(ctx: Context) -> list[Person]:
    async with rest.Client(ctx.integration) as api:
        invoice_id = Notice.of(ctx.payload).entity_id
        invoice = (await api.get(f"{API}/Invoices/{invoice_id}", _headers(ctx)))["Invoices"][0]
        if invoice.get("Type") != "ACCREC":
            return ctx.ignore("a bill from a supplier, not a sale")
        contact = await _read_contact(ctx, api, str(dig(invoice, "Contact", "ContactID")))
    updated = parse_time(invoice.get("UpdatedDateUTC")) or ctx.event.received_at
    purchase = Purchase(
        OrderKind.INVOICE,
        str(invoice["InvoiceID"]),
        _STATUS.get(str(invoice.get("Status")), OrderStatus.PENDING),
        updated,
        number=str(invoice.get("InvoiceNumber") or ""),
        currency=str(invoice.get("CurrencyCode") or ""),
        total=money(invoice.get("Total")),
        placed_at=parse_time(invoice.get("DateString") or invoice.get("Date")),
        items=items(invoice.get("LineItems"), "Description", "Quantity", "LineAmount"),
    )
    observed = parse_time(contact.get("UpdatedDateUTC")) or updated
    return [Person(_contact(contact), observed, None, (purchase,))]


async def process(ctx: Context) -> list[Person]:
    """The people and invoices one Xero notification names, read from the API."""
    return await notices.process(ctx, "tenant_id", _TOPICS)


_TOPICS: dict[str, Processor] = {
    "contact.create": _contact_changed,
    "contact.update": _contact_changed,
    "invoice.create": _invoice,
    "invoice.update": _invoice,
}
