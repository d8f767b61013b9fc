"""Shopify: webhooks signed with the app's client secret; customers, orders, and the three
mandatory privacy topics.

Deliveries are deduplicated on `X-Shopify-Event-Id` (shared by every delivery of one
merchant action), falling back to `X-Shopify-Webhook-Id`, within one topic. Consent comes
from `email_marketing_consent`, or from the legacy `accepts_marketing` fields, or, on an
order without either, from the checkout's `buyer_accepts_marketing` box.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from crm.contacts.schemas import ContactIn
from crm.models import ConsentAction
from integrations import people, privacy, signatures
from integrations.base import (
    Context,
    Delivery,
    Incoming,
    Processor,
    dispatch,
    raw_text,
    read_json,
)
from integrations.errors import MalformedEvent, SignatureError
from integrations.mapping import (
    Person,
    Purchase,
    UpstreamConsent,
    contact_in,
    dig,
    items,
    money,
    parse_time,
)
from integrations.models import OrderKind, OrderStatus

# email_marketing_consent.state -> ledger action; other states say nothing about consent.
_STATES = {
    "subscribed": ConsentAction.GRANTED,
    "pending": ConsentAction.PENDING,
    "unsubscribed": ConsentAction.WITHDRAWN,
}
_PAID = {"paid", "partially_refunded"}
_VOID = {"refunded", "voided"}


class ShopifyConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    shop_domain: str = Field(
        pattern=r"^[a-z0-9][a-z0-9-]*\.myshopify\.com$",
        description="the shop's myshopify.com domain; deliveries naming another are refused",
    )
    client_secret: SecretStr = Field(
        min_length=1, description="the app's client secret, which signs its webhooks"
    )


class ShopifyReceiver:
    signing_secret = "client_secret"

    def verify(self, delivery: Delivery, secrets: list[str], settings: dict[str, Any]) -> None:
        signatures.base64_matches(
            delivery.headers.get("x-shopify-hmac-sha256"), delivery.body, secrets
        )
        # One app (one secret) serves many shops: the header says which one this is.
        shop = delivery.headers.get("x-shopify-shop-domain", "").strip().lower()
        if shop != settings["shop_domain"]:
            raise SignatureError(f"the delivery is from {shop or 'no shop'}, not this one")

    def parse(self, delivery: Delivery) -> list[Incoming]:
        topic = delivery.headers.get("x-shopify-topic", "").strip()
        event_id = delivery.headers.get("x-shopify-event-id") or delivery.headers.get(
            "x-shopify-webhook-id"
        )
        if not topic or not event_id:
            raise MalformedEvent("X-Shopify-Topic or X-Shopify-Event-Id is missing")
        if not isinstance(read_json(delivery.body), dict):
            raise MalformedEvent("the body is not a JSON object")
        occurred = parse_time(delivery.headers.get("x-shopify-triggered-at"))
        return [Incoming(f"{topic}/{event_id.strip()}", topic, raw_text(delivery), occurred)]


def consent(customer: dict[str, Any], fallback: datetime) -> UpstreamConsent | None:
    """The email marketing consent a customer object states, if it states one."""
    current = customer.get("email_marketing_consent")
    if isinstance(current, dict):
        state, level = current.get("state"), current.get("opt_in_level")
        action = _STATES.get(str(state))
        if action is None:
            return None
        if action == ConsentAction.GRANTED and level == "confirmed_opt_in":
            action = ConsentAction.CONFIRMED
        stamp = current.get("consent_updated_at")
        evidence = {"state": state, "opt_in_level": level, "consent_updated_at": stamp}
        return UpstreamConsent(action, parse_time(stamp) or fallback, evidence)
    if "accepts_marketing" not in customer:
        return None
    accepts, level = bool(customer["accepts_marketing"]), customer.get("marketing_opt_in_level")
    stamp = customer.get("accepts_marketing_updated_at")
    evidence = {
        "state": f"accepts_marketing={str(accepts).lower()}",
        "opt_in_level": level,
        "consent_updated_at": stamp,
    }
    if accepts:
        action = ConsentAction.CONFIRMED if level == "confirmed_opt_in" else ConsentAction.GRANTED
        return UpstreamConsent(action, parse_time(stamp) or fallback, evidence)
    # `false` with a change time is an unsubscribe; without one it may mean "never asked".
    return UpstreamConsent(
        ConsentAction.WITHDRAWN, parse_time(stamp) or fallback, evidence, explicit=bool(stamp)
    )


def _contact(
    customer: dict[str, Any], email: Any, address: dict[str, Any] | None = None
) -> ContactIn | None:
    address = address or customer.get("default_address") or {}
    return contact_in(
        email,
        first_name=customer.get("first_name") or address.get("first_name"),
        last_name=customer.get("last_name") or address.get("last_name"),
        phone=customer.get("phone") or address.get("phone"),
        company=address.get("company"),
        address={
            "line1": address.get("address1"),
            "line2": address.get("address2"),
            "city": address.get("city"),
            "region": address.get("province"),
            "postal_code": address.get("zip"),
        },
        country=address.get("country_code"),
        external_ids={"shopify": str(customer["id"])} if customer.get("id") else {},
        source="shopify",
    )


async def _customer(ctx: Context) -> list[Person]:
    customer = ctx.payload
    observed = parse_time(customer.get("updated_at")) or _event_time(ctx)
    contact = _contact(customer, customer.get("email"))
    if contact is None:
        return ctx.ignore("the customer has no valid email address")
    return [Person(contact, observed, consent(customer, observed))]


def _order_status(order: dict[str, Any]) -> OrderStatus:
    financial = str(order.get("financial_status") or "")
    if order.get("cancelled_at") or financial in _VOID:
        return OrderStatus.CANCELLED
    return OrderStatus.PAID if financial in _PAID else OrderStatus.PENDING


async def _order(ctx: Context) -> list[Person]:
    order = ctx.payload
    customer = order.get("customer") or {}
    updated = parse_time(order.get("updated_at")) or parse_time(order.get("created_at"))
    updated = updated or _event_time(ctx)
    purchase = Purchase(
        OrderKind.ORDER,
        str(order["id"]),
        _order_status(order),
        updated,
        number=str(order.get("name") or order.get("order_number") or ""),
        currency=str(order.get("currency") or "").upper(),
        total=money(order.get("total_price")),
        placed_at=parse_time(order.get("created_at")),
        items=items(order.get("line_items"), "title", "quantity", "price"),
    )
    email = order.get("email") or order.get("contact_email") or customer.get("email")
    contact = _contact(customer, email, order.get("billing_address"))
    observed = parse_time(customer.get("updated_at")) or updated
    stated = consent(customer, observed)
    says_nothing = customer.get("email_marketing_consent") is None and (
        "accepts_marketing" not in customer
    )
    if says_nothing and order.get("buyer_accepts_marketing") is True:
        placed = purchase.placed_at or updated
        evidence = {
            "state": "buyer_accepts_marketing=true",
            "opt_in_level": "single_opt_in",
            "consent_updated_at": placed.isoformat(),
        }
        stated = UpstreamConsent(ConsentAction.GRANTED, placed, evidence)
    return [Person(contact, observed, stated, (purchase,))]


async def _customer_deleted(ctx: Context) -> list[Person]:
    await people.unlink(ctx, str(ctx.payload["id"]))
    return []


async def _data_request(ctx: Context) -> list[Person]:
    customer = ctx.payload.get("customer") or {}
    contact = await privacy.find(ctx, str(customer.get("id")), customer.get("email"))
    reference = f"Shopify customers/data_request {dig(ctx.payload, 'data_request', 'id')}"
    if contact is None:
        return ctx.ignore("no contact has this customer id or email: nothing is held")
    await privacy.export(ctx, contact, reference)
    return []


async def _redact(ctx: Context) -> list[Person]:
    customer = ctx.payload.get("customer") or {}
    email = customer.get("email")
    contact = await privacy.find(ctx, str(customer.get("id")), email)
    reference = f"Shopify customers/redact from {ctx.payload.get('shop_domain')}"
    await privacy.erase(ctx, contact, [email] if email else [], reference)
    # Orders named by the request but never linked to the contact go too.
    orders_to_redact = [str(i) for i in ctx.payload.get("orders_to_redact") or []]
    await privacy.erase_orders(ctx, orders_to_redact)
    return []


async def _shop_redact(ctx: Context) -> list[Person]:
    await privacy.erase_integration_contacts(ctx)
    return []


def _event_time(ctx: Context) -> datetime:
    return ctx.event.occurred_at or ctx.event.received_at


async def process(ctx: Context) -> list[Person]:
    """The people and orders of one Shopify event (after any privacy action it asks for)."""
    return await dispatch(ctx, _TOPICS)


_TOPICS: dict[str, Processor] = {
    "customers/create": _customer,
    "customers/update": _customer,
    "customers/delete": _customer_deleted,
    "orders/create": _order,
    "orders/updated": _order,
    "orders/paid": _order,
    "orders/cancelled": _order,
    "customers/data_request": _data_request,
    "customers/redact": _redact,
    "shop/redact": _shop_redact,
}
# Topics whose processor only reads the payload (no database, no network): batched.
MAPPED = frozenset(
    ["customers/create", "customers/update"] + [t for t in _TOPICS if t.startswith("orders/")]
)
