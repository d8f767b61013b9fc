"""Integrations as data: created through the API, secrets sealed and never handed back,
rotated with a grace period, disconnected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from tortoise import connections

from crm import clock
from crm.models import AuditEntry, Role
from crm.settings import Settings
from integrations import secrets
from integrations.models import Integration
from tests.integrations import wire

SECRET = "shpss_0123456789abcdef0123456789abcdef"
T0 = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)


async def _create(client, secret: str = SECRET):
    return await client.post(
        "/api/v1/integrations",
        json={
            "provider": "shopify",
            "name": "Main shop",
            "config": {"shop_domain": wire.SHOP, "client_secret": secret},
        },
    )


# Rule: creating an integration returns its id and the URL to give the provider, and the
# secret appears in no response and in no column in the clear.
async def test_an_integration_is_created_with_its_webhook_url_and_no_secret(client, settings):
    r = await _create(client)

    assert r.status_code == 201, r.text
    made = r.json()
    assert made["webhook_url"] == f"{settings.public_url}/webhooks/shopify/{made['id']}"
    assert made["settings"] == {"shop_domain": wire.SHOP}
    assert made["secrets"] == ["client_secret"]
    listed = (await client.get("/api/v1/integrations")).text
    read = (await client.get(f"/api/v1/integrations/{made['id']}")).text
    for text in (r.text, listed, read):
        assert SECRET not in text
    rows = await connections.get("default").execute_query_dict(
        'SELECT * FROM "integrations" WHERE id = ' + str(made["id"])
    )
    assert SECRET not in str(rows)
    integration = await Integration.get(id=made["id"])
    assert secrets.unseal(integration.sealed) == {"client_secret": SECRET}
    assert await AuditEntry.exists(action="integration.create", subject_id=str(made["id"]))


async def test_a_fortnox_integration_has_no_webhook_url(client):
    r = await client.post(
        "/api/v1/integrations",
        json={
            "provider": "fortnox",
            "config": {
                "tenant_id": 29302,
                "client_id": "fx",
                "client_secret": "fx-secret",
                "refresh_token": "fx-refresh",
            },
        },
    )
    assert r.status_code == 201, r.text
    assert r.json()["webhook_url"] is None
    assert r.json()["secrets"] == ["access_token", "client_secret", "refresh_token"]


@pytest.mark.parametrize(
    "body, field",
    [
        (
            {
                "provider": "shopify",
                "config": {"shop_domain": "evil.example.com", "client_secret": "x"},
            },
            "config.shop_domain",
        ),
        ({"provider": "shopify", "config": {"shop_domain": wire.SHOP}}, "config.client_secret"),
        (
            {"provider": "stripe", "config": {"webhook_secret": "sk_live_x"}},
            "config.webhook_secret",
        ),
        ({"provider": "stripe", "config": {"webhook_secret": "whsec_x", "x": 1}}, "config.x"),
        ({"provider": "mailchimp", "config": {}}, "provider"),
    ],
)
# Rule: a configuration is validated for its provider, and the error names the field.
async def test_a_bad_configuration_is_422_naming_the_field(client, body, field):
    r = await client.post("/api/v1/integrations", json=body)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["field"] == field


# Rule: integrations are an admin's business.
async def test_a_marketer_cannot_connect_an_integration(client_for, workspace):
    async with await client_for(workspace, Role.MARKETER) as marketer:
        assert (await _create(marketer)).status_code == 403


# Rule: after a rotation both secrets are accepted until the grace period ends; then only
# the new one.
async def test_a_rotated_secret_keeps_the_old_one_valid_for_the_grace_period(client, public):
    with clock.frozen(T0):
        made = (await _create(client)).json()
        path = f"/webhooks/shopify/{made['id']}"
        r = await client.post(
            f"/api/v1/integrations/{made['id']}/rotate",
            json={"secrets": {"client_secret": "the-new-secret"}, "grace_hours": 2},
        )
        assert r.status_code == 200, r.text
        assert "the-new-secret" not in r.text
        assert r.json()["previous_secrets_valid_until"].startswith("2030-03-01T11:00:00")

        async def deliver(secret: str, event_id: str) -> int:
            raw = wire.body(wire.customer())
            headers = wire.shopify_headers(raw, secret, "customers/update", event_id)
            return (await public.post(path, content=raw, headers=headers)).status_code

        assert await deliver("the-new-secret", "r1") == 200
        assert await deliver(SECRET, "r2") == 200
        clock.advance(timedelta(hours=2, seconds=1))
        assert await deliver(SECRET, "r3") == 401
        assert await deliver("the-new-secret", "r4") == 200


async def test_only_the_providers_secrets_can_be_rotated(client):
    made = (await _create(client)).json()
    r = await client.post(
        f"/api/v1/integrations/{made['id']}/rotate", json={"secrets": {"shop_domain": "x"}}
    )
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "secrets.shop_domain"


# Rule: a disconnected integration's URL answers 404 and its secrets are destroyed.
async def test_a_deleted_integration_stops_receiving(client, public):
    made = (await _create(client)).json()
    assert (await client.delete(f"/api/v1/integrations/{made['id']}")).status_code == 204
    raw = wire.body(wire.customer())
    headers = wire.shopify_headers(raw, SECRET, "customers/create", "gone")
    assert (
        await public.post(f"/webhooks/shopify/{made['id']}", content=raw, headers=headers)
    ).status_code == 404
    integration = await Integration.get(id=made["id"])
    assert secrets.unseal(integration.sealed) == {}
    assert (await client.get(f"/api/v1/integrations/{made['id']}")).json()["secrets"] == []


# Rule: SECRET_KEY can rotate: what the previous key sealed still opens, new seals use the
# new key, and a key that never sealed it cannot open it.
def test_seals_survive_a_secret_key_rotation(settings):
    old = Settings(secret_key="o" * 40, _env_file=None)
    secrets.configure(old)
    sealed = secrets.seal({"client_secret": "s3cret"})
    secrets.configure(Settings(secret_key="n" * 40, previous_secret_keys="o" * 40, _env_file=None))
    assert secrets.unseal(sealed) == {"client_secret": "s3cret"}
    secrets.configure(Settings(secret_key="x" * 40, _env_file=None))
    with pytest.raises(secrets.SealError):
        secrets.unseal(sealed)


async def test_the_inbox_lists_events_without_payloads(client, public, shop):
    raw = wire.body(wire.customer())
    headers = wire.shopify_headers(raw, shop.secret, "customers/create", "list-1")
    await public.post(shop.path, content=raw, headers=headers)

    r = await client.get(f"/api/v1/integrations/{shop.id}/events", params={"status": "received"})

    assert r.status_code == 200
    [item] = r.json()["items"]
    assert item["topic"] == "customers/create" and item["status"] == "received"
    assert "bob@example.com" not in r.text
