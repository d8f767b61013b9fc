"""The consent ledger: append-only, hash-chained, and provably untouched."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from crm import db
from crm.consent import ledger, verify
from crm.consent.ledger import Grant
from crm.contacts import service
from crm.contacts.schemas import ContactIn
from crm.models import ConsentAction, ConsentEvent, ConsentSource, ConsentState, Purpose
from crm.models.audit import AppendOnlyError

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def grant(action=ConsentAction.GRANTED, purpose=Purpose.EMAIL_MARKETING, at=None, **evidence):
    return Grant(
        purpose=purpose,
        action=action,
        source=ConsentSource.FORM,
        evidence=evidence or {"ip": "203.0.113.7", "wording": "Send me news"},
        occurred_at=at,
    )


async def _contact(actor, email="l@example.com"):
    return await service.create(actor, ContactIn(email=email))


async def test_events_are_chained_per_contact(actor):
    contact = await _contact(actor)
    first = await ledger.record(actor, contact, grant(ConsentAction.PENDING))
    second = await ledger.record(actor, contact, grant(ConsentAction.CONFIRMED))
    assert (first.seq, second.seq) == (1, 2)
    assert first.prev_hash == "0" * 64 and second.prev_hash == first.hash
    assert len(second.hash) == 64 and second.hash != first.hash
    report = await verify.verify_contacts([contact.id])
    assert report.ok and report.events == 2


async def test_the_state_follows_the_latest_event_even_when_events_arrive_late(actor):
    contact = await _contact(actor)
    await ledger.record(actor, contact, grant(ConsentAction.WITHDRAWN, at=T0 + timedelta(days=1)))
    await ledger.record(actor, contact, grant(ConsentAction.GRANTED, at=T0))  # a late retry
    state = await ConsentState.get(contact_id=contact.id, purpose=Purpose.EMAIL_MARKETING)
    assert state.status == ConsentAction.WITHDRAWN
    assert await ConsentEvent.filter(contact_id=contact.id).count() == 2


async def test_purposes_have_separate_states(actor):
    contact = await _contact(actor)
    await ledger.record(actor, contact, grant(ConsentAction.GRANTED, Purpose.ADS))
    await ledger.record(actor, contact, grant(ConsentAction.WITHDRAWN, Purpose.EMAIL_MARKETING))
    states = {s.purpose: s.status for s in await ledger.states(contact.id)}
    assert states == {
        Purpose.ADS: ConsentAction.GRANTED,
        Purpose.EMAIL_MARKETING: ConsentAction.WITHDRAWN,
    }


async def test_the_orm_refuses_to_change_or_delete_an_event(actor):
    contact = await _contact(actor)
    event = await ledger.record(actor, contact, grant())
    event.action = ConsentAction.WITHDRAWN
    with pytest.raises(AppendOnlyError):
        await event.save()
    with pytest.raises(AppendOnlyError):
        await event.delete()


async def test_the_database_refuses_update_and_delete_on_the_ledger(actor):
    contact = await _contact(actor)
    event = await ledger.record(actor, contact, grant())
    conn = connections.get("default")
    with pytest.raises(Exception, match="append-only"):
        await conn.execute_query(
            f"UPDATE consent_events SET action = 'withdrawn' WHERE id = {event.id}"
        )
    with pytest.raises(Exception, match="append-only"):
        await conn.execute_query(f"DELETE FROM consent_events WHERE id = {event.id}")


async def _tamper(sql: str) -> None:
    """Run `sql` with the append-only guard lifted, as an attacker with database access could."""
    conn = connections.get("default")
    if db.dialect() == "postgres":
        await conn.execute_script(
            f"ALTER TABLE consent_events DISABLE TRIGGER USER; {sql}; "
            "ALTER TABLE consent_events ENABLE TRIGGER USER;"
        )
    else:
        await conn.execute_script(
            'DROP TRIGGER "consent_events_no_update"; DROP TRIGGER "consent_events_no_delete";'
            f"{sql};"
            """CREATE TRIGGER "consent_events_no_update" BEFORE UPDATE ON "consent_events"
            BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;
            CREATE TRIGGER "consent_events_no_delete" BEFORE DELETE ON "consent_events"
            BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;"""
        )


async def test_changing_one_event_in_sql_breaks_verify_at_exactly_that_event(actor, workspace):
    contact = await _contact(actor)
    events = [
        await ledger.record(actor, contact, grant(a))
        for a in (ConsentAction.PENDING, ConsentAction.CONFIRMED, ConsentAction.WITHDRAWN)
    ]
    other = await _contact(actor, "untouched@example.com")
    await ledger.record(actor, other, grant())
    await _tamper(f"UPDATE consent_events SET action = 'granted' WHERE id = {events[2].id}")
    report = await verify.verify_workspace(workspace.id)
    assert not report.ok
    assert (report.broken.event_id, report.broken.seq) == (events[2].id, 3)
    assert "changed" in report.broken.reason
    assert (await verify.verify_contacts([other.id])).ok


async def test_deleting_an_event_in_sql_breaks_verify_at_the_next_one(actor):
    contact = await _contact(actor)
    events = [
        await ledger.record(actor, contact, grant(a))
        for a in (ConsentAction.PENDING, ConsentAction.CONFIRMED, ConsentAction.WITHDRAWN)
    ]
    await _tamper(f"DELETE FROM consent_events WHERE id = {events[1].id}")
    report = await verify.verify_contacts([contact.id])
    assert report.broken.event_id == events[2].id
    assert "missing" in report.broken.reason


async def test_changed_evidence_is_detected(actor):
    contact = await _contact(actor)
    event = await ledger.record(actor, contact, grant(ip="198.51.100.1"))
    conn = connections.get("default")
    await conn.execute_query(
        'UPDATE consent_evidence SET data = \'{"ip": "10.0.0.1"}\' WHERE event_id = '
        + str(event.id)
    )
    report = await verify.verify_contacts([contact.id])
    assert report.broken.event_id == event.id and "evidence" in report.broken.reason


async def test_the_verify_endpoint_reports_the_first_broken_link(client, actor):
    created = (await client.post("/api/v1/contacts", json={"email": "v@example.com"})).json()
    r = await client.post(
        f"/api/v1/contacts/{created['id']}/consents",
        json={
            "purpose": "email_marketing",
            "action": "granted",
            "evidence": {"wording": "Yes please", "ip": "203.0.113.9"},
        },
    )
    assert r.status_code == 201, r.text
    body = (await client.get(f"/api/v1/contacts/{created['id']}/consents/verify")).json()
    assert body == {
        "ok": True,
        "events": 1,
        "broken_event_id": None,
        "broken_seq": None,
        "reason": None,
    }
    event_id = r.json()["ledger"][0]["id"]
    await _tamper(f"UPDATE consent_events SET source = 'admin' WHERE id = {event_id}")
    body = (await client.get(f"/api/v1/contacts/{created['id']}/consents/verify")).json()
    assert (body["ok"], body["broken_event_id"], body["broken_seq"]) == (False, event_id, 1)


async def test_recording_consent_over_the_api_needs_evidence_and_a_known_topic(client):
    c = (await client.post("/api/v1/contacts", json={"email": "e@example.com"})).json()
    url = f"/api/v1/contacts/{c['id']}/consents"
    r = await client.post(url, json={"purpose": "email_marketing", "action": "granted"})
    assert (r.status_code, r.json()["error"]["field"]) == (422, "evidence")
    r = await client.post(
        url,
        json={
            "purpose": "email_marketing",
            "action": "granted",
            "topic": "nope",
            "evidence": {"wording": "w"},
        },
    )
    assert (r.status_code, r.json()["error"]["field"]) == (422, "topic")
    await client.post("/api/v1/topics", json={"key": "news", "name": "Newsletter"})
    r = await client.post(
        url,
        json={
            "purpose": "email_marketing",
            "action": "granted",
            "topic": "news",
            "evidence": {"wording": "w"},
        },
    )
    assert r.status_code == 201
    assert {"purpose": "email_marketing", "topic": "news", "status": "granted"}.items() <= r.json()[
        "state"
    ][0].items() or any(
        s["topic"] == "news" and s["status"] == "granted" for s in r.json()["state"]
    )


async def test_evidence_points_at_the_policy_version_in_force(client):
    await client.post(
        "/api/v1/policies",
        json={"version": "2025-01", "text": "old", "effective_at": "2025-01-01T00:00:00Z"},
    )
    await client.post(
        "/api/v1/policies",
        json={"version": "2026-06", "text": "new", "effective_at": "2026-06-01T00:00:00Z"},
    )
    c = (await client.post("/api/v1/contacts", json={"email": "pol@example.com"})).json()
    r = await client.post(
        f"/api/v1/contacts/{c['id']}/consents",
        json={
            "purpose": "email_marketing",
            "action": "granted",
            "occurred_at": "2026-02-01T00:00:00Z",
            "evidence": {"wording": "w"},
        },
    )
    assert r.json()["ledger"][0]["evidence"]["policy_version"] == "2025-01"
    stale = (await client.get("/api/v1/policies/2026-06/stale-consents")).json()["items"]
    assert [x["id"] for x in stale] == [c["id"]]
    assert (await client.get("/api/v1/policies/2025-01/stale-consents")).json()["items"] == []


def test_the_verify_command_names_the_broken_event(tmp_path):
    import subprocess
    import sys

    env = {"DATABASE_URL": f"sqlite://{tmp_path}/v.sqlite3", "PATH": "/usr/bin:/bin"}
    script = (
        "import asyncio\n"
        "from crm import db\n"
        "from crm.consent import ledger\n"
        "from crm.contacts import service\n"
        "from crm.contacts.schemas import ContactIn\n"
        "from crm.models import *\n"
        "from crm.principal import system\n"
        "async def main():\n"
        f"    url = 'sqlite://{tmp_path}/v.sqlite3'\n"
        "    await db.init(url); await db.migrate(url)\n"
        "    ws = await Workspace.create(name='w'); actor = system(ws.id)\n"
        "    c = await service.create(actor, ContactIn(email='c@example.com'))\n"
        "    for a in (ConsentAction.PENDING, ConsentAction.CONFIRMED):\n"
        "        g = ledger.Grant(Purpose.EMAIL_MARKETING, a, ConsentSource.FORM, evidence={})\n"
        "        await ledger.record(actor, c, g)\n"
        "    await db.close()\n"
        "asyncio.run(main())\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, env=env, cwd=tmp_path)
    ok = subprocess.run(
        [sys.executable, "-m", "crm", "consent", "verify"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert ok.returncode == 0, ok.stderr
    assert "checked 2 events of 1 contacts" in ok.stdout
    import sqlite3

    conn = sqlite3.connect(tmp_path / "v.sqlite3")
    conn.execute('DROP TRIGGER "consent_events_no_update"')
    conn.execute("UPDATE consent_events SET source = 'admin' WHERE seq = 2")
    conn.commit()
    conn.close()
    bad = subprocess.run(
        [sys.executable, "-m", "crm", "consent", "verify"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert bad.returncode == 1
    assert "seq 2" in bad.stderr and "changed" in bad.stderr


# Rule: grants recorded at the same moment for one person, each inside its caller's own
# transaction, all land, one after the other in the chain (none fails on the next seq).
async def test_simultaneous_grants_in_their_callers_transactions_all_land(actor):
    contact = await _contact(actor, "race@example.com")

    async def caller(action: ConsentAction) -> None:
        async with in_transaction():
            await ledger.record(actor, contact, grant(action))

    actions = [ConsentAction.GRANTED, ConsentAction.WITHDRAWN] * 3
    await asyncio.gather(*(caller(action) for action in actions))
    events = await ConsentEvent.filter(contact_id=contact.id).order_by("seq")
    assert [e.seq for e in events] == list(range(1, len(actions) + 1))
    report = await verify.verify_contacts([contact.id])
    assert report.ok and report.events == len(actions)
