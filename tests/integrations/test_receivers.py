"""The receivers: strict about signatures, idempotent, fast to acknowledge."""

from __future__ import annotations

import json
import time

import pytest

from crm.models import WorkItem
from crm.models.work import WorkStatus
from integrations import routes
from integrations.models import InboxEvent, InboxStatus
from tests.integrations import wire
from tests.integrations.conftest import REALM, TENANT, Connected, events_of, work_of

ORDER = wire.body(wire.order())


async def _post_order(public, shop: Connected, raw: bytes = ORDER, event_id: str = "e-1", **kw):
    headers = wire.shopify_headers(raw, shop.secret, "orders/create", event_id) | kw
    return await public.post(shop.path, content=raw, headers=headers)


# Rule: a correctly signed delivery is stored with a work row, and acknowledged with an
# empty 200.
async def test_a_signed_shopify_order_is_stored_queued_and_acknowledged(public, shop):
    r = await _post_order(public, shop)

    assert r.status_code == 200 and r.content == b""
    [event] = await events_of(shop.id)
    assert (event.topic, event.upstream_id, event.status) == (
        "orders/create",
        "orders/create/e-1",
        InboxStatus.RECEIVED,
    )
    assert event.payload == ORDER.decode()
    assert (await work_of(event)).status == WorkStatus.PENDING


# Rule: a retried or duplicated delivery (same X-Shopify-Event-Id, new webhook id) is
# acknowledged and dropped: one event, one work row.
async def test_a_duplicate_delivery_is_acknowledged_and_stored_once(public, shop):
    first = await _post_order(public, shop, event_id="dup-1")
    again = await _post_order(public, shop, event_id="dup-1")

    assert first.status_code == again.status_code == 200
    [event] = await events_of(shop.id)
    assert await WorkItem.filter(task="integrations.process_event", ref=str(event.id)).count() == 1


# Rule: without X-Shopify-Event-Id, the webhook id is the identity.
async def test_without_an_event_id_the_webhook_id_dedupes(public, shop):
    headers = wire.shopify_headers(ORDER, shop.secret, "orders/create", "x")
    del headers["X-Shopify-Event-Id"]
    headers["X-Shopify-Webhook-Id"] = "wh-42"
    for _ in range(2):
        assert (await public.post(shop.path, content=ORDER, headers=headers)).status_code == 200
    [event] = await events_of(shop.id)
    assert event.upstream_id == "orders/create/wh-42"


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(
            lambda h, b: (
                h
                | {
                    "X-Shopify-Hmac-Sha256": wire.shopify_headers(
                        b, "wrong-key", "orders/create", "e"
                    )["X-Shopify-Hmac-Sha256"]
                },
                b,
            ),
            id="wrong key",
        ),
        pytest.param(lambda h, b: (h, b[:-10]), id="truncated body"),
        pytest.param(
            lambda h, b: ({k: v for k, v in h.items() if k != "X-Shopify-Hmac-Sha256"}, b),
            id="missing header",
        ),
        pytest.param(lambda h, b: (h | {"X-Shopify-Hmac-Sha256": "bm90IGl0"}, b), id="garbage"),
        pytest.param(
            lambda h, b: (h | {"X-Shopify-Shop-Domain": "other.myshopify.com"}, b),
            id="another shop",
        ),
    ],
)
# Rule: a delivery not signed by this integration's secret gets 401 and leaves no trace.
async def test_a_bad_shopify_signature_is_401_and_nothing_is_stored(public, shop, tamper):
    headers, raw = tamper(wire.shopify_headers(ORDER, shop.secret, "orders/create", "e-1"), ORDER)

    r = await public.post(shop.path, content=raw, headers=headers)

    assert r.status_code == 401
    assert r.json()["error"]["code"] == "bad_signature"
    assert "www-authenticate" not in r.headers
    assert await events_of(shop.id) == []


# Rule: a correctly signed body that is not JSON is refused with 400 and kept as rejected,
# with the reason, for someone to look at; its retries are kept once.
async def test_malformed_json_after_a_valid_signature_is_400_and_stored_as_rejected(public, shop):
    raw = b'{"id": 1, "email": '
    for _ in range(2):
        r = await _post_order(public, shop, raw=raw)
        assert r.status_code == 400
        assert r.json()["error"]["code"] == "malformed_event"
    [event] = await events_of(shop.id)
    assert event.status == InboxStatus.REJECTED
    assert event.error.startswith("malformed JSON")
    assert event.payload == raw.decode()
    assert not await WorkItem.exists(task="integrations.process_event", ref=str(event.id))


async def test_an_unknown_or_other_providers_integration_is_404(public, shop, stripe_account):
    r = await _post_order(public, Connected(999999, "/webhooks/shopify/999999", shop.secret))
    assert r.status_code == 404
    # a Shopify delivery to a Stripe integration's id
    r = await public.post(f"/webhooks/shopify/{stripe_account.id}", content=ORDER)
    assert r.status_code == 404


# Rule: a body larger than any event is refused before it is read whole.
async def test_an_oversized_body_is_413(public, shop, monkeypatch):
    monkeypatch.setattr(routes, "MAX_BODY", 100)
    assert (await _post_order(public, shop)).status_code == 413
    assert await events_of(shop.id) == []


# Rule: Stripe's signature is accepted when any v1 matches and the timestamp is within 300 s.
async def test_stripe_accepts_any_matching_v1_and_ignores_v0(public, stripe_account):
    raw = wire.body(wire.stripe_event("evt_1", "customer.created", {"id": "cus_1"}, 1))
    now = int(time.time())
    good = wire.stripe_signature(raw, stripe_account.secret, now).split(",")[1]
    header = f"t={now},v1={'0' * 64},{good},v0={'f' * 64}"

    r = await public.post(stripe_account.path, content=raw, headers={"Stripe-Signature": header})

    assert r.status_code == 200
    [event] = await events_of(stripe_account.id)
    assert (event.upstream_id, event.topic) == ("evt_1", "customer.created")


@pytest.mark.parametrize("age", [301, -301, 3600])
# Rule: a Stripe delivery signed more than 300 s from now is a replay: 401, nothing stored.
async def test_a_stale_stripe_timestamp_is_401(public, stripe_account, age):
    raw = wire.body(wire.stripe_event("evt_old", "customer.created", {"id": "cus_1"}, 1))
    header = wire.stripe_signature(raw, stripe_account.secret, int(time.time()) - age)

    r = await public.post(stripe_account.path, content=raw, headers={"Stripe-Signature": header})

    assert r.status_code == 401
    assert await events_of(stripe_account.id) == []


@pytest.mark.parametrize(
    "header", ["", "t=1", "v1=abc", f"t={int(time.time())},v0={'a' * 64}", "garbage"]
)
async def test_a_missing_or_incomplete_stripe_signature_is_401(public, stripe_account, header):
    raw = wire.body(wire.stripe_event("evt_x", "customer.created", {"id": "cus_1"}, 1))
    r = await public.post(stripe_account.path, content=raw, headers={"Stripe-Signature": header})
    assert r.status_code == 401
    assert await events_of(stripe_account.id) == []


async def test_a_stripe_body_without_id_or_type_is_rejected(public, stripe_account):
    raw = json.dumps({"object": "event"}).encode()
    header = wire.stripe_signature(raw, stripe_account.secret)
    r = await public.post(stripe_account.path, content=raw, headers={"Stripe-Signature": header})
    assert r.status_code == 400
    [event] = await events_of(stripe_account.id)
    assert event.status == InboxStatus.REJECTED and "no id or type" in event.error


# Rule: Xero's intent to receive: a correctly signed empty delivery gets 200 with no body, an
# incorrectly signed one 401.
async def test_xero_intent_to_receive_handshake(public, xero):
    raw = wire.body(
        {"events": [], "lastEventSequence": 0, "firstEventSequence": 0, "entropy": "S0m3r4Nd0m"}
    )
    good = await public.post(xero.path, content=raw, headers=wire.xero_headers(raw, xero.secret))
    bad = await public.post(xero.path, content=raw, headers=wire.xero_headers(raw, "not-the-key"))

    assert good.status_code == 200 and good.content == b"" and "set-cookie" not in good.headers
    assert bad.status_code == 401
    assert await events_of(xero.id) == []


# Rule: a Xero delivery with several events stores each, and a repeat of one is dropped.
async def test_xero_events_are_stored_one_by_one(public, xero):
    event = {
        "resourceUrl": "https://api.xero.com/api.xro/2.0/Contacts/c1",
        "resourceId": "c1",
        "eventDateUtc": "2026-01-20T12:00:00.000",
        "eventType": "UPDATE",
        "eventCategory": "CONTACT",
        "tenantId": TENANT,
        "tenantType": "ORGANISATION",
    }
    invoice = event | {"resourceId": "i1", "eventCategory": "INVOICE", "eventType": "CREATE"}
    for events in ([event, invoice], [event]):
        raw = wire.body(
            {"events": events, "firstEventSequence": 1, "lastEventSequence": 2, "entropy": "x"}
        )
        r = await public.post(xero.path, content=raw, headers=wire.xero_headers(raw, xero.secret))
        assert r.status_code == 200
    assert [e.topic for e in await events_of(xero.id)] == ["contact.update", "invoice.create"]


# Rule: QuickBooks's legacy eventNotifications and its CloudEvents array are both accepted,
# each entity change stored as its own event.
async def test_quickbooks_accepts_both_notification_formats(public, quickbooks):
    legacy = {
        "eventNotifications": [
            {
                "realmId": REALM,
                "dataChangeEvent": {
                    "entities": [
                        {
                            "name": "Invoice",
                            "id": "132",
                            "operation": "Update",
                            "lastUpdated": "2017-04-16T06:18:04.000Z",
                        },
                        {
                            "name": "Customer",
                            "id": "7",
                            "operation": "Create",
                            "lastUpdated": "2017-04-16T06:18:05.000Z",
                        },
                    ]
                },
            }
        ]
    }
    cloud = [
        {
            "specversion": "1.0",
            "id": "88cd52a7-2b2b-4f76-9f04-2b07ef0a7b1a",
            "source": "intuit.qbo",
            "type": "qbo.invoice.created.v1",
            "time": "2026-01-20T12:00:00Z",
            "intuitentityid": "145",
            "intuitaccountid": REALM,
            "data": {},
        }
    ]
    for payload in (legacy, cloud):
        raw = wire.body(payload)
        r = await public.post(
            quickbooks.path, content=raw, headers=wire.intuit_headers(raw, quickbooks.secret)
        )
        assert r.status_code == 200, r.text
    stored = await events_of(quickbooks.id)
    assert [(e.topic, json.loads(e.payload)["entity_id"]) for e in stored] == [
        ("invoice.update", "132"),
        ("customer.create", "7"),
        ("invoice.create", "145"),
    ]
    assert stored[2].upstream_id == "88cd52a7-2b2b-4f76-9f04-2b07ef0a7b1a"


async def test_quickbooks_with_a_wrong_verifier_token_is_401(public, quickbooks):
    raw = wire.body({"eventNotifications": []})
    r = await public.post(quickbooks.path, content=raw, headers=wire.intuit_headers(raw, "wrong"))
    assert r.status_code == 401
    assert not await InboxEvent.filter(integration_id=quickbooks.id).exists()
