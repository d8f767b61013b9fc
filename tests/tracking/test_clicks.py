"""The click redirect: only ever to a URL stored for the campaign; a click implies an open."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tortoise.exceptions import DBConnectionError

from campaigns.models import CampaignLink
from crm import clock
from crm.tokens import HONEYPOT_LINK, Kind
from tests.tracking.conftest import (
    BROWSER,
    LINKS,
    events,
    make_campaign,
    make_message,
    make_reader,
)
from tracking import queries, recorder
from tracking.classify import HoneypotMemory
from tracking.models import Agent, EventKind


# The only place a click may go is the URL stored for that link of that campaign.
async def test_a_click_redirects_to_the_stored_url_and_is_recorded(public, message, token):
    r = await public.get(f"/t/c/{token(Kind.CLICK, message, 1)}")
    assert r.status_code == 302
    assert r.headers["location"] == LINKS[1]
    assert "no-store" in r.headers["cache-control"]
    clicks = [e for e in await events(message) if e.kind == EventKind.CLICK]
    assert [(e.link_index, e.agent) for e in clicks] == [(1, Agent.HUMAN)]


# No open redirect: nothing in the request (query, fragment, headers) chooses the target.
@pytest.mark.parametrize(
    ("suffix", "headers"),
    [
        ("?url=https://evil.example/", {}),
        ("?next=//evil.example&redirect=https://evil.example", {}),
        ("?u=javascript:alert(1)", {}),
        ("", {"Host": "evil.example", "Referer": "https://evil.example/"}),
        ("", {"X-Forwarded-Host": "evil.example", "X-Original-URL": "https://evil.example/"}),
    ],
)
async def test_the_redirect_ignores_every_url_in_the_request(
    public, message, token, suffix, headers
):
    r = await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}{suffix}", headers=headers)
    assert r.status_code == 302
    assert r.headers["location"] == LINKS[0]


# Whatever query the request carries, the answer is the stored URL and nothing else.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.lists(st.tuples(st.text(max_size=20), st.text(max_size=40)), max_size=4))
async def test_no_query_changes_where_a_click_goes(public, message, token, query):
    r = await public.get(f"/t/c/{token(Kind.CLICK, message, 1)}", params=query)
    assert r.status_code == 302
    assert r.headers["location"] == LINKS[1]


# A path appended to the token is not a token at all: it is not a route either.
async def test_a_url_appended_to_the_token_is_not_followed(public, message, token):
    r = await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}/https://evil.example/")
    assert r.status_code == 404 and "location" not in r.headers


# A link index the campaign does not have (however well signed) goes nowhere.
async def test_a_link_index_with_no_stored_url_is_not_found(public, message, token):
    r = await public.get(f"/t/c/{token(Kind.CLICK, message, 7)}")
    assert r.status_code == 404 and "location" not in r.headers
    assert "This link does not work" in r.text
    assert await events(message) == []


# The index is looked up in the message's own campaign, never in another one.
async def test_a_link_index_resolves_in_the_messages_own_campaign(
    public, workspace, message, token
):
    other = await make_campaign(workspace)
    await CampaignLink.filter(campaign_id=other.id, index=0).update(url="https://other.example/")
    r = await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}")
    assert r.headers["location"] == LINKS[0]


# A stored URL that is not http(s) (javascript:, data:) is never served as a redirect.
@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hi", "//evil.example/x"])
async def test_a_stored_url_that_is_not_http_is_never_followed(public, message, token, url):
    await CampaignLink.filter(campaign_id=message.campaign_id, index=0).update(url=url)
    r = await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}")
    assert r.status_code == 404 and "location" not in r.headers


# Forged, truncated or misused tokens: a polite page, no redirect, no lookup, nothing recorded.
@pytest.mark.parametrize("spoil", ["tampered", "truncated", "open token", "another workspace"])
async def test_a_token_that_is_not_genuine_never_redirects(
    public, message, token, monkeypatch, spoil
):
    genuine = token(Kind.CLICK, message, 0)
    bad = {
        "tampered": genuine[:10] + ("x" if genuine[10] != "x" else "y") + genuine[11:],
        "truncated": genuine[:30],
        "open token": token(Kind.OPEN, message),
        "another workspace": token(Kind.CLICK, message, 0, workspace_id=message.workspace_id + 1),
    }[spoil]
    if spoil != "another workspace":

        async def no_database(*args: object) -> None:
            raise AssertionError("the database was asked")

        monkeypatch.setattr(queries, "link_urls", no_database)
    r = await public.get(f"/t/c/{bad}")
    assert r.status_code == 404 and "location" not in r.headers
    assert "This link does not work" in r.text
    assert await events(message) == []


# A click proves the message was opened, even when the pixel never loaded (images off, MPP).
async def test_a_click_implies_an_open(public, message, token):
    await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}")
    opened, clicked = await events(message)
    assert (opened.kind, opened.human, opened.link_index) == (EventKind.OPEN, True, None)
    assert opened.reason.startswith("implied by a click")
    assert (clicked.kind, clicked.link_index) == (EventKind.CLICK, 0)
    await public.get(f"/t/c/{token(Kind.CLICK, message, 1)}")
    assert [e.kind for e in await events(message)] == ["open", "click", "click"]


# A person clicking after Apple's proxy fetched the pixel still counts as a person's open.
async def test_a_human_click_after_a_machine_open_implies_a_human_open(app, public, message, token):
    from tests.tracking.conftest import public_client

    async with public_client(app, ip="17.58.101.4", user_agent="Mozilla/5.0") as mpp:
        await mpp.get(f"/t/o/{token(Kind.OPEN, message)}")
    await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}")
    kinds = [(e.kind, e.human) for e in await events(message)]
    assert kinds == [("open", False), ("open", True), ("click", True)]


# No person sees the hidden link: following it marks a scanner, and so do its other clicks.
async def test_the_honeypot_link_marks_a_scanner_and_its_other_clicks(public, message, token):
    r = await public.get(f"/t/c/{token(Kind.CLICK, message, HONEYPOT_LINK)}")
    assert r.status_code == 204 and "location" not in r.headers
    r = await public.get(f"/t/c/{token(Kind.CLICK, message, 1)}")
    assert r.headers["location"] == LINKS[1]  # the scanner still gets the real page
    clicks = [e for e in await events(message) if e.kind == EventKind.CLICK]
    assert [(e.link_index, e.agent) for e in clicks] == [
        (HONEYPOT_LINK, Agent.SCANNER),
        (1, Agent.SCANNER),
    ]
    assert clicks[0].reason == "followed the hidden honeypot link"
    assert clicks[1].reason == "clicked beside the hidden honeypot link"


# Each web process knows only its own honeypot clicks; the processor sees a scanner's clicks
# together, wherever they were answered and whichever came first.
async def test_a_scanners_clicks_answered_by_other_processes_are_still_its(message):
    def click(link: int, ip: str, seconds: float) -> recorder.Hit:
        at = clock.timestamp() + seconds
        return recorder.Hit(
            EventKind.CLICK, message.workspace_id, message.id, link, False, ip, BROWSER, at
        )

    await recorder.stage([click(1, "198.51.100.7", 0)])  # answered by one process
    await recorder.stage([click(0, "192.0.2.9", 1)])  # a person, somewhere else
    await recorder.stage([click(HONEYPOT_LINK, "198.51.100.7", 2)])  # by another process
    clicks = {e.link_index: e for e in await events(message) if e.kind == EventKind.CLICK}
    assert (clicks[1].agent, clicks[1].reason) == (
        Agent.SCANNER,
        "clicked beside the hidden honeypot link",
    )
    assert clicks[0].agent == Agent.HUMAN
    assert clicks[HONEYPOT_LINK].agent == Agent.SCANNER


# The scanner's honeypot click may be processed in an earlier batch than its other clicks (and
# answered by another process, which cannot know it): the stored one still marks them.
async def test_a_honeypot_click_stored_by_an_earlier_batch_marks_the_later_clicks(
    message, monkeypatch
):
    def click(link: int, ip: str, seconds: float) -> recorder.Hit:
        at = clock.timestamp() + seconds
        return recorder.Hit(
            EventKind.CLICK, message.workspace_id, message.id, link, False, ip, BROWSER, at
        )

    await recorder.stage([click(HONEYPOT_LINK, "198.51.100.7", 0)])
    assert [e.link_index for e in await events(message)] == [None, HONEYPOT_LINK]  # processed
    monkeypatch.setattr(recorder, "honeypots", HoneypotMemory())  # another web process
    await recorder.stage([click(1, "198.51.100.7", 3), click(0, "192.0.2.9", 4)])
    clicks = {e.link_index: e for e in await events(message) if e.kind == EventKind.CLICK}
    assert (clicks[1].agent, clicks[1].reason) == (
        Agent.SCANNER,
        "clicked beside the hidden honeypot link",
    )
    assert clicks[0].agent == Agent.HUMAN  # a person elsewhere
    opens = [e for e in await events(message) if e.kind == EventKind.OPEN]
    assert [e.human for e in opens] == [False, True]  # implied by the scanner's, then the person's


# A security gateway clicks as the message arrives; people take longer.
async def test_a_click_seconds_after_delivery_is_a_scanner(public, campaign, reader, token):
    message = await make_message(campaign, reader, sent_ago=timedelta(seconds=2))
    await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}")
    click = (await events(message))[-1]
    assert (click.agent, click.human) == (Agent.SCANNER, False)
    assert click.reason == "clicked 2 s after delivery"


# The request never waits for the event write: the click is in the buffer when it answers.
async def test_the_click_is_queued_not_written_on_the_request(public, message, token):
    accepted = recorder.buffer.accepted
    await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}")
    assert recorder.buffer.accepted == accepted + 1


# Without its database the redirect cannot know the URL: a polite page asks to retry.
async def test_a_click_while_the_database_is_away_gets_a_page_to_retry(
    public, message, token, monkeypatch
):
    async def unreachable(*args: object) -> None:
        raise DBConnectionError("connection refused")

    monkeypatch.setattr(queries, "link_urls", unreachable)
    r = await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}")
    assert r.status_code == 503 and r.headers["retry-after"] == "60"
    assert "location" not in r.headers and "Please try again" in r.text


# A burst of clicks that miss the process's memory costs one lookup, not one each.
async def test_clicks_arriving_together_share_one_lookup(
    public, campaign, actor, token, monkeypatch
):
    messages = [
        await make_message(campaign, await make_reader(actor, f"burst{n}@example.org"))
        for n in range(20)
    ]
    calls: list[int] = []
    looked_up = queries.link_urls

    async def counted(conn, wanted):  # type: ignore[no-untyped-def]
        calls.append(len(wanted))
        return await looked_up(conn, wanted)

    monkeypatch.setattr(queries, "link_urls", counted)
    answers = await asyncio.gather(
        *(public.get(f"/t/c/{token(Kind.CLICK, m, n % 2)}") for n, m in enumerate(messages))
    )
    assert [r.headers["location"] for r in answers] == [LINKS[n % 2] for n in range(20)]
    assert sum(calls) == 20 and len(calls) <= 3
