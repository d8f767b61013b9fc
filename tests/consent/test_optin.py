"""Signup forms and double opt-in, with real mail through a local SMTP sink."""

from __future__ import annotations

import email
import re
import time
from email import policy
from pathlib import Path

import dkim as dkimpy
import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pydantic import ValidationError

from crm import work
from crm.mail import runtime
from crm.mail.dkim import public_record
from crm.models import ConsentAction, ConsentEvidence, ConsentState, Contact, Purpose, Workspace
from crm.settings import Settings


def _public(app) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=("203.0.113.50", 4444)),
        base_url="https://crm.example.test",
        headers={"User-Agent": "Firefox/130 test"},
    )


@pytest.fixture
async def form(client) -> dict:
    await client.post("/api/v1/topics", json={"key": "news", "name": "Newsletter"})
    r = await client.post(
        "/api/v1/forms",
        json={"name": "Footer", "wording": "Yes, send me the newsletter", "topics": ["news"]},
    )
    assert r.status_code == 201, r.text
    return r.json()


async def _signup_and_mail(app, form, smtp_sink, settings, email_address="sig@example.com"):
    sink, mailer = smtp_sink
    runtime.configure(settings, mailer)
    async with _public(app) as c:
        r = await c.post(
            form["action"], data={"email": email_address, "first_name": "Sig", "website": ""}
        )
    assert r.status_code == 202, r.text
    assert "Check your inbox" in r.text
    await work.drain()
    assert sink.messages, "no confirmation mail reached the SMTP sink"
    message = email.message_from_bytes(sink.messages[-1][2], policy=policy.default)
    return message


async def test_a_signup_is_pending_until_the_emailed_link_is_confirmed(
    app, form, smtp_sink, settings, workspace
):
    message = await _signup_and_mail(app, form, smtp_sink, settings)
    contact = await Contact.get(workspace_id=workspace.id, email="sig@example.com")
    states = {s.topic_id: s.status for s in await ConsentState.filter(contact_id=contact.id)}
    assert set(states.values()) == {ConsentAction.PENDING} and len(states) == 2
    # the mail: addressed, with both RFC 8058 headers and a confirm link in each part
    assert message["To"] == "sig@example.com"
    assert message["List-Unsubscribe"].startswith("<https://crm.example.test/f/cancel/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = message.get_body(("plain",)).get_content()
    link = re.search(r"https://crm\.example\.test(/f/confirm/\S+)", text).group(1)
    assert link in message.get_body(("html",)).get_content()
    async with _public(app) as c:
        # opening the link (as a scanner would) confirms nothing
        page = await c.get(link)
        assert page.status_code == 200 and '<form method="post">' in page.text
        assert (
            await ConsentState.get(contact_id=contact.id, topic_id=0)
        ).status == ConsentAction.PENDING
        done = await c.post(link)
    assert done.status_code == 200 and "confirmed" in done.text
    states = {s.topic_id: s.status for s in await ConsentState.filter(contact_id=contact.id)}
    assert set(states.values()) == {ConsentAction.CONFIRMED}
    confirmation = await ConsentState.get(contact_id=contact.id, topic_id=0)
    evidence = await ConsentEvidence.get(event_id=confirmation.event_id)
    assert (
        evidence.data["ip"] == "203.0.113.50" and evidence.data["user_agent"] == "Firefox/130 test"
    )


async def test_the_signup_evidence_keeps_the_wording_ip_and_form(app, form, workspace):
    async with _public(app) as c:
        await c.post(form["action"], json={"email": "ev@example.com"})
    contact = await Contact.get(workspace_id=workspace.id, email="ev@example.com")
    state = await ConsentState.get(contact_id=contact.id, topic_id=0)
    evidence = (await ConsentEvidence.get(event_id=state.event_id)).data
    assert evidence["wording"] == "Yes, send me the newsletter"
    assert evidence["form_id"] == form["key"] and evidence["ip"] == "203.0.113.50"


async def test_a_forged_or_expired_link_gets_a_polite_page_and_confirms_nothing(
    app, form, smtp_sink, settings, workspace, monkeypatch
):
    message = await _signup_and_mail(app, form, smtp_sink, settings, "exp@example.com")
    link = re.search(r"(/f/confirm/\S+)", message.get_body(("plain",)).get_content()).group(1)
    forged = link[:-2] + ("AA" if not link.endswith("AA") else "BB")
    async with _public(app) as c:
        r = await c.post(forged)
        assert r.status_code == 400 and "does not work" in r.text
        real_time = time.time
        monkeypatch.setattr("itsdangerous.timed.time.time", lambda: real_time() + 8 * 86400)
        r = await c.post(link)
        assert r.status_code == 410 and "expired" in r.text
    contact = await Contact.get(workspace_id=workspace.id, email="exp@example.com")
    assert (
        await ConsentState.get(contact_id=contact.id, topic_id=0)
    ).status == ConsentAction.PENDING


async def test_a_link_signed_with_another_key_is_refused(app, form):
    from crm.consent import optin

    contact = Contact(id=1, workspace_id=1)
    token = optin.make_token("another-installation-secret-key-000000000", contact)
    async with _public(app) as c:
        r = await c.post(f"/f/confirm/{token}")
    assert r.status_code == 400


async def test_the_honeypot_looks_like_success_and_stores_nothing(app, form, workspace):
    async with _public(app) as c:
        r = await c.post(
            form["action"], data={"email": "bot@example.com", "website": "http://spam"}
        )
    assert r.status_code == 202
    assert not await Contact.exists(workspace_id=workspace.id, email="bot@example.com")


async def test_signups_are_throttled_per_ip(app, form):
    from crm.consent import routes

    routes._signup_limit._events.clear()
    async with _public(app) as c:
        codes = [
            (await c.post(form["action"], json={"email": f"t{i}@example.com"})).status_code
            for i in range(12)
        ]
    assert codes[:10] == [202] * 10 and codes[10:] == [429, 429]
    routes._signup_limit._events.clear()


async def test_a_bad_email_is_a_clear_error(app, form):
    async with _public(app) as c:
        r = await c.post(form["action"], json={"email": "nope"})
        assert r.status_code == 422 and r.json()["error"]["field"] == "email"
        r = await c.post("/f/unknown-form", json={"email": "a@example.com"})
        assert r.status_code == 404


async def test_without_double_opt_in_a_signup_is_granted_at_once(app, form, workspace):
    await Workspace.filter(id=workspace.id).update(double_opt_in=False)
    async with _public(app) as c:
        r = await c.post(form["action"], json={"email": "single@example.com"})
    assert r.status_code == 201
    contact = await Contact.get(workspace_id=workspace.id, email="single@example.com")
    assert (
        await ConsentState.get(contact_id=contact.id, topic_id=0)
    ).status == ConsentAction.GRANTED


async def test_one_click_unsubscribe_from_the_confirmation_mail(
    app, form, smtp_sink, settings, workspace
):
    message = await _signup_and_mail(app, form, smtp_sink, settings, "oneclick@example.com")
    url = message["List-Unsubscribe"].strip("<>")
    async with _public(app) as c:
        assert (await c.get(url)).status_code == 200  # a GET only shows the page
        contact = await Contact.get(workspace_id=workspace.id, email="oneclick@example.com")
        assert (
            await ConsentState.get(contact_id=contact.id, topic_id=0)
        ).status == ConsentAction.PENDING
        r = await c.post(url, data={"List-Unsubscribe": "One-Click"})
    assert r.status_code == 200 and "location" not in r.headers
    states = await ConsentState.filter(contact_id=contact.id, purpose=Purpose.EMAIL_MARKETING)
    assert {s.status for s in states} == {ConsentAction.WITHDRAWN}


async def test_erasure_removes_the_captured_confirmation_mail(
    app, client, form, workspace, settings
):
    from crm.mail.mailer import CaptureMailer
    from crm.models import CapturedMail

    runtime.configure(settings, CaptureMailer())
    async with _public(app) as c:
        await c.post(form["action"], json={"email": "captured@example.com"})
    await work.drain()
    contact = await Contact.get(workspace_id=workspace.id, email="captured@example.com")
    mail = await CapturedMail.get(contact_id=contact.id)
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in mail.mime
    exported = (await client.get(f"/api/v1/contacts/{contact.id}/export")).json()
    assert exported["captured_mail"][0]["to"] == "captured@example.com"
    await client.delete(f"/api/v1/contacts/{contact.id}")
    assert not await CapturedMail.exists(contact_id=contact.id)


def _service_key(tmp_path) -> tuple[Path, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    path = tmp_path / "dkim.pem"
    path.write_bytes(pem)
    return path, pem


# With the installation's DKIM key set, the confirmation mail is signed for the sender's
# domain: the signature verifies against the published record and covers the headers that
# matter (a changed List-Unsubscribe or Subject breaks it).
async def test_the_confirmation_mail_is_dkim_signed_with_the_installation_key(
    app, form, smtp_sink, settings, tmp_path
):
    path, pem = _service_key(tmp_path)
    signed = settings.model_copy(
        update={"dkim_domain": "crm.example.test", "dkim_selector": "svc", "dkim_key_file": path}
    )
    message = await _signup_and_mail(app, form, smtp_sink, signed, "dkim@example.com")
    data = smtp_sink[0].messages[-1][2]
    published = {b"svc._domainkey.crm.example.test.": public_record(pem).encode()}

    def dns(name: bytes, timeout: int = 5) -> bytes | None:
        return published.get(name)

    assert "d=crm.example.test" in message["DKIM-Signature"].replace(" ", "")
    assert message["From"].addresses[0].domain == "crm.example.test"  # aligned with d=
    assert dkimpy.verify(data, dnsfunc=dns)
    head, body = data.split(b"\r\n\r\n", 1)
    for was, now in ((b"/f/cancel/", b"/f/cancxl/"), (b"Subject: Please", b"Subject: Pleas")):
        assert was in head
        tampered = head.replace(was, now, 1) + b"\r\n\r\n" + body
        assert not dkimpy.verify(tampered, dnsfunc=dns)


# Without a key the confirmation goes unsigned (a relay may sign it); half a key is refused
# when the settings are read, and an unreadable key file when the app starts.
async def test_the_service_dkim_key_is_all_or_nothing_and_must_be_readable(
    app, form, smtp_sink, settings, tmp_path
):
    message = await _signup_and_mail(app, form, smtp_sink, settings, "plain@example.com")
    assert message["DKIM-Signature"] is None
    with pytest.raises(ValidationError, match="together"):
        Settings(dkim_domain="crm.example.test", secret_key=settings.secret_key)
    broken = tmp_path / "broken.pem"
    broken.write_text("not a key")
    unusable = settings.model_copy(
        update={"dkim_domain": "crm.example.test", "dkim_selector": "svc", "dkim_key_file": broken}
    )
    with pytest.raises(ValueError, match="DKIM_KEY_FILE"):
        runtime.configure(unusable, smtp_sink[1])
