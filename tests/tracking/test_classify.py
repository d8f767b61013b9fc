"""Human or machine: every open and click gets an agent and the reason for it."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm.tokens import HONEYPOT_LINK
from tracking.classify import APPLE_NETWORK, HoneypotMemory, Verdict, after_delivery, classify
from tracking.models import Agent, EventKind

AT = datetime(2030, 5, 1, 12, 0, tzinfo=UTC)
SENT = AT - timedelta(hours=2)
SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)
CUBOT = "Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 Chrome/120.0 Mobile"


def _open(user_agent: str, ip: str = "198.51.100.9", **kw: object) -> Verdict:
    args = {"head": False, "link": None, **kw}
    return classify(EventKind.OPEN, user_agent=user_agent, ip=ip, **args)  # type: ignore[arg-type]


def _click(user_agent: str = SAFARI, ip: str = "198.51.100.9", **kw: object) -> Verdict:
    args = {"head": False, "link": 0, **kw}
    return classify(EventKind.CLICK, user_agent=user_agent, ip=ip, **args)  # type: ignore[arg-type]


# Apple MPP fetches every image with a bare "Mozilla/5.0" from Apple's own network.
@pytest.mark.parametrize(
    ("user_agent", "ip"), [("Mozilla/5.0", "198.51.100.9"), (SAFARI, "17.120.4.2")]
)
def test_apple_mail_privacy_protection_is_a_machine_open(user_agent, ip):
    verdict = _open(user_agent, ip)
    assert (verdict.agent, verdict.human) == (Agent.APPLE_MPP, False)


# Rule: "from Apple's network" is exactly membership of 17.0.0.0/8, an address written as
# IPv4-mapped IPv6 included; anything that is not an address is not in it.
@given(
    st.one_of(
        st.ip_addresses().map(str),
        st.ip_addresses(v=4).map(lambda a: f"::ffff:{a}"),
        st.integers(0, 2**24 - 1).map(lambda n: str(ipaddress.IPv4Address((17 << 24) + n))),
        st.text(max_size=20),
    )
)
def test_apples_network_is_exactly_17_0_0_0_8(ip):
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        inside = False
    else:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        inside = address in APPLE_NETWORK
    expected = Agent.APPLE_MPP if inside else Agent.HUMAN
    assert _open(SAFARI, ip).agent == expected


# iCloud Private Relay users click from Apple's network too: their clicks are their own.
def test_a_click_from_apples_network_is_a_person():
    assert _click(SAFARI, "17.120.4.2").agent == Agent.HUMAN


# Gmail and Yahoo fetch the pixel when the reader opens the message: that is a person's open.
@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
        "YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html",
    ],
)
def test_an_image_proxy_open_counts_as_a_person(user_agent):
    verdict = _open(user_agent)
    assert (verdict.agent, verdict.human) == (Agent.IMAGE_PROXY, True)


# Security gateways, HTTP libraries and crawlers are scanners; no user agent at all, too.
@pytest.mark.parametrize(
    "user_agent",
    [
        "Mimecast URL Protect",
        "Mozilla/5.0 (compatible; Barracuda Sentinel)",
        "python-requests/2.31.0",
        "curl/8.5.0",
        "Go-http-client/1.1",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120.0 Safari/537.36",
        "",
        "   ",
    ],
)
def test_scanners_are_machines_with_a_reason(user_agent):
    for verdict in (_open(user_agent), _click(user_agent)):
        assert (verdict.agent, verdict.human) == (Agent.SCANNER, False)
        assert verdict.reason


# Chat apps fetch links to draw a preview; nobody clicked.
@pytest.mark.parametrize(
    "user_agent",
    ["Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "facebookexternalhit/1.1"],
)
def test_link_previews_are_prefetches(user_agent):
    assert _click(user_agent).agent == Agent.PREFETCH


def test_a_head_request_is_a_prefetch_whatever_the_user_agent():
    verdict = _click(SAFARI, head=True)
    assert (verdict.agent, verdict.reason) == (Agent.PREFETCH, "HEAD request")


# "bot" inside a phone's model name is not a robot.
def test_a_phone_whose_name_contains_bot_is_a_person():
    assert _click(CUBOT).agent == Agent.HUMAN
    assert _open(CUBOT).agent == Agent.HUMAN


# Seconds after delivery, a click is a gateway's; a little later it is a person's.
def test_a_click_within_seconds_of_delivery_is_a_scanner():
    person = _click()
    early = after_delivery(person, EventKind.CLICK, SENT + timedelta(seconds=9), SENT)
    assert (early.agent, early.reason) == (Agent.SCANNER, "clicked 9 s after delivery")
    assert after_delivery(person, EventKind.CLICK, SENT + timedelta(seconds=10), SENT) == person
    assert after_delivery(person, EventKind.CLICK, AT, None) == person  # delivery time unknown
    # an open seconds after delivery is not judged by its timing, nor is a machine's click
    assert after_delivery(_open(SAFARI), EventKind.OPEN, SENT, SENT).agent == Agent.HUMAN
    preview = _click("Slackbot-LinkExpanding 1.0")
    assert after_delivery(preview, EventKind.CLICK, SENT, SENT) == preview


def test_the_honeypot_link_is_always_a_scanner():
    verdict = _click(SAFARI, link=HONEYPOT_LINK)
    assert (verdict.agent, verdict.reason) == (Agent.SCANNER, "followed the hidden honeypot link")


# A scanner's other clicks: same message, same address, close in time; not anyone else's.
def test_the_honeypot_memory_knows_a_scanners_other_clicks():
    memory = HoneypotMemory(window=timedelta(seconds=30), size=2)
    at = AT.timestamp()  # hits are stamped in seconds since the epoch
    memory.note(1, "192.0.2.1", at)
    assert memory.near(1, "192.0.2.1", at - 5)
    assert memory.near(1, "192.0.2.1", at + 30)
    assert not memory.near(1, "192.0.2.1", at + 31)
    assert not memory.near(1, "192.0.2.2", at)  # a person on another address
    assert not memory.near(2, "192.0.2.1", at)  # another message
    memory.note(2, "192.0.2.1", at)
    memory.note(3, "192.0.2.1", at)
    assert not memory.near(1, "192.0.2.1", at)  # the oldest is forgotten past `size`


def test_a_browser_is_a_person():
    assert _open(SAFARI).agent == Agent.HUMAN
    assert _click(SAFARI).reason == "browser user agent"


# End to end: machine opens and clicks (MPP, a scanner) are stored but leave engagement
# segments alone; a person's open puts them in.
async def test_engagement_segments_count_only_what_people_did(app, actor, campaign, token):
    from campaigns import segments
    from crm.contacts.queries import live
    from crm.tokens import Kind
    from tests.tracking.conftest import events, make_message, make_reader, public_client

    machine_only = await make_message(campaign, await make_reader(actor, "mpp@example.org"))
    person = await make_message(campaign, await make_reader(actor, "reads@example.org"))
    async with (
        public_client(app, ip="17.58.101.4", user_agent="Mozilla/5.0") as apple,
        public_client(app, user_agent="Mozilla/5.0 (compatible; Barracuda Sentinel)") as scan,
        public_client(app, user_agent=SAFARI) as reader,
    ):
        for message in (machine_only, person):
            await apple.get(f"/t/o/{token(Kind.OPEN, message)}")
            await scan.get(f"/t/c/{token(Kind.CLICK, message, 0)}")
        await reader.get(f"/t/o/{token(Kind.OPEN, person)}")
    assert {e.human for e in await events(machine_only)} == {False}

    async def selected(op: str) -> set[int]:
        rule = {"all": [{"field": "engagement", "op": op, "campaign_id": campaign.id}]}
        compiled = await segments.compile_tree(actor.workspace_id, rule)
        ids = {machine_only.contact_id, person.contact_id}
        query = compiled.apply(live(actor.workspace_id).filter(id__in=ids))
        return set(await query.values_list("id", flat=True))

    assert await selected("opened") == {person.contact_id}
    assert await selected("clicked") == set()
    assert await selected("not_opened") == {machine_only.contact_id}
