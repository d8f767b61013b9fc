"""Data subject rights: erasure without a trace, exports with everything, deadlines, objections."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from tortoise import connections

from crm import clock
from crm.consent import eligibility, ledger
from crm.consent.ledger import Grant, Suppressed
from crm.contacts import service
from crm.contacts.schemas import ContactIn
from crm.models import (
    ConsentAction,
    ConsentSource,
    ConsentState,
    Contact,
    PrivacyRequest,
    Purpose,
    Workspace,
)
from crm.models.privacy import Jurisdiction
from crm.privacy import deadlines

EMAIL = "Erin.Erasure@Example.org"
NAME = "Ermintrude"
PHONE = "+46701234567"


async def _person(client, email=EMAIL) -> dict:
    r = await client.post(
        "/api/v1/contacts",
        json={
            "email": email,
            "first_name": NAME,
            "last_name": "Zyx",
            "phone": PHONE,
            "address": {"line1": "Storgatan 1", "city": "Lund"},
            "tags": ["vip"],
            "external_ids": {"shopify": "555"},
        },
    )
    assert r.status_code == 201, r.text
    contact = r.json()
    r = await client.post(
        f"/api/v1/contacts/{contact['id']}/consents",
        json={
            "purpose": "email_marketing",
            "action": "confirmed",
            "evidence": {"ip": "198.51.100.23", "user_agent": "Mozilla/5.0 Erin", "wording": "Yes"},
        },
    )
    assert r.status_code == 201, r.text
    return contact


async def _all_text() -> str:
    """Every value of every table, as one string to search in."""
    conn = connections.get("default")
    if conn.schema_generator.DIALECT == "postgres":
        names = [
            r["tablename"]
            for r in await conn.execute_query_dict(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        ]
    else:
        names = [
            r["name"]
            for r in await conn.execute_query_dict(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        ]
    assert "contacts" in names and "consent_evidence" in names
    chunks = []
    for name in names:
        for row in await conn.execute_query_dict(f'SELECT * FROM "{name}"'):
            chunks.append(json.dumps(row, default=str))
    return "\n".join(chunks).lower()


async def test_erasure_leaves_no_trace_of_email_name_or_phone_in_any_table(client):
    contact = await _person(client)
    await client.get(f"/api/v1/contacts/{contact['id']}")  # audit rows exist too
    before = await _all_text()
    assert "erin.erasure@example.org" in before and NAME.lower() in before
    r = await client.post(
        "/api/v1/privacy/requests", json={"type": "erasure", "contact_id": contact["id"]}
    )
    assert r.status_code == 201, r.text
    after = await _all_text()
    for trace in [
        "erin.erasure@example.org",
        "erin.erasure",
        NAME.lower(),
        PHONE,
        "46701234567",
        "storgatan",
        "198.51.100.23",
        "mozilla/5.0 erin",
    ]:
        assert trace.lower() not in after, trace
    # the proof remains: the ledger with its hashes, now ending in a withdrawal
    events = await ledger.history([contact["id"]])
    assert [e.action for e in events] == [ConsentAction.CONFIRMED, ConsentAction.WITHDRAWN]
    assert (await client.get(f"/api/v1/contacts/{contact['id']}")).status_code == 404


async def test_after_erasure_an_old_webhook_or_import_cannot_restore_consent(client, actor):
    contact = await _person(client, "again@example.org")
    erased_at = clock.now()
    await client.delete(f"/api/v1/contacts/{contact['id']}")
    # the person comes back through an upsert (a re-import or a webhook): a new contact
    result = await service.upsert(actor, ContactIn(email="AGAIN@example.org", source="import"))
    assert result.created and result.contact.id != contact["id"]
    # a consent observed before the erasure (a retried webhook) is refused
    with pytest.raises(Suppressed):
        await ledger.record(
            actor,
            result.contact,
            Grant(
                Purpose.EMAIL_MARKETING,
                ConsentAction.GRANTED,
                ConsentSource.SHOPIFY,
                evidence={"upstream_event_id": "e1"},
                occurred_at=erased_at - timedelta(hours=1),
            ),
        )
    # and an import never consents anyone
    with pytest.raises(Suppressed):
        await ledger.record(
            actor,
            result.contact,
            Grant(
                Purpose.EMAIL_MARKETING,
                ConsentAction.GRANTED,
                ConsentSource.IMPORT,
                evidence={"file": "x.csv"},
            ),
        )
    workspace = await Workspace.get(id=actor.workspace_id)
    assert not await eligibility.mailable(workspace).filter(id=result.contact.id).exists()
    # a fresh signup after the erasure is the person's own new choice
    await ledger.record(
        actor,
        result.contact,
        Grant(
            Purpose.EMAIL_MARKETING,
            ConsentAction.CONFIRMED,
            ConsentSource.FORM,
            evidence={"ip": "192.0.2.1", "wording": "Subscribe"},
            occurred_at=clock.now() + timedelta(seconds=1),
        ),
    )
    assert await eligibility.mailable(workspace).filter(id=result.contact.id).exists()


async def test_the_export_is_valid_json_with_everything_held(client):
    contact = await _person(client, "export@example.org")
    r = await client.post(
        "/api/v1/privacy/requests", json={"type": "access", "email": "EXPORT@example.org"}
    )
    assert r.status_code == 201
    body = r.json()
    assert body["status"] == "completed"
    doc = body["export"]
    assert doc["contact"]["email"] == "export@example.org"
    assert doc["contact"]["first_name"] == NAME and doc["contact"]["tags"] == ["vip"]
    assert doc["contact"]["external_ids"] == {"shopify": "555"}
    assert doc["consent"]["state"][0]["status"] == "confirmed"
    assert doc["consent"]["ledger"][0]["evidence"]["ip"] == "198.51.100.23"
    # the request being answered is part of what is held
    assert [(r["type"], r["status"]) for r in doc["privacy_requests"]] == [("access", "received")]
    r = await client.get(f"/api/v1/contacts/{contact['id']}/export")
    assert r.headers["content-disposition"].endswith('.json"')
    full = json.loads(r.text)
    assert full["privacy_requests"][0]["type"] == "access"
    r = await client.get(f"/api/v1/contacts/{contact['id']}/export", params={"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {
        "section": "contact",
        "item": "",
        "field": "email",
        "value": "export@example.org",
    } in rows


async def test_the_export_includes_contacts_merged_into_the_person(client):
    a = await _person(client, "merge-a@example.org")
    b = (await client.post("/api/v1/contacts", json={"email": "merge-b@example.org"})).json()
    await client.post(f"/api/v1/contacts/{a['id']}/merge", json={"merge_id": b["id"]})
    doc = (await client.get(f"/api/v1/contacts/{a['id']}/export")).json()
    assert [m["email"] for m in doc["merged_contacts"]] == ["merge-b@example.org"]


async def test_restriction_excludes_from_campaigns_audiences_and_scoring(client, actor):
    contact = await _person(client, "restrict@example.org")
    for purpose in ("ads", "profiling"):
        await client.post(
            f"/api/v1/contacts/{contact['id']}/consents",
            json={"purpose": purpose, "action": "granted", "evidence": {"wording": "ok"}},
        )
    workspace = await Workspace.get(id=actor.workspace_id)
    for query in (eligibility.mailable, eligibility.advertisable, eligibility.profilable):
        assert await query(workspace).filter(id=contact["id"]).exists()
    r = await client.post(
        "/api/v1/privacy/requests", json={"type": "restriction", "contact_id": contact["id"]}
    )
    assert r.json()["result"] == {"restricted": True}
    for query in (eligibility.mailable, eligibility.advertisable, eligibility.profilable):
        assert not await query(workspace).filter(id=contact["id"]).exists()
    # the data is kept, and the restriction can be lifted
    assert (await Contact.get(id=contact["id"])).first_name == NAME
    assert (await client.delete(f"/api/v1/contacts/{contact['id']}/restriction")).status_code == 204
    assert await eligibility.mailable(workspace).filter(id=contact["id"]).exists()


async def test_objection_withdraws_every_marketing_purpose(client):
    contact = await _person(client, "object@example.org")
    await client.post(
        f"/api/v1/contacts/{contact['id']}/consents",
        json={"purpose": "ads", "action": "granted", "evidence": {"wording": "ok"}},
    )
    r = await client.post(
        "/api/v1/privacy/requests", json={"type": "objection", "contact_id": contact["id"]}
    )
    assert r.json()["result"] == {"withdrawn": 2}
    states = {s.purpose: s.status for s in await ConsentState.filter(contact_id=contact["id"])}
    assert set(states.values()) == {ConsentAction.WITHDRAWN}


async def test_opting_out_of_sale_excludes_from_audience_sync_only(client, actor):
    contact = await _person(client, "ccpa@example.org")
    await client.post(
        f"/api/v1/contacts/{contact['id']}/consents",
        json={"purpose": "ads", "action": "granted", "evidence": {"wording": "ok"}},
    )
    r = await client.post(
        "/api/v1/privacy/requests",
        json={"type": "opt_out_sale", "jurisdiction": "ccpa", "contact_id": contact["id"]},
    )
    assert r.status_code == 201
    workspace = await Workspace.get(id=actor.workspace_id)
    assert not await eligibility.advertisable(workspace).filter(id=contact["id"]).exists()
    assert await eligibility.mailable(workspace).filter(id=contact["id"]).exists()


async def test_rectification_changes_the_profile_and_is_logged(client, workspace):
    contact = await _person(client, "rect@example.org")
    r = await client.post(
        "/api/v1/privacy/requests",
        json={
            "type": "rectification",
            "contact_id": contact["id"],
            "changes": {"last_name": "Correct"},
        },
    )
    assert r.json()["result"] == {"fields": ["last_name"]}
    assert (await Contact.get(id=contact["id"])).last_name == "Correct"
    r = await client.post(
        "/api/v1/privacy/requests", json={"type": "rectification", "contact_id": contact["id"]}
    )
    assert r.status_code == 422


@pytest.mark.parametrize(
    ("jurisdiction", "days"), [(Jurisdiction.GDPR, 30), (Jurisdiction.CCPA, 45)]
)
def test_deadlines_are_computed_per_law(jurisdiction, days):
    received = datetime(2026, 2, 10, 9, 30, tzinfo=UTC)
    assert deadlines.due_at(jurisdiction, received) == received + timedelta(days=days)


async def test_a_request_entered_late_is_overdue_and_listed_as_such(client):
    contact = await _person(client, "late@example.org")
    r = await client.post(
        "/api/v1/privacy/requests",
        json={
            "type": "access",
            "jurisdiction": "ccpa",
            "contact_id": contact["id"],
            "received_at": "2026-01-01T00:00:00Z",
        },
    )
    assert r.json()["due_at"].startswith("2026-02-15")
    row = await PrivacyRequest.get(id=r.json()["id"])
    assert row.completed_at is not None and not r.json()["overdue"]
    listed = (await client.get("/api/v1/privacy/requests", params={"status": "completed"})).json()[
        "items"
    ]
    assert r.json()["id"] in [i["id"] for i in listed]
