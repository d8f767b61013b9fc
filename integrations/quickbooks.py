"""QuickBooks Online: thin notifications signed with the verifier token (`intuit-signature`),
in the legacy `eventNotifications` format or as a CloudEvents array; the customer, invoice
or payment they name is read from the Accounting API.

An invoice never grants marketing consent. An invoice is paid when its balance is zero; a
payment notification re-reads the invoices it settles.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, SecretStr

from crm.contacts.schemas import ContactIn
from integrations import notices, people, rest, signatures
from integrations.base import Context, Delivery, Incoming, Processor, read_json
from integrations.errors import MalformedEvent
from integrations.mapping import Person, Purchase, contact_in, dig, items, money, parse_time
from integrations.models import OrderKind, OrderStatus
from integrations.notices import Notice
from integrations.oauth import OAuthConfig

API = "https://quickbooks.api.intuit.com"
SANDBOX_API = "https://sandbox-quickbooks.api.intuit.com"
MINOR_VERSION = "75"  # the Accounting API version whose fields are read here
# CloudEvents name operations in the past tense, the legacy format in the present.
_OPERATIONS = {"created": "create", "updated": "update", "deleted": "delete", "voided": "void"}


class QuickBooksConfig(OAuthConfig):
    realm_id: str = Field(pattern=r"^\d{1,32}$", description="the company id (realmId)")
    verifier_token: SecretStr = Field(
        min_length=1, description="the app's webhook verifier token, which signs notifications"
    )
    sandbox: bool = Field(False, description="use the sandbox Accounting API")


class QuickBooksReceiver:
    signing_secret = "verifier_token"

    def verify(self, delivery: Delivery, secrets: list[str], settings: dict[str, Any]) -> None:
        signatures.base64_matches(delivery.headers.get("intuit-signature"), delivery.body, secrets)

    def parse(self, delivery: Delivery) -> list[Incoming]:
        body = read_json(delivery.body)
        if isinstance(body, list):
            return [_cloud_event(event) for event in body]
        if isinstance(body, dict) and isinstance(body.get("eventNotifications"), list):
            return [
                incoming
                for notification in body["eventNotifications"]
                for incoming in _legacy(notification)
            ]
        raise MalformedEvent("neither a CloudEvents array nor eventNotifications")


def _cloud_event(event: Any) -> Incoming:
    kind = event.get("type") if isinstance(event, dict) else None
    parts = kind.split(".") if isinstance(kind, str) else []
    if len(parts) < 3 or not event.get("id"):  # qbo.invoice.created.v1
        raise MalformedEvent(f"not a QuickBooks CloudEvent of type qbo.<entity>.<op>: {kind}")
    found = notices.notice(
        event.get("intuitaccountid"),
        parts[1],
        event.get("intuitentityid"),
        _OPERATIONS.get(parts[2], parts[2]),
        event,
    )
    return found.incoming(str(event["id"]), parse_time(event.get("time")))


def _legacy(notification: Any) -> list[Incoming]:
    entities = dig(notification, "dataChangeEvent", "entities")
    if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
        raise MalformedEvent("an eventNotification without dataChangeEvent.entities")
    realm = notification.get("realmId")
    found = []
    for entity in entities:
        change = notices.notice(
            realm, entity.get("name"), entity.get("id"), entity.get("operation"), entity
        )
        # The legacy format has no event id: the change itself is the identity.
        upstream_id = f"{realm}:{change.topic}:{change.entity_id}:{entity.get('lastUpdated')}"
        found.append(change.incoming(upstream_id, parse_time(entity.get("lastUpdated"))))
    return found


def _url(ctx: Context, entity: str, entity_id: str) -> str:
    base = SANDBOX_API if ctx.integration.settings.get("sandbox") else API
    realm = ctx.integration.settings["realm_id"]
    return f"{base}/v3/company/{realm}/{entity}/{entity_id}?minorversion={MINOR_VERSION}"


def _contact(customer: dict[str, Any]) -> ContactIn | None:
    address = customer.get("BillAddr") or {}
    return contact_in(
        dig(customer, "PrimaryEmailAddr", "Address"),
        first_name=customer.get("GivenName"),
        last_name=customer.get("FamilyName"),
        company=customer.get("CompanyName"),
        phone=dig(customer, "PrimaryPhone", "FreeFormNumber")
        or dig(customer, "Mobile", "FreeFormNumber"),
        address={
            "line1": address.get("Line1"),
            "line2": address.get("Line2"),
            "city": address.get("City"),
            "region": address.get("CountrySubDivisionCode"),
            "postal_code": address.get("PostalCode"),
        },
        country=address.get("Country"),
        external_ids={"quickbooks": str(customer["Id"])},
        source="quickbooks",
    )


async def _customer(ctx: Context) -> list[Person]:
    async with rest.Client(ctx.integration) as api:
        customer = (await api.get(_url(ctx, "customer", Notice.of(ctx.payload).entity_id)))[
            "Customer"
        ]
    contact = _contact(customer)
    if contact is None:
        return ctx.ignore("the customer has no valid email address")
    observed = parse_time(dig(customer, "MetaData", "LastUpdatedTime")) or ctx.event.received_at
    return [Person(contact, observed)]


async def _customer_deleted(ctx: Context) -> list[Person]:
    await people.unlink(ctx, Notice.of(ctx.payload).entity_id)
    return []


async def _invoice_person(ctx: Context, api: rest.Client, invoice_id: str) -> Person:
    invoice = (await api.get(_url(ctx, "invoice", invoice_id)))["Invoice"]
    total, balance = money(invoice.get("TotalAmt")), money(invoice.get("Balance"))
    updated = parse_time(dig(invoice, "MetaData", "LastUpdatedTime")) or ctx.event.received_at
    lines = [
        {
            "title": line.get("Description") or dig(line, "SalesItemLineDetail", "ItemRef", "name"),
            "quantity": dig(line, "SalesItemLineDetail", "Qty"),
            "price": line.get("Amount"),
        }
        for line in invoice.get("Line") or []
        if isinstance(line, dict) and line.get("DetailType") == "SalesItemLineDetail"
    ]
    purchase = Purchase(
        OrderKind.INVOICE,
        str(invoice["Id"]),
        OrderStatus.PAID if total > 0 and balance == 0 else OrderStatus.PENDING,
        updated,
        number=str(invoice.get("DocNumber") or ""),
        currency=str(dig(invoice, "CurrencyRef", "value") or ""),
        total=total,
        placed_at=parse_time(invoice.get("TxnDate")),
        items=items(lines, "title", "quantity", "price"),
    )
    customer_id = dig(invoice, "CustomerRef", "value")
    if not customer_id:
        return Person(None, updated, None, (purchase,))
    customer = (await api.get(_url(ctx, "customer", str(customer_id))))["Customer"]
    observed = parse_time(dig(customer, "MetaData", "LastUpdatedTime")) or updated
    return Person(_contact(customer), observed, None, (purchase,))


async def _invoice(ctx: Context) -> list[Person]:
    async with rest.Client(ctx.integration) as api:
        return [await _invoice_person(ctx, api, Notice.of(ctx.payload).entity_id)]


async def _payment(ctx: Context) -> list[Person]:
    async with rest.Client(ctx.integration) as api:
        payment = (await api.get(_url(ctx, "payment", Notice.of(ctx.payload).entity_id)))["Payment"]
        settled = {
            str(linked["TxnId"])
            for line in payment.get("Line") or []
            for linked in line.get("LinkedTxn") or []
            if linked.get("TxnType") == "Invoice"
        }
        return [await _invoice_person(ctx, api, invoice_id) for invoice_id in sorted(settled)]


async def process(ctx: Context) -> list[Person]:
    """The people and invoices one QuickBooks notification names, read from the API."""
    return await notices.process(ctx, "realm_id", _TOPICS)


_TOPICS: dict[str, Processor] = {
    "customer.create": _customer,
    "customer.update": _customer,
    "customer.merge": _customer,
    "customer.delete": _customer_deleted,
    "invoice.create": _invoice,
    "invoice.update": _invoice,
    "invoice.emailed": _invoice,
    "invoice.delete": notices.invoice_gone,
    "invoice.void": notices.invoice_gone,
    "payment.create": _payment,
    "payment.update": _payment,
}
