"""Outgoing webhooks: the CRM's events, signed so a receiver can verify them, retried with
backoff, carrying no more personal data than needed, and erased with the person."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from crm import clock, events, work
from crm.models import WorkItem
from integrations.models import DeliveryStatus, WebhookDelivery
from tests.integrations.conftest import FakeProvider

HOOK = "https://hooks.example.com/crm"
T0 = datetime(2030, 6, 1, 12, 0, tzinfo=UTC)


async def register(client, **body) -> dict:
    r = await client.post("/api/v1/webhook-endpoints", json={"url": HOOK, **body})
    assert r.status_code == 201, r.text
    return dict(r.json())


def signatures(request: httpx.Request) -> tuple[int, list[str]]:
    parts = [p.split("=", 1) for p in request.headers["x-crm-signature"].split(",")]
    timestamp = int(next(v for k, v in parts if k == "t"))
    return timestamp, [v for k, v in parts if k == "v1"]


def signed_by(request: httpx.Request, secret: str) -> bool:
    """Verify as a receiver would: HMAC-SHA256 over "<t>.<body>", any v1."""
    timestamp, given = signatures(request)
    expected = hmac.new(
        secret.encode(), f"{timestamp}.".encode() + request.content, hashlib.sha256
    ).hexdigest()
    return any(hmac.compare_digest(expected, v) for v in given)


async def run_due(after: timedelta = timedelta(seconds=2)) -> None:
    clock.advance(after)
    await work.drain()


# Rule: a new contact is announced to the registered URL, signed with the endpoint's secret
# over the timestamp and the exact body, with its id and address only.
async def test_a_contact_created_is_delivered_signed_and_minimal(client, provider: FakeProvider):
    provider.add("POST", "/crm", httpx.Response(204))
    with clock.frozen(T0):
        hook = await register(client)
        r = await client.post(
            "/api/v1/contacts",
            json={"email": "ada@example.com", "first_name": "Ada", "phone": "+46705550103"},
        )
        await run_due()

    [request] = provider.calls("/crm")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-crm-event"] == "contact.created"
    assert signed_by(request, hook["secret"])
    assert not signed_by(request, "whsec_someone-else")
    assert signatures(request)[0] == int((T0 + timedelta(seconds=2)).timestamp())
    body = json.loads(request.content)
    assert body["type"] == "contact.created" and body["id"] == request.headers["x-crm-delivery"]
    assert body["data"] == {"contact_id": r.json()["id"], "email": "ada@example.com"}
    [delivery] = await WebhookDelivery.filter(endpoint_id=hook["id"])
    assert (delivery.status, delivery.response_status) == (DeliveryStatus.DELIVERED, 204)


# Rule: a failed delivery is retried with backoff, under the same delivery id, until the
# endpoint answers 2xx.
async def test_a_failed_delivery_is_retried_with_backoff(client, provider: FakeProvider):
    provider.add("POST", "/crm", httpx.Response(500), httpx.Response(200))
    with clock.frozen(T0):
        hook = await register(client)
        await client.post("/api/v1/contacts", json={"email": "retry@example.com"})
        await run_due()
        [delivery] = await WebhookDelivery.filter(endpoint_id=hook["id"])
        assert (delivery.status, delivery.attempts, delivery.response_status) == (
            DeliveryStatus.PENDING,
            1,
            500,
        )
        item = await WorkItem.get(task="integrations.deliver_webhook", ref=str(delivery.id))
        assert item.due_at == clock.now() + work.backoff(1)
        await run_due(timedelta(seconds=5))
        assert len(provider.calls("/crm")) == 1  # not before its backoff
        await run_due(work.backoff(1))

    first, second = provider.calls("/crm")
    assert first.headers["x-crm-delivery"] == second.headers["x-crm-delivery"]
    await delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.DELIVERED, 2)


# Rule: an endpoint receives only the event types it asked for; consent changes carry the
# purpose and action, never the evidence.
async def test_an_endpoint_gets_only_its_event_types(client, provider: FakeProvider):
    provider.add("POST", "/crm", httpx.Response(200))
    with clock.frozen(T0):
        await register(client, events=["consent.changed"])
        contact = (await client.post("/api/v1/contacts", json={"email": "c@example.com"})).json()
        await client.post(
            f"/api/v1/contacts/{contact['id']}/consents",
            json={
                "purpose": "email_marketing",
                "action": "granted",
                "evidence": {"ip": "198.51.100.7", "wording": "Yes please"},
            },
        )
        await run_due()

    [request] = provider.calls("/crm")
    data = json.loads(request.content)["data"]
    assert data == {
        "contact_id": contact["id"],
        "email": "c@example.com",
        "purpose": "email_marketing",
        "topic_id": 0,
        "action": "granted",
        "source": "api",
        "occurred_at": data["occurred_at"],
    }
    assert "198.51.100.7" not in request.content.decode()


# Rule: erasing a person drops the announcements about them not yet delivered, and the
# erasure itself is announced with the contact id alone.
async def test_erasure_drops_pending_deliveries_and_announces_only_the_id(
    client, provider: FakeProvider
):
    provider.add("POST", "/crm", httpx.Response(200))
    with clock.frozen(T0):
        hook = await register(client)
        contact = (await client.post("/api/v1/contacts", json={"email": "gone@example.com"})).json()
        assert (await client.delete(f"/api/v1/contacts/{contact['id']}")).status_code == 204
        await run_due()

    [request] = provider.calls("/crm")
    body = json.loads(request.content)
    assert (body["type"], body["data"]) == ("contact.erased", {"contact_id": contact["id"]})
    rows = await WebhookDelivery.filter(endpoint_id=hook["id"])
    assert [d.type for d in rows] == ["contact.erased"]
    assert all("gone@example.com" not in d.payload for d in rows)


# Rule: the unsubscribe announced by the tracking package reaches the endpoint too, with the
# listed fields only.
async def test_an_unsubscribe_is_announced(client, workspace, provider: FakeProvider):
    provider.add("POST", "/crm", httpx.Response(200))
    with clock.frozen(T0):
        await register(client)
        await events.emit(
            workspace.id,
            events.CONTACT_UNSUBSCRIBED,
            {"contact_id": 7, "email": "u@example.com", "topic_id": 0, "ip": "203.0.113.9"},
        )
        await run_due()
    [request] = provider.calls("/crm")
    assert json.loads(request.content)["data"] == {
        "contact_id": 7,
        "email": "u@example.com",
        "topic_id": 0,
    }


# Rule: after a rotation, deliveries carry a signature by each secret until the grace
# period ends, so receivers can switch without a gap; the new secret is shown once.
async def test_a_rotated_endpoint_signs_with_both_secrets_during_the_grace(
    client, provider: FakeProvider
):
    provider.add("POST", "/crm", httpx.Response(200))
    with clock.frozen(T0):
        hook = await register(client)
        r = await client.post(
            f"/api/v1/webhook-endpoints/{hook['id']}/rotate", json={"grace_hours": 1}
        )
        new_secret = r.json()["secret"]
        listed = (await client.get("/api/v1/webhook-endpoints")).text
        assert new_secret not in listed and hook["secret"] not in listed
        await client.post("/api/v1/contacts", json={"email": "r1@example.com"})
        await run_due()
        await run_due(timedelta(hours=1))
        await client.post("/api/v1/contacts", json={"email": "r2@example.com"})
        await run_due()

    during, after = provider.calls("/crm")
    assert signed_by(during, new_secret) and signed_by(during, hook["secret"])
    assert len(signatures(during)[1]) == 2
    assert signed_by(after, new_secret) and not signed_by(after, hook["secret"])


@pytest.mark.parametrize(
    "url",
    [
        "http://hooks.example.com/crm",
        "https://localhost/crm",
        "https://10.0.0.8/crm",
        "https://169.254.169.254/latest",
        "https://[::1]/crm",
        "ftp://hooks.example.com",
    ],
)
# Rule: the CRM is not made to call its own network: https to a public host only.
async def test_an_endpoint_url_must_be_public_https(client, url):
    r = await client.post("/api/v1/webhook-endpoints", json={"url": url})
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "url"


async def test_deliveries_are_listed_with_their_fate(client, provider: FakeProvider):
    provider.add("POST", "/crm", httpx.Response(410))
    with clock.frozen(T0):
        hook = await register(client)
        await client.post("/api/v1/contacts", json={"email": "l@example.com"})
        await run_due()
    r = await client.get(f"/api/v1/webhook-endpoints/{hook['id']}/deliveries")
    [item] = r.json()["items"]
    assert (item["type"], item["status"], item["response_status"], item["attempts"]) == (
        "contact.created",
        "pending",
        410,
        1,
    )
    assert "l@example.com" not in r.text
