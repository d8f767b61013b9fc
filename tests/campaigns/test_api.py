"""Campaigns over the API: what a marketer's client sees, status codes and bodies."""

from __future__ import annotations

import email
from email import policy

import pytest

from campaigns.models import Campaign, CampaignStatus, Message
from crm.mail import runtime
from crm.mail.mailer import CaptureMailer
from crm.models import AuditEntry, Role, Workspace
from tests.campaigns.conftest import EVERYONE, FROM, HTML, POSTAL, profile, settle, subscriber

TEMPLATE = {
    "name": "Autumn",
    "subject": "Hi {{ contact.first_name | default('you') }}",
    "html": HTML,
}


async def _draft(client, **overrides) -> dict:  # type: ignore[no-untyped-def]
    template = (await client.post("/api/v1/templates", json=TEMPLATE)).json()
    segment = await client.post("/api/v1/segments", json={"name": "All", "rules": EVERYONE})
    body = {
        "name": "Autumn news",
        "template_id": template["id"],
        "segment_ids": [segment.json()["id"]],
        "from_name": "The Shop",
        "from_email": FROM,
        **overrides,
    }
    r = await client.post("/api/v1/campaigns", json=body)
    assert r.status_code == 201, r.text
    return r.json()


# Rule: a template with problems is refused with every problem, by part and line.
async def test_an_invalid_template_is_refused_with_every_problem(client):
    r = await client.post(
        "/api/v1/templates",
        json={
            "name": "x",
            "subject": "{{ coupon }}",
            "html": "<p>ok</p>\n<p>{{ contact.frist_name }}</p>",
        },
    )
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["code"] == "invalid_template"
    assert error["errors"] == [
        {"part": "subject", "line": 1, "message": "unknown variable 'coupon'"},
        {"part": "html", "line": 2, "message": "unknown variable 'contact.frist_name'"},
    ]
    check = await client.post(
        "/api/v1/templates/validate", json={"name": "x", "subject": "s", "html": "{% if %}"}
    )
    assert check.status_code == 200
    assert check.json()["valid"] is False and check.json()["problems"][0]["line"] == 1


# Rule: a template is saved, read back, and previewed for a chosen contact; that preview is
# a read of the contact's data, audited.
async def test_a_template_is_previewed_for_a_chosen_contact(client, actor):
    r = await client.post("/api/v1/templates", json=TEMPLATE)
    assert r.status_code == 201, r.text
    template = r.json()
    contact = await subscriber(actor, "mia@example.org", first_name="Mia")
    preview = await client.post(
        f"/api/v1/templates/{template['id']}/preview", json={"contact_id": contact.id}
    )
    assert preview.status_code == 200, preview.text
    body = preview.json()
    assert body["subject"] == "Hi Mia"
    assert "Hello Mia," in body["html"] and "Hello Mia," in body["text"]
    assert "[postal address not set" in body["html"]
    assert await AuditEntry.exists(action="contact.read", subject_id=str(contact.id))
    sample = await client.post(f"/api/v1/templates/{template['id']}/preview", json={})
    assert sample.json()["subject"] == "Hi Jane"


# Rule: a viewer reads but cannot write; a template in use cannot be deleted.
async def test_roles_and_references_are_enforced(client, client_for, workspace):
    campaign = await _draft(client)
    async with await client_for(workspace, Role.VIEWER) as viewer:
        assert (await viewer.get("/api/v1/templates")).status_code == 200
        assert (await viewer.post("/api/v1/templates", json=TEMPLATE)).status_code == 403
        assert (
            await viewer.post(f"/api/v1/campaigns/{campaign['id']}/schedule", json={})
        ).status_code == 403
    r = await client.delete(f"/api/v1/templates/{campaign['template_id']}")
    assert r.status_code == 409
    assert (await client.patch("/api/v1/sending", json={"postal_address": "x"})).status_code == 200


# Rule: a segment's rules are checked when saved; its count says how many contacts it holds
# and how many of them may be mailed.
async def test_a_segment_is_checked_and_counted(client, actor):
    await subscriber(actor, "fr@example.org", country="FR")
    await subscriber(actor, "us@example.org", country="US")
    await client.post(
        "/api/v1/contacts", json={"email": "asked-nothing@example.org", "country": "FR"}
    )
    bad = await client.post(
        "/api/v1/segments",
        json={"name": "x", "rules": {"all": [{"field": "size", "op": "eq", "value": 1}]}},
    )
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "rules.all.0.field"
    rules = {"all": [{"field": "country", "op": "eq", "value": "fr"}]}
    live = await client.post("/api/v1/segments/count", json={"rules": rules})
    assert live.json() == {"contacts": 2, "mailable": 1}
    segment = (
        await client.post("/api/v1/segments", json={"name": "France", "rules": rules})
    ).json()
    saved = await client.get(f"/api/v1/segments/{segment['id']}/count")
    assert saved.json() == {"contacts": 2, "mailable": 1}


# Rule: a campaign that lacks its postal address cannot be scheduled, and says so.
async def test_a_campaign_cannot_be_scheduled_without_a_postal_address(client):
    campaign = await _draft(client)
    r = await client.post(f"/api/v1/campaigns/{campaign['id']}/schedule", json={})
    assert r.status_code == 422
    assert (
        r.json()["error"]["code"] == "not_ready" and r.json()["error"]["field"] == "postal_address"
    )


# Rule: states change only as the lifecycle allows; a wrong move is a 409.
async def test_the_lifecycle_refuses_moves_it_does_not_allow(client, workspace):
    await profile(workspace)
    campaign = await _draft(client)
    url = f"/api/v1/campaigns/{campaign['id']}"
    assert (await client.post(f"{url}/pause")).status_code == 409
    assert (await client.post(f"{url}/resume")).status_code == 409
    r = await client.post(
        f"{url}/schedule", json={"send_at": "2099-01-01T09:00", "timezone": "Europe/Paris"}
    )
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["send_at_local"]) == (
        "scheduled",
        "2099-01-01T09:00:00+01:00",
    )
    assert (await client.patch(url, json={"name": "x"})).status_code == 409
    assert (await client.delete(url)).status_code == 409
    assert (await client.post(f"{url}/unschedule")).json()["status"] == "draft"
    assert (await client.post(f"{url}/cancel")).json()["status"] == "cancelled"
    assert (await client.post(f"{url}/schedule", json={})).status_code == 409


# Rule: after sending, the campaign shows its delivery counts and who got what, with the
# relay's reply; reading that list is a read of each contact, audited.
async def test_who_got_what_is_listed_with_the_relays_reply(client, workspace, actor, sink):
    await profile(workspace)
    people = [await subscriber(actor, f"p{i}@example.org") for i in range(3)]
    campaign = await _draft(client)
    assert (
        await client.post(f"/api/v1/campaigns/{campaign['id']}/schedule", json={})
    ).status_code == 200
    await settle(await Campaign.get(id=campaign["id"]))
    detail = (await client.get(f"/api/v1/campaigns/{campaign['id']}")).json()
    assert detail["status"] == "sent"
    assert detail["delivery"] == {
        "total": 3,
        "queued": 0,
        "sending": 0,
        "sent": 3,
        "failed": 0,
        "bounced": 0,
        "skipped": 0,
        "skip_reasons": {},
    }
    page = (
        await client.get(f"/api/v1/campaigns/{campaign['id']}/messages", params={"limit": 2})
    ).json()
    assert [m["email"] for m in page["items"]] == [p.email for p in people[:2]]
    assert (
        page["items"][0]["smtp_reply"].startswith("250 2.0.0 Ok") and page["items"][0]["message_id"]
    )
    rest = (
        await client.get(
            f"/api/v1/campaigns/{campaign['id']}/messages", params={"cursor": page["next_cursor"]}
        )
    ).json()
    assert [m["email"] for m in rest["items"]] == [people[2].email] and rest["next_cursor"] is None
    assert await AuditEntry.filter(action="contact.read", subject_id=str(people[0].id)).exists()


# Rule: a test send goes to the chosen addresses as the campaign would go out, marked as a
# test, personalised for the chosen contact, and plans no message row.
async def test_a_test_send_reaches_the_chosen_addresses_only(client, workspace, actor, sink):
    await profile(workspace)
    mia = await subscriber(actor, "mia@example.org", first_name="Mia")
    campaign = await _draft(client)
    r = await client.post(
        f"/api/v1/campaigns/{campaign['id']}/test",
        json={"emails": ["boss@shop.example", "me@shop.example"], "contact_id": mia.id},
    )
    assert r.status_code == 200, r.text
    assert [res["ok"] for res in r.json()["results"]] == [True, True]
    assert sink.recipients() == ["boss@shop.example", "me@shop.example"]
    message = sink.received[0].message
    assert message["Subject"] == "[Test] Hi Mia" and message["To"] == "Mia <boss@shop.example>"
    assert POSTAL in message.get_body(("html",)).get_content()
    assert not await Message.filter(campaign_id=campaign["id"]).exists()


# Rule: on the embedded default, mail is captured, and the workspace can read what would
# have gone out, whole.
async def test_captured_mail_is_listed_for_the_workspace(client, workspace, actor, settings):
    previous = (runtime._settings, runtime._mailer)
    runtime.configure(settings, CaptureMailer())
    try:
        await profile(workspace)
        contact = await subscriber(actor, "cap@example.org")
        campaign = await _draft(client)
        await client.post(f"/api/v1/campaigns/{campaign['id']}/schedule", json={})
        sent = await settle(await Campaign.get(id=campaign["id"]))
    finally:
        runtime._settings, runtime._mailer = previous
    assert sent.status == CampaignStatus.SENT
    listing = (await client.get("/api/v1/captured-mail")).json()
    [item] = listing["items"]
    assert (item["rcpt_to"], item["contact_id"], item["subject"]) == (
        contact.email,
        contact.id,
        "Hi you",
    )
    detail = (await client.get(f"/api/v1/captured-mail/{item['id']}")).json()
    message = email.message_from_string(detail["mime"], policy=policy.default)
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    row = await Message.get(campaign_id=campaign["id"])
    assert row.smtp_reply == f"250 captured as {item['id']}"


# Rule: the sending settings hold the postal address and the rate; a DKIM key is made on
# request, its DNS record shown, its private half never.
async def test_sending_settings_and_the_dkim_record(client, client_for, workspace):
    r = await client.patch(
        "/api/v1/sending", json={"postal_address": "1  Main St\nLyon", "messages_per_second": 20}
    )
    assert r.json() == {
        "postal_address": "1 Main St\nLyon",
        "messages_per_second": 20,
        "dkim": None,
    }
    made = await client.post(
        "/api/v1/sending/dkim", json={"domain": "shop.example", "selector": "news"}
    )
    assert made.status_code == 201
    assert made.json()["dns_name"] == "news._domainkey.shop.example"
    assert made.json()["record"].startswith("v=DKIM1; k=rsa; p=")
    shown = (await client.get("/api/v1/sending")).json()
    assert shown["dkim"] == made.json() and "PRIVATE" not in str(shown)
    async with await client_for(workspace, Role.MARKETER) as marketer:
        assert (
            await marketer.post("/api/v1/sending/dkim", json={"domain": "x.example"})
        ).status_code == 403
    assert (await client.delete("/api/v1/sending/dkim")).status_code == 204
    assert (await client.get("/api/v1/sending")).json()["dkim"] is None


@pytest.mark.parametrize("domain", ["localhost", "-bad.example", "shop..example", "UPPER.example"])
async def test_a_dkim_domain_must_be_a_domain(client, domain):
    r = await client.post("/api/v1/sending/dkim", json={"domain": domain})
    assert r.status_code == 422


# Rule: lists show only the caller's workspace.
async def test_lists_never_show_another_workspaces_campaign_objects(client, client_for):
    await _draft(client)
    other = await Workspace.create(name="other")
    async with await client_for(other) as theirs:
        for path in ("/api/v1/templates", "/api/v1/segments", "/api/v1/campaigns"):
            r = await theirs.get(path)
            assert r.status_code == 200 and r.json()["items"] == [], path
        assert (await theirs.get("/api/v1/captured-mail")).json()["items"] == []
