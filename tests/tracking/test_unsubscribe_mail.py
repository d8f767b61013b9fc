"""Unsubscribing from the headers of a message as it was delivered, then the next campaign.

The campaign is sent through the real pipeline to an SMTP sink; the tests use the
List-Unsubscribe header of the received bytes, as a mailbox provider does.
"""

from __future__ import annotations

import re

import httpx

from campaigns.models import Campaign, Message
from crm.models import ConsentAction, ConsentEvent, ConsentEvidence, ConsentSource, Role
from crm.security import apikeys
from tests.campaigns.conftest import make_campaign, pipeline, send_now, sink, subscriber
from tests.campaigns.sink import ScriptedSink
from tests.tracking.conftest import public_client

__all__ = ["pipeline", "sink"]  # the campaigns fixtures these tests run on

_HEADER = re.compile(r"<(https://[^>]+)>, <mailto:([^>]+)>")
GMAIL = "Mozilla/5.0 (compatible; Google-One-Click-Unsubscribe)"


def _unsubscribe_header(received: ScriptedSink, address: str) -> tuple[str, str]:
    """(https URL, mailto address) of the last message the sink received for `address`."""
    message = received.to(address)[-1].message
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    found = _HEADER.fullmatch(message["List-Unsubscribe"])
    assert found, message["List-Unsubscribe"]
    return found.group(1), found.group(2)


async def _two_subscribers_and_a_first_campaign(workspace, actor, sink):  # type: ignore[no-untyped-def]
    leaving = await subscriber(actor, "leaving@example.org")
    staying = await subscriber(actor, "staying@example.org")
    await send_now(actor, await make_campaign(workspace))
    assert {r.rcpt_to for r in sink.received} == {leaving.email, staying.email}
    return leaving, staying


async def _next_campaign(workspace, actor, sink) -> tuple[Campaign, set[str]]:  # type: ignore[no-untyped-def]
    sink.received.clear()
    campaign = await send_now(actor, await make_campaign(workspace))
    return campaign, {r.rcpt_to for r in sink.received}


# RFC 8058 as a mailbox provider does it: a POST to the header's URL, multipart, no cookies,
# the answer a 200 (not a redirect); the next campaign reaches only who stayed.
async def test_one_click_from_the_delivered_header_leaves_the_next_campaign_out(
    app, workspace, actor, sink
):
    leaving, staying = await _two_subscribers_and_a_first_campaign(workspace, actor, sink)
    url, _ = _unsubscribe_header(sink, leaving.email)
    async with public_client(app, ip="209.85.220.41", user_agent=GMAIL) as provider:
        r = await provider.post(url, files={"List-Unsubscribe": (None, "One-Click")})
    assert r.status_code == 200 and "location" not in r.headers
    assert "cookie" not in r.request.headers and "set-cookie" not in r.headers

    campaign, delivered = await _next_campaign(workspace, actor, sink)
    assert delivered == {staying.email}
    assert not await Message.filter(campaign_id=campaign.id, contact_id=leaving.id).exists()
    [withdrawal] = await ConsentEvent.filter(contact_id=leaving.id, action=ConsentAction.WITHDRAWN)
    assert withdrawal.source == ConsentSource.UNSUBSCRIBE_LINK
    evidence = (await ConsentEvidence.get(event_id=withdrawal.id)).data
    assert (evidence["ip"], evidence["user_agent"], evidence["method"]) == (
        "209.85.220.41",
        GMAIL,
        "one-click",
    )


# A link scanner fetching every URL of the message (GET and HEAD) unsubscribes nobody.
async def test_a_scanner_fetching_the_header_url_leaves_the_person_subscribed(
    app, workspace, actor, sink
):
    leaving, staying = await _two_subscribers_and_a_first_campaign(workspace, actor, sink)
    url, _ = _unsubscribe_header(sink, leaving.email)
    async with public_client(app, user_agent="Mimecast URL Protect") as scanner:
        for fetch in (scanner.get, scanner.head):
            assert (await fetch(url)).status_code == 200
        assert (await scanner.get(url + "?List-Unsubscribe=One-Click")).status_code == 200
    _, delivered = await _next_campaign(workspace, actor, sink)
    assert delivered == {leaving.email, staying.email}


# The header's mailto: address, handed over by the inbound-mail webhook, unsubscribes too.
async def test_the_delivered_mailto_address_unsubscribes_through_the_inbound_webhook(
    app, workspace, actor, sink
):
    leaving, staying = await _two_subscribers_and_a_first_campaign(workspace, actor, sink)
    _, mailto = _unsubscribe_header(sink, leaving.email)
    key = await apikeys.issue(workspace, "inbound mail", Role.MARKETER)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://crm.example.test") as c:
        r = await c.post(
            "/inbound/unsubscribe",
            json={"recipient": mailto, "sender": leaving.email},
            headers={"Authorization": f"Bearer {key.token}"},
        )
    assert r.status_code == 200, r.text
    _, delivered = await _next_campaign(workspace, actor, sink)
    assert delivered == {staying.email}
