"""Stripe events into contacts, payments and consent: ordered by `created`, each payment
stored once, consent only from checkout's promotions box."""

from __future__ import annotations

from decimal import Decimal

from crm import work
from crm.models import ConsentAction, ConsentState, Contact, ExternalId, Purpose
from integrations.models import Order, OrderKind, OrderStatus
from tests.integrations import wire
from tests.integrations.conftest import Connected

T = 1768928400  # 2026-01-20T17:00:00Z


async def process(public, account: Connected, event_id: str, type: str, obj: dict, created: int):
    raw = wire.body(wire.stripe_event(event_id, type, obj, created))
    headers = {"Stripe-Signature": wire.stripe_signature(raw, account.secret)}
    r = await public.post(account.path, content=raw, headers=headers)
    assert r.status_code == 200, r.text
    await work.drain()


def customer(**overrides) -> dict:
    return {
        "id": "cus_NffrFeUfNV2Hib",
        "object": "customer",
        "email": "jenny.rosen@example.com",
        "name": "Jenny Rosen",
        "phone": "+46705550101",
        "address": {
            "line1": "Kungsgatan 9",
            "city": "Lund",
            "postal_code": "22350",
            "country": "SE",
            "line2": None,
            "state": None,
        },
        "preferred_locales": ["sv"],
    } | overrides


def session(**overrides) -> dict:
    return {
        "id": "cs_test_a1",
        "object": "checkout.session",
        "mode": "payment",
        "payment_status": "paid",
        "payment_intent": "pi_3MtwBw",
        "amount_total": 4900,
        "currency": "sek",
        "customer": "cus_NffrFeUfNV2Hib",
        "customer_details": {"email": "jenny.rosen@example.com", "name": "Jenny Rosen"},
        "consent_collection": {"promotions": "auto"},
        "consent": {"promotions": "opt_in", "terms_of_service": None},
        "created": T,
    } | overrides


async def jenny(workspace) -> Contact:
    return await Contact.get(workspace_id=workspace.id, email="jenny.rosen@example.com")


# Rule: a Stripe customer becomes a contact with its Stripe id; a later customer.updated
# wins, and an older one processed after it changes nothing.
async def test_customer_events_are_applied_newest_first_wins(public, stripe_account, workspace):
    await process(
        public, stripe_account, "evt_2", "customer.updated", customer(name="Jennifer Rosen"), T + 60
    )
    await process(public, stripe_account, "evt_1", "customer.created", customer(), T)

    contact = await jenny(workspace)
    assert (contact.first_name, contact.last_name, contact.country) == ("Jennifer", "Rosen", "SE")
    assert contact.city == "Lund" and contact.locale == "sv"
    assert await ExternalId.exists(
        contact_id=contact.id, provider="stripe", external_id="cus_NffrFeUfNV2Hib"
    )
    # a Stripe customer carries no marketing consent
    assert not await ConsentState.exists(contact_id=contact.id)


# Rule: checkout's consent.promotions opt_in grants and opt_out withdraws.
async def test_checkout_promotions_consent_grants_and_opt_out_withdraws(
    public, stripe_account, workspace
):
    await process(public, stripe_account, "evt_c1", "checkout.session.completed", session(), T)
    contact = await jenny(workspace)
    state = await ConsentState.get(contact_id=contact.id, purpose=Purpose.EMAIL_MARKETING)
    assert state.status == ConsentAction.GRANTED

    later = session(id="cs_test_a2", payment_intent="pi_2", consent={"promotions": "opt_out"})
    await process(public, stripe_account, "evt_c2", "checkout.session.completed", later, T + 86400)
    await state.refresh_from_db()
    assert state.status == ConsentAction.WITHDRAWN


# Rule: one payment announced by checkout.session.completed and charge.succeeded is one
# order; an invoiced charge adds nothing beside its invoice.
async def test_a_payment_announced_twice_is_one_order(public, stripe_account, workspace):
    await process(public, stripe_account, "evt_p1", "checkout.session.completed", session(), T)
    charge = {
        "id": "ch_3MtwBw",
        "object": "charge",
        "amount": 4900,
        "currency": "sek",
        "payment_intent": "pi_3MtwBw",
        "customer": "cus_NffrFeUfNV2Hib",
        "billing_details": {"email": "jenny.rosen@example.com", "name": "Jenny Rosen"},
        "invoice": None,
        "created": T,
    }
    await process(public, stripe_account, "evt_p2", "charge.succeeded", charge, T + 1)
    invoiced = charge | {"id": "ch_inv", "payment_intent": "pi_inv", "invoice": "in_1"}
    await process(public, stripe_account, "evt_p3", "charge.succeeded", invoiced, T + 2)

    [order] = await Order.filter(workspace_id=(await jenny(workspace)).workspace_id)
    assert (order.external_id, order.total, order.currency) == (
        "pi_3MtwBw",
        Decimal("49.00"),
        "SEK",
    )
    contact = await jenny(workspace)
    assert (contact.orders_count, contact.total_spent) == (1, Decimal("49.00"))


# Rule: invoice.created then invoice.paid is one invoice, paid; an invoice alone never
# grants marketing consent; a tie in `created` never moves paid back to open.
async def test_an_invoice_is_kept_once_counted_when_paid_and_never_grants(
    public, stripe_account, workspace
):
    invoice = {
        "id": "in_1MtHbELkdIwHu7ix",
        "object": "invoice",
        "number": "F-0042",
        "customer": "cus_NffrFeUfNV2Hib",
        "customer_email": "jenny.rosen@example.com",
        "customer_name": "Jenny Rosen",
        "currency": "jpy",
        "total": 1500,
        "status": "open",
        "created": T,
        "lines": {"data": [{"description": "Print", "quantity": 3, "amount": 1500}]},
    }
    await process(public, stripe_account, "evt_i2", "invoice.paid", invoice | {"status": "paid"}, T)
    await process(public, stripe_account, "evt_i1", "invoice.created", invoice, T)

    [order] = await Order.all().filter(external_id="in_1MtHbELkdIwHu7ix")
    assert (order.kind, order.status, order.number) == (
        OrderKind.INVOICE,
        OrderStatus.PAID,
        "F-0042",
    )
    assert (order.total, order.currency) == (Decimal("1500.00"), "JPY")  # yen have no cents
    assert order.items == [{"title": "Print", "quantity": 3, "price": "1500.00"}]
    contact = await jenny(workspace)
    assert (contact.orders_count, contact.total_spent, contact.currency) == (
        1,
        Decimal("1500"),
        "JPY",
    )
    assert not await ConsentState.exists(contact_id=contact.id)


async def test_a_deleted_stripe_customer_is_unlinked(public, stripe_account, workspace):
    await process(public, stripe_account, "evt_d1", "customer.created", customer(), T)
    await process(
        public, stripe_account, "evt_d2", "customer.deleted", customer(deleted=True), T + 5
    )
    assert not await ExternalId.exists(contact_id=(await jenny(workspace)).id)
