"""Fortnox: events from its WebSocket Topics API (see fortnox_topics.py) name an invoice, an
invoice payment or a customer; the entity is read from the REST API.

Event types are `<entity>-<what>-v<n>` (`invoice-created-v1`, `invoicepayment-bookkeep-v1`,
`customer-deleted-v1`) and are stored as the topic `<entity>.<what>`. Fortnox entities carry
no change time, so the event's own timestamp orders their versions (Fortnox guarantees the
order within a topic). An invoice never grants marketing consent.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from crm.contacts.schemas import ContactIn
from integrations import notices, people, rest
from integrations.base import Context, Incoming, Processor
from integrations.mapping import Person, Purchase, contact_in, items, money, parse_time, split_name
from integrations.models import OrderKind, OrderStatus
from integrations.notices import Notice
from integrations.oauth import OAuthConfig

API = "https://api.fortnox.se/3"
TOPICS = ("invoices", "customers")  # the Topics read; others are not about customers


class FortnoxConfig(OAuthConfig):
    tenant_id: int = Field(ge=1, description="the Fortnox tenant (company) id")


def incoming(event: dict[str, Any]) -> Incoming:
    """The inbox event for one Topics event; its topic and offset are its identity."""
    entity, _, what = str(event.get("type") or "").rsplit("-", 1)[0].rpartition("-")
    found = notices.notice(event.get("tenantId"), entity, event.get("entityId"), what, event)
    return found.incoming(
        f"{event.get('topic')}:{event.get('offset')}", parse_time(event.get("timestamp"))
    )


def _contact(customer: dict[str, Any]) -> ContactIn | None:
    company = customer.get("Type") == "COMPANY"
    first, last = ("", "") if company else split_name(customer.get("Name"))
    return contact_in(
        customer.get("Email"),
        first_name=first,
        last_name=last,
        company=customer.get("Name") if company else None,
        phone=customer.get("Phone1") or customer.get("Phone2"),
        address={
            "line1": customer.get("Address1"),
            "line2": customer.get("Address2"),
            "city": customer.get("City"),
            "postal_code": customer.get("ZipCode"),
        },
        country=customer.get("CountryCode"),
        external_ids={"fortnox": str(customer["CustomerNumber"])},
        source="fortnox",
    )


def _when(ctx: Context) -> Any:
    return ctx.event.occurred_at or ctx.event.received_at


async def _customer(ctx: Context) -> list[Person]:
    async with rest.Client(ctx.integration) as api:
        customer = (await api.get(f"{API}/customers/{Notice.of(ctx.payload).entity_id}"))[
            "Customer"
        ]
    contact = _contact(customer)
    if contact is None:
        return ctx.ignore("the customer has no valid email address")
    return [Person(contact, _when(ctx))]


async def _customer_deleted(ctx: Context) -> list[Person]:
    await people.unlink(ctx, Notice.of(ctx.payload).entity_id)
    return []


async def _read_invoice(ctx: Context, api: rest.Client, number: str) -> Person:
    invoice = (await api.get(f"{API}/invoices/{number}"))["Invoice"]
    total, balance = money(invoice.get("Total")), money(invoice.get("Balance"))
    if invoice.get("Cancelled"):
        status = OrderStatus.CANCELLED
    elif total > 0 and balance == 0:
        status = OrderStatus.PAID
    else:
        status = OrderStatus.PENDING
    purchase = Purchase(
        OrderKind.INVOICE,
        str(invoice["DocumentNumber"]),
        status,
        _when(ctx),
        number=str(invoice["DocumentNumber"]),
        currency=str(invoice.get("Currency") or ""),
        total=total,
        placed_at=parse_time(invoice.get("InvoiceDate")),
        items=items(invoice.get("InvoiceRows"), "Description", "DeliveredQuantity", "Price"),
    )
    customer = (await api.get(f"{API}/customers/{invoice['CustomerNumber']}"))["Customer"]
    return Person(_contact(customer), _when(ctx), None, (purchase,))


async def _invoice(ctx: Context) -> list[Person]:
    async with rest.Client(ctx.integration) as api:
        return [await _read_invoice(ctx, api, Notice.of(ctx.payload).entity_id)]


async def _payment(ctx: Context) -> list[Person]:
    # The entity of a payment event is the payment; the invoice it pays is read through it.
    async with rest.Client(ctx.integration) as api:
        payment_id = Notice.of(ctx.payload).entity_id
        payment = (await api.get(f"{API}/invoicepayments/{payment_id}"))["InvoicePayment"]
        return [await _read_invoice(ctx, api, str(payment["InvoiceNumber"]))]


async def process(ctx: Context) -> list[Person]:
    """The people and invoices one Fortnox event names, read from the REST API."""
    return await notices.process(ctx, "tenant_id", _TOPICS)


_TOPICS: dict[str, Processor] = {
    "customer.created": _customer,
    "customer.updated": _customer,
    "customer.deleted": _customer_deleted,
    "invoice.created": _invoice,
    "invoice.updated": _invoice,
    "invoice.bookkeep": _invoice,
    "invoice.cancel": _invoice,
    "invoice.credit": _invoice,
    "invoice.deleted": notices.invoice_gone,
    "invoicepayment.created": _payment,
    "invoicepayment.updated": _payment,
    "invoicepayment.bookkeep": _payment,
}
