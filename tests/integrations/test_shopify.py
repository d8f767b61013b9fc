"""Shopify events into contacts, orders and consent: newest wins, nothing counted twice,
privacy topics carried out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from crm import clock, work
from crm.consent import suppression
from crm.models import (
    ConsentAction,
    ConsentEvent,
    ConsentEvidence,
    ConsentState,
    Contact,
    ExternalId,
    PrivacyRequest,
    Purpose,
    SuppressionReason,
)
from crm.models.privacy import RequestStatus, RequestType
from integrations.models import InboxStatus, Integration, Order, OrderStatus
from tests.integrations import wire
from tests.integrations.conftest import Connected, events_of

EMAIL = "bob@example.com"


async def deliver(public, shop: Connected, topic: str, payload: dict, event_id: str) -> None:
    raw = wire.body(payload)
    headers = wire.shopify_headers(raw, shop.secret, topic, event_id)
    r = await public.post(shop.path, content=raw, headers=headers)
    assert r.status_code == 200, r.text


async def process(public, shop: Connected, topic: str, payload: dict, event_id: str) -> None:
    await deliver(public, shop, topic, payload, event_id)
    await work.drain()


async def contact_of(workspace, email: str = EMAIL) -> Contact:
    return await Contact.get(workspace_id=workspace.id, email=email)


async def state_of(contact: Contact) -> ConsentState | None:
    return await ConsentState.get_or_none(
        contact_id=contact.id, purpose=Purpose.EMAIL_MARKETING, topic_id=0
    )


async def ledger_of(contact: Contact) -> list[ConsentAction]:
    return list(
        await ConsentEvent.filter(contact_id=contact.id)
        .order_by("seq")
        .values_list("action", flat=True)
    )


def consent(state: str, at: str, level: str = "single_opt_in") -> dict:
    return {"state": state, "opt_in_level": level, "consent_updated_at": at}


# Rule: a customer becomes a contact matched by its Shopify id, and its subscribed state is
# a grant in the ledger with the upstream evidence and the upstream time.
async def test_a_new_customer_becomes_a_contact_with_its_consent_and_evidence(
    public, shop, workspace
):
    await process(public, shop, "customers/create", wire.customer(), "c-1")

    contact = await contact_of(workspace)
    assert (contact.first_name, contact.last_name, contact.phone) == (
        "Bob",
        "Norman",
        "+16136120707",
    )
    assert contact.source == "shopify"
    assert await ExternalId.exists(
        contact_id=contact.id, provider="shopify", external_id="207119551"
    )
    state = await state_of(contact)
    assert state is not None and state.status == ConsentAction.GRANTED
    assert state.since == datetime(2024, 1, 2, 13, 59, 11, tzinfo=UTC)
    evidence = (await ConsentEvidence.get(event_id=state.event_id)).data
    assert evidence["upstream_event_id"] == "customers/create/c-1"
    assert (evidence["state"], evidence["opt_in_level"]) == ("subscribed", "single_opt_in")
    assert evidence["consent_updated_at"] == "2024-01-02T08:59:11-05:00"
    [event] = await events_of(shop.id)
    assert (event.status, event.contact_id) == (InboxStatus.PROCESSED, contact.id)


async def test_a_confirmed_opt_in_is_recorded_as_confirmed(public, shop, workspace):
    customer = wire.customer(
        email_marketing_consent=consent(
            "subscribed", "2024-01-02T08:59:11-05:00", "confirmed_opt_in"
        )
    )
    await process(public, shop, "customers/create", customer, "c-1")
    assert (await state_of(await contact_of(workspace))).status == ConsentAction.CONFIRMED


# Rule: the legacy accepts_marketing fields grant, and a later false with a change time
# withdraws.
async def test_legacy_accepts_marketing_grants_and_withdraws(public, shop, workspace):
    legacy = wire.customer(email_marketing_consent=None)
    del legacy["email_marketing_consent"]
    legacy |= {
        "accepts_marketing": True,
        "accepts_marketing_updated_at": "2024-01-02T09:00:00-05:00",
        "marketing_opt_in_level": "confirmed_opt_in",
    }
    await process(public, shop, "customers/create", legacy, "l-1")
    contact = await contact_of(workspace)
    assert (await state_of(contact)).status == ConsentAction.CONFIRMED

    legacy |= {
        "accepts_marketing": False,
        "accepts_marketing_updated_at": "2024-02-01T09:00:00-05:00",
        "updated_at": "2024-02-01T09:00:00-05:00",
    }
    await process(public, shop, "customers/update", legacy, "l-2")
    assert await ledger_of(contact) == [ConsentAction.CONFIRMED, ConsentAction.WITHDRAWN]


# Rule: Shopify repeats a customer's consent in every update; the ledger records it once.
async def test_a_repeated_consent_is_recorded_once(public, shop, workspace):
    await process(public, shop, "customers/create", wire.customer(), "r-1")
    newer = wire.customer(updated_at="2024-03-01T10:00:00-05:00", first_name="Bobby")
    await process(public, shop, "customers/update", newer, "r-2")

    contact = await contact_of(workspace)
    assert contact.first_name == "Bobby"
    assert await ledger_of(contact) == [ConsentAction.GRANTED]


# Rule: `unsubscribed` upstream withdraws the consent.
async def test_unsubscribed_upstream_withdraws(public, shop, workspace):
    await process(public, shop, "customers/create", wire.customer(), "u-1")
    gone = wire.customer(
        updated_at="2024-05-01T10:00:00-05:00",
        email_marketing_consent=consent("unsubscribed", "2024-05-01T10:00:00-05:00"),
    )
    await process(public, shop, "customers/update", gone, "u-2")

    contact = await contact_of(workspace)
    assert (await state_of(contact)).status == ConsentAction.WITHDRAWN
    assert await ledger_of(contact) == [ConsentAction.GRANTED, ConsentAction.WITHDRAWN]


# Rule: an older event processed after a newer one changes nothing: not the profile, not
# the consent (the late grant is not even recorded).
async def test_an_out_of_order_customer_event_never_overwrites_newer_data(public, shop, workspace):
    newer = wire.customer(
        first_name="Robert",
        updated_at="2024-06-01T10:00:00-05:00",
        email_marketing_consent=consent("unsubscribed", "2024-06-01T10:00:00-05:00"),
    )
    await process(public, shop, "customers/update", newer, "o-2")
    await process(public, shop, "customers/create", wire.customer(), "o-1")

    contact = await contact_of(workspace)
    assert contact.first_name == "Robert"
    assert (await state_of(contact)).status == ConsentAction.WITHDRAWN
    assert await ledger_of(contact) == [ConsentAction.WITHDRAWN]


# Rule: an address on the suppression list is not re-consented by an upstream grant given
# before the suppression; a grant given after it is fresh and counts.
async def test_a_suppressed_address_needs_a_fresh_grant(public, shop, workspace):
    await suppression.add(workspace.id, EMAIL, SuppressionReason.UNSUBSCRIBED)
    await process(public, shop, "customers/create", wire.customer(), "s-1")
    contact = await contact_of(workspace)
    assert await state_of(contact) is None
    [event] = await events_of(shop.id)
    assert event.status == InboxStatus.PROCESSED and "refused" in event.note

    fresh_at = (clock.now() + timedelta(minutes=5)).isoformat()
    fresh = wire.customer(
        updated_at=fresh_at, email_marketing_consent=consent("subscribed", fresh_at)
    )
    await process(public, shop, "customers/update", fresh, "s-2")
    assert (await state_of(contact)).status == ConsentAction.GRANTED


# Rule: upstream data is not ours to validate: a bad phone drops the phone, not the person.
async def test_an_invalid_phone_is_dropped_not_the_customer(public, shop, workspace):
    await process(public, shop, "customers/create", wire.customer(phone="12"), "p-1")
    assert (await contact_of(workspace)).phone == ""


async def test_a_customer_without_email_is_ignored_with_the_reason(public, shop):
    await process(public, shop, "customers/create", wire.customer(email=None), "n-1")
    [event] = await events_of(shop.id)
    assert event.status == InboxStatus.IGNORED and "email" in event.note


async def test_a_topic_the_crm_does_not_use_is_ignored(public, shop):
    await process(public, shop, "products/create", {"id": 1, "title": "Hoodie"}, "t-1")
    [event] = await events_of(shop.id)
    assert event.status == InboxStatus.IGNORED and "products/create" in event.note


# Rule: orders are kept and rolled into the contact's summary, recomputed from the orders:
# create then paid counts once, a second order adds, a cancellation takes it out.
async def test_orders_roll_into_the_commerce_summary_without_double_counting(
    public, shop, workspace
):
    pending = wire.order(financial_status="pending", updated_at="2026-01-20T12:00:00-05:00")
    await process(public, shop, "orders/create", pending, "o-create")
    contact = await contact_of(workspace)
    assert contact.orders_count == 0

    paid = wire.order(updated_at="2026-01-20T12:05:00-05:00")
    await process(public, shop, "orders/paid", paid, "o-paid")
    await process(public, shop, "orders/updated", paid, "o-updated")
    second = wire.order(
        id=5678901234999,
        name="#1002",
        created_at="2026-02-01T12:00:00-05:00",
        updated_at="2026-02-01T12:00:00-05:00",
        total_price="20.50",
    )
    await process(public, shop, "orders/create", second, "o-second")
    await contact.refresh_from_db()
    assert (contact.orders_count, contact.total_spent, contact.currency) == (
        2,
        Decimal("69.50"),
        "USD",
    )
    assert contact.first_order_at == datetime(2026, 1, 20, 17, 0, tzinfo=UTC)
    assert contact.last_order_at == datetime(2026, 2, 1, 17, 0, tzinfo=UTC)

    cancelled = paid | {
        "cancelled_at": "2026-02-02T10:00:00-05:00",
        "updated_at": "2026-02-02T10:00:00-05:00",
        "financial_status": "refunded",
    }
    await process(public, shop, "orders/cancelled", cancelled, "o-cancel")
    await contact.refresh_from_db()
    assert (contact.orders_count, contact.total_spent) == (1, Decimal("20.50"))
    order = await Order.get(external_id="5678901234567", workspace_id=workspace.id)
    assert (order.number, order.status, order.items) == (
        "#1001",
        OrderStatus.CANCELLED,
        [{"title": "Hoodie", "quantity": 1, "price": "49.00"}],
    )


# Rule: an older version of an order processed late does not roll it back.
async def test_an_out_of_order_order_event_never_rolls_an_order_back(public, shop, workspace):
    cancelled = wire.order(
        cancelled_at="2026-01-21T09:00:00-05:00",
        updated_at="2026-01-21T09:00:00-05:00",
        financial_status="voided",
    )
    await process(public, shop, "orders/cancelled", cancelled, "late-2")
    await process(
        public, shop, "orders/paid", wire.order(updated_at="2026-01-20T12:05:00-05:00"), "late-1"
    )

    order = await Order.get(external_id="5678901234567", workspace_id=workspace.id)
    assert order.status == OrderStatus.CANCELLED
    assert (await contact_of(workspace)).orders_count == 0


# Rule: on an order without a consent object, the checkout's marketing box grants.
async def test_buyer_accepts_marketing_grants_when_no_consent_object_says_more(
    public, shop, workspace
):
    bare = wire.order(customer={"id": 207119551, "email": EMAIL})
    await process(public, shop, "orders/create", bare, "b-1")
    state = await state_of(await contact_of(workspace))
    assert state.status == ConsentAction.GRANTED
    assert state.since == datetime(2026, 1, 20, 17, 0, tzinfo=UTC)


# Rule: deleting a customer in Shopify unlinks its id; the contact and its history stay.
async def test_a_deleted_customer_is_unlinked_not_erased(public, shop, workspace):
    await process(public, shop, "customers/create", wire.customer(), "d-1")
    await process(public, shop, "customers/delete", {"id": 207119551}, "d-2")
    contact = await contact_of(workspace)
    assert contact.erased_at is None
    assert not await ExternalId.exists(contact_id=contact.id)


# Rule: customers/data_request produces the export, recorded as a completed access request.
async def test_a_data_request_files_and_completes_an_access_request(public, shop, workspace):
    await process(public, shop, "customers/create", wire.customer(), "x-1")
    request = {
        "shop_id": 954889,
        "shop_domain": wire.SHOP,
        "orders_requested": [],
        "customer": {"id": 207119551, "email": EMAIL, "phone": "+16136120707"},
        "data_request": {"id": 9999},
    }
    await process(public, shop, "customers/data_request", request, "x-2")

    contact = await contact_of(workspace)
    filed = await PrivacyRequest.get(contact_id=contact.id)
    assert (filed.type, filed.status) == (RequestType.ACCESS, RequestStatus.COMPLETED)
    assert "9999" in filed.notes
    assert f"/api/v1/contacts/{contact.id}/export" in (await events_of(shop.id))[-1].note


# Rule: customers/redact erases the person everywhere (orders, raw payloads), and a retried
# older event afterwards does not bring them back.
async def test_a_redact_erases_the_person_and_a_late_retry_cannot_restore_them(
    public, shop, workspace
):
    await process(public, shop, "customers/create", wire.customer(), "e-1")
    await process(public, shop, "orders/create", wire.order(), "e-2")
    contact = await contact_of(workspace)
    redact = {
        "shop_id": 954889,
        "shop_domain": wire.SHOP,
        "customer": {"id": 207119551, "email": EMAIL, "phone": "+16136120707"},
        "orders_to_redact": [5678901234567],
    }
    await process(public, shop, "customers/redact", redact, "e-3")

    await contact.refresh_from_db()
    assert contact.erased_at is not None and contact.email != EMAIL
    assert not await Order.exists(workspace_id=workspace.id)
    assert all(EMAIL not in e.payload for e in await events_of(shop.id))
    assert all(e.payload == "" for e in await events_of(shop.id))

    await process(public, shop, "orders/create", wire.order(), "e-2-retried")
    assert not await Contact.exists(workspace_id=workspace.id, email=EMAIL)
    assert "erased" in (await events_of(shop.id))[-1].note


# Rule: shop/redact (48 hours after uninstall) erases every contact the shop brought and
# disconnects it.
async def test_shop_redact_erases_the_shops_contacts(public, shop, workspace):
    await process(public, shop, "customers/create", wire.customer(), "sr-1")
    other = wire.customer(id=42, email="ann@example.com", first_name="Ann")
    await process(public, shop, "customers/create", other, "sr-2")

    await process(
        public, shop, "shop/redact", {"shop_id": 954889, "shop_domain": wire.SHOP}, "sr-3"
    )

    contacts = await Contact.filter(workspace_id=workspace.id)
    assert len(contacts) == 2 and all(c.erased_at is not None for c in contacts)
    assert (await Integration.get(id=shop.id)).disabled_at is not None


# Rule: after a merge, the survivor's summary counts the merged contact's orders too.
async def test_a_merged_contacts_orders_count_toward_the_survivor(public, shop, client, workspace):
    await process(public, shop, "orders/create", wire.order(), "m-1")
    other = wire.order(
        id=77,
        name="#1077",
        email="bob.work@example.com",
        total_price="10.00",
        customer={"id": 31337, "email": "bob.work@example.com"},
    )
    await process(public, shop, "orders/create", other, "m-2")
    survivor = await contact_of(workspace)
    merged = await contact_of(workspace, "bob.work@example.com")
    r = await client.post(f"/api/v1/contacts/{survivor.id}/merge", json={"merge_id": merged.id})
    assert r.status_code == 200, r.text

    later = wire.order(id=78, name="#1078", total_price="1.00", updated_at="2026-03-01T00:00:00Z")
    await process(public, shop, "orders/create", later, "m-3")

    await survivor.refresh_from_db()
    assert (survivor.orders_count, survivor.total_spent) == (3, Decimal("60.00"))


# Rule: the checkbox never overrides what the customer object says.
async def test_buyer_accepts_marketing_yields_to_the_customers_own_consent(public, shop, workspace):
    customer = {
        "id": 207119551,
        "email": EMAIL,
        "email_marketing_consent": consent("not_subscribed", None),
    }
    await process(public, shop, "orders/create", wire.order(customer=customer), "nb-1")
    assert await state_of(await contact_of(workspace)) is None
