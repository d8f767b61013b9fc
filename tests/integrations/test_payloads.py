"""Raw payloads, orders and deliveries are personal data: exported, erased with the person,
and deleted after the workspace's retention period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from crm import clock, work
from crm.models import Contact, Workspace
from crm.privacy import retention
from integrations.models import InboxEvent, InboxStatus, WebhookDelivery
from tests.integrations import wire
from tests.integrations.conftest import events_of
from tests.integrations.test_shopify import deliver, process
from tests.privacy.test_rights import _all_text

T0 = datetime(2030, 1, 10, 8, 0, tzinfo=UTC)


# Rule: raw payloads are deleted after webhook_payload_days (30 by default), not before.
async def test_payloads_are_deleted_after_the_retention_period_not_before(public, shop, workspace):
    with clock.frozen(T0):
        await deliver(public, shop, "customers/create", wire.customer(), "ret-1")
        clock.advance(timedelta(days=30) - timedelta(minutes=1))
        counts = await retention.run_once()
        assert len(await events_of(shop.id)) == 1
        clock.advance(timedelta(minutes=2))
        counts = await retention.run_once()
    assert await events_of(shop.id) == []
    assert counts["webhook_payloads"] >= 1


async def test_the_retention_period_is_the_workspaces_own(public, shop, workspace):
    await Workspace.filter(id=workspace.id).update(webhook_payload_days=7)
    with clock.frozen(T0):
        await deliver(public, shop, "customers/create", wire.customer(), "ret-7")
        clock.advance(timedelta(days=7, minutes=1))
        await retention.run_once()
    assert await events_of(shop.id) == []


# Rule: erasure blanks every payload naming the person, even one not processed yet (found by
# address), keeping the row so that a late retry is still recognised; that event is then
# ignored, not processed.
async def test_erasure_blanks_payloads_naming_the_person_even_unprocessed(
    public, shop, client, workspace
):
    await process(public, shop, "customers/create", wire.customer(), "er-1")
    contact = await Contact.get(workspace_id=workspace.id, email="bob@example.com")
    await deliver(public, shop, "orders/create", wire.order(), "er-2")  # not processed yet
    assert (await client.delete(f"/api/v1/contacts/{contact.id}")).status_code == 204

    events = await events_of(shop.id)
    assert [e.payload for e in events] == ["", ""]
    await deliver(public, shop, "orders/create", wire.order(), "er-2")  # Shopify retries it
    assert len(await events_of(shop.id)) == 2
    await work.drain()
    pending = await InboxEvent.get(upstream_id="orders/create/er-2", integration_id=shop.id)
    assert pending.status == InboxStatus.IGNORED


# Rule: the export holds the person's orders.
async def test_the_export_includes_orders(public, shop, client, workspace):
    await process(public, shop, "orders/create", wire.order(), "ex-1")
    contact = await Contact.get(workspace_id=workspace.id, email="bob@example.com")
    document = (await client.get(f"/api/v1/contacts/{contact.id}/export")).json()
    [order] = document["orders"]
    assert (order["number"], order["total"], order["currency"], order["status"]) == (
        "#1001",
        "49.00",
        "USD",
        "paid",
    )


# Rule: after erasing someone who came through a webhook, with an order and an outgoing
# delivery, no table holds their address, name or phone.
async def test_erasure_leaves_no_trace_of_a_webhook_customer_in_any_table(
    public, shop, client, workspace, provider
):
    provider.add("POST", "/crm", httpx.Response(500))
    r = await client.post(
        "/api/v1/webhook-endpoints", json={"url": "https://hooks.example.com/crm"}
    )
    assert r.status_code == 201
    person = wire.customer(
        email="Norma.Trace@Example.org", first_name="Normatrace", phone="+46709876543"
    )
    await process(public, shop, "customers/create", person, "tr-1")
    await process(
        public,
        shop,
        "orders/create",
        wire.order(email="norma.trace@example.org", customer=person),
        "tr-2",
    )
    contact = await Contact.get(workspace_id=workspace.id, email="norma.trace@example.org")
    assert await WebhookDelivery.exists(contact_id=contact.id)
    assert "norma.trace@example.org" in await _all_text()

    assert (await client.delete(f"/api/v1/contacts/{contact.id}")).status_code == 204

    after = await _all_text()
    for trace in ("norma.trace@example.org", "normatrace", "46709876543"):
        assert trace not in after, trace
