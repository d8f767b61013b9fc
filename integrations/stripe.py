"""Stripe: events signed with the endpoint secret (`Stripe-Signature`, 300 s tolerance);
customers, checkout sessions, invoices and charges.

Events are deduplicated on their `id` and ordered by their `created`. One payment can be
announced three times (checkout.session.completed, charge.succeeded, invoice.paid), so it is
stored once: a one-off payment under its PaymentIntent id, an invoiced one as the invoice
(a charge that belongs to an invoice adds no order). Consent comes only from a checkout
session's `consent.promotions`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from crm.contacts.schemas import ContactIn
from crm.models import ConsentAction
from integrations import people, signatures
from integrations.base import Context, Delivery, Incoming, Processor, dispatch, raw_text, read_json
from integrations.errors import MalformedEvent
from integrations.mapping import (
    Person,
    Purchase,
    UpstreamConsent,
    contact_in,
    items,
    parse_time,
    split_name,
)
from integrations.models import OrderKind, OrderStatus

# Amounts are in the currency's smallest unit; these have none below the unit.
ZERO_DECIMAL = frozenset(
    {"BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA"}
    | {"PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"}
)
_INVOICE_STATUS = {
    "draft": OrderStatus.DRAFT,
    "open": OrderStatus.PENDING,
    "paid": OrderStatus.PAID,
    "void": OrderStatus.CANCELLED,
    "uncollectible": OrderStatus.CANCELLED,
}
_PROMOTIONS = {"opt_in": ConsentAction.GRANTED, "opt_out": ConsentAction.WITHDRAWN}


class StripeConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    webhook_secret: SecretStr = Field(description="the endpoint's signing secret (whsec_...)")

    @field_validator("webhook_secret")
    @classmethod
    def _signing_secret(cls, value: SecretStr) -> SecretStr:
        # A publishable or API key pasted here would verify nothing: say so at once.
        if not value.get_secret_value().startswith("whsec_"):
            raise ValueError("a Stripe endpoint signing secret starts with whsec_")
        return value


class StripeReceiver:
    signing_secret = "webhook_secret"

    def verify(self, delivery: Delivery, secrets: list[str], settings: dict[str, Any]) -> None:
        signatures.timestamped_matches(
            delivery.headers.get("stripe-signature"), delivery.body, secrets, delivery.received_at
        )

    def parse(self, delivery: Delivery) -> list[Incoming]:
        event = read_json(delivery.body)
        if not isinstance(event, dict) or not all(
            isinstance(event.get(key), str) for key in ("id", "type")
        ):
            raise MalformedEvent("the body is not a Stripe event (no id or type)")
        if not isinstance(event.get("data"), dict):
            raise MalformedEvent("the event has no data object")
        occurred = parse_time(event.get("created"))
        return [Incoming(event["id"], event["type"], raw_text(delivery), occurred)]


def amount(value: Any, currency: str) -> Decimal:
    """An amount in the smallest unit (cents, or yen) as a Decimal in the main unit."""
    units = Decimal(int(value or 0))
    return units if currency.upper() in ZERO_DECIMAL else (units / 100).quantize(Decimal("0.01"))


def _contact(
    details: dict[str, Any], email: Any, customer: Any, locale: Any = None
) -> ContactIn | None:
    first, last = split_name(details.get("name"))
    address = details.get("address") or {}
    return contact_in(
        email,
        first_name=first,
        last_name=last,
        phone=details.get("phone"),
        address={
            "line1": address.get("line1"),
            "line2": address.get("line2"),
            "city": address.get("city"),
            "region": address.get("state"),
            "postal_code": address.get("postal_code"),
        },
        country=address.get("country"),
        locale=locale,
        external_ids={"stripe": customer} if isinstance(customer, str) else {},
        source="stripe",
    )


def _object(ctx: Context) -> dict[str, Any]:
    return dict(ctx.payload["data"]["object"])


def _created(ctx: Context) -> Any:
    return parse_time(ctx.payload.get("created")) or ctx.event.received_at


def _payment(ctx: Context, obj: dict[str, Any], total: Any, status: OrderStatus) -> Purchase:
    """A one-off payment, under its PaymentIntent id so that its several events meet."""
    currency = str(obj.get("currency") or "").upper()
    return Purchase(
        OrderKind.ORDER,
        str(obj.get("payment_intent") or obj["id"]),
        status,
        _created(ctx),
        number=str(obj["id"]),
        currency=currency,
        total=amount(total, currency),
        placed_at=parse_time(obj.get("created")),
    )


async def _customer(ctx: Context) -> list[Person]:
    obj = _object(ctx)
    locale = (obj.get("preferred_locales") or [None])[0]
    contact = _contact(obj, obj.get("email"), obj.get("id"), locale)
    if contact is None:
        return ctx.ignore("the customer has no valid email address")
    return [Person(contact, _created(ctx))]


async def _customer_deleted(ctx: Context) -> list[Person]:
    await people.unlink(ctx, str(_object(ctx)["id"]))
    return []


async def _checkout(ctx: Context) -> list[Person]:
    obj = _object(ctx)
    details = obj.get("customer_details") or {}
    contact = _contact(
        details, details.get("email") or obj.get("customer_email"), obj.get("customer")
    )
    stated = None
    promotions = (obj.get("consent") or {}).get("promotions")
    if promotions in _PROMOTIONS:
        evidence = {
            "state": promotions,
            "opt_in_level": "single_opt_in",
            "consent_collection": (obj.get("consent_collection") or {}).get("promotions"),
            "consent_updated_at": _created(ctx).isoformat(),
        }
        stated = UpstreamConsent(_PROMOTIONS[promotions], _created(ctx), evidence)
    # Subscriptions are paid by invoices, which invoice.paid reports.
    paid = obj.get("mode") == "payment" and obj.get("payment_status") == "paid"
    purchases = (_payment(ctx, obj, obj.get("amount_total"), OrderStatus.PAID),) if paid else ()
    return [Person(contact, _created(ctx), stated, purchases)]


async def _invoice(ctx: Context) -> list[Person]:
    obj = _object(ctx)
    currency = str(obj.get("currency") or "").upper()
    lines = [line for line in (obj.get("lines") or {}).get("data") or [] if isinstance(line, dict)]
    purchase = Purchase(
        OrderKind.INVOICE,
        str(obj["id"]),
        _INVOICE_STATUS.get(str(obj.get("status")), OrderStatus.PENDING),
        _created(ctx),
        number=str(obj.get("number") or ""),
        currency=currency,
        total=amount(obj.get("total"), currency),
        placed_at=parse_time(obj.get("created")),
        items=items(
            [{**line, "amount": amount(line.get("amount"), currency)} for line in lines],
            "description",
            "quantity",
            "amount",
        ),
    )
    details = {
        "name": obj.get("customer_name"),
        "phone": obj.get("customer_phone"),
        "address": obj.get("customer_address"),
    }
    contact = _contact(details, obj.get("customer_email"), obj.get("customer"))
    return [Person(contact, _created(ctx), None, (purchase,))]


async def _charge(ctx: Context) -> list[Person]:
    obj = _object(ctx)
    billing = obj.get("billing_details") or {}
    contact = _contact(
        billing, billing.get("email") or obj.get("receipt_email"), obj.get("customer")
    )
    if obj.get("invoice"):
        return [Person(contact, _created(ctx))]  # the invoice carries the amount
    status = OrderStatus.CANCELLED if obj.get("refunded") else OrderStatus.PAID
    return [Person(contact, _created(ctx), None, (_payment(ctx, obj, obj.get("amount"), status),))]


async def process(ctx: Context) -> list[Person]:
    """The people and payments of one Stripe event."""
    return await dispatch(ctx, _TYPES)


_TYPES: dict[str, Processor] = {
    "customer.created": _customer,
    "customer.updated": _customer,
    "customer.deleted": _customer_deleted,
    "checkout.session.completed": _checkout,
    "invoice.created": _invoice,
    "invoice.updated": _invoice,
    "invoice.paid": _invoice,
    "invoice.voided": _invoice,
    "charge.succeeded": _charge,
    "charge.refunded": _charge,
}
# Types whose processor only reads the payload (no database, no network): batched.
MAPPED = frozenset(t for t, handler in _TYPES.items() if handler is not _customer_deleted)
