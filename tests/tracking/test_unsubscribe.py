"""Unsubscribe at /u/{token}: a GET only shows; a POST unsubscribes for good, with proof.

Also the preference centre on the same page: subscribing again and choosing topics.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
from tortoise.exceptions import DBConnectionError

from campaigns.models import CampaignStatus, Message, MessageStatus, SkipReason
from crm.consent import eligibility, suppression
from crm.consent.verify import verify_contacts
from crm.models import (
    ConsentAction,
    ConsentEvent,
    ConsentEvidence,
    ConsentSource,
    ConsentState,
    Contact,
    Purpose,
    SuppressionReason,
    Topic,
    Workspace,
)
from crm.tokens import Claims, Kind, sign
from tests.tracking.conftest import (
    BROWSER,
    READER_IP,
    make_campaign,
    make_message,
    make_reader,
    public_client,
)
from tracking import unsubscribe
from tracking.models import CampaignHour

ONE_CLICK = {"List-Unsubscribe": "One-Click"}


async def _status(contact: Contact, topic_id: int = 0) -> ConsentAction | None:
    state = await ConsentState.get_or_none(
        contact_id=contact.id, purpose=Purpose.EMAIL_MARKETING, topic_id=topic_id
    )
    return state.status if state else None


async def _mailable(workspace: Workspace, contact: Contact) -> bool:
    return await eligibility.mailable(workspace).filter(id=contact.id).exists()


async def _ledger(contact: Contact) -> list[ConsentEvent]:
    return await ConsentEvent.filter(contact_id=contact.id).order_by("seq")


# Link scanners follow every link: looking at the page (GET or HEAD) must change nothing.
async def test_a_get_shows_the_page_and_never_unsubscribes(
    public, workspace, reader, message, token
):
    url = f"/u/{token(Kind.UNSUBSCRIBE, message)}"
    before = await _ledger(reader)
    # a scanner may copy what a POST would say into the query: a GET still only shows
    for query in ("", "?List-Unsubscribe=One-Click", "?action=unsubscribe"):
        r = await public.get(url + query)
        assert r.status_code == 200
        assert '<form method="post">' in r.text and "Unsubscribe</button>" in r.text
        assert (await public.head(url + query)).status_code == 200
    assert "r•••@example.org" in r.text and "reader@example.org" not in r.text
    assert await _ledger(reader) == before
    assert await _status(reader) == ConsentAction.CONFIRMED
    assert await suppression.reasons(workspace.id, reader.email) == {}
    assert await _mailable(workspace, reader)


# The page keeps the token to itself: no caching, no referrer, no framing, no cookie.
async def test_the_page_is_not_cached_framed_or_referred_and_sets_no_cookie(public, message, token):
    r = await public.get(f"/u/{token(Kind.UNSUBSCRIBE, message)}")
    assert r.headers["cache-control"] == "no-store"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert r.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert "set-cookie" not in r.headers


# RFC 8058: the provider POSTs List-Unsubscribe=One-Click (urlencoded or multipart, or with
# no type at all), without cookies; it is unsubscribed at once and gets a 200, not a redirect.
@pytest.mark.parametrize("encoding", ["urlencoded", "multipart", "no content type"])
async def test_one_click_post_unsubscribes_at_once_without_redirect_or_cookie(
    app, workspace, reader, message, token, encoding
):
    url = f"https://crm.example.test/u/{token(Kind.UNSUBSCRIBE, message)}"
    transport = httpx.ASGITransport(app=app, client=(READER_IP, 40000))
    async with httpx.AsyncClient(transport=transport, headers={"User-Agent": BROWSER}) as bare:
        if encoding == "urlencoded":
            r = await bare.post(url, data=ONE_CLICK)
        elif encoding == "multipart":
            r = await bare.post(url, files={"List-Unsubscribe": (None, "One-Click")})
            assert r.request.headers["content-type"].startswith("multipart/form-data")
        else:
            r = await bare.post(url, content=b"List-Unsubscribe=One-Click")
        assert "cookie" not in r.request.headers
    assert r.status_code == 200
    assert "location" not in r.headers and "set-cookie" not in r.headers
    assert "You are unsubscribed" in r.text
    assert await _status(reader) == ConsentAction.WITHDRAWN


# The withdrawal is provable: a ledger event from the unsubscribe link with IP and user agent.
async def test_the_ledger_holds_the_withdrawal_with_its_evidence(public, reader, message, token):
    await public.post(f"/u/{token(Kind.UNSUBSCRIBE, message)}", data=ONE_CLICK)
    last = (await _ledger(reader))[-1]
    assert (last.action, last.source, last.purpose) == (
        ConsentAction.WITHDRAWN,
        ConsentSource.UNSUBSCRIBE_LINK,
        Purpose.EMAIL_MARKETING,
    )
    evidence = (await ConsentEvidence.get(event_id=last.id)).data
    assert evidence["ip"] == READER_IP and evidence["user_agent"] == BROWSER
    assert evidence["method"] == "one-click"
    assert (evidence["message_id"], evidence["campaign_id"]) == (message.id, message.campaign_id)
    assert (await verify_contacts([reader.id])).ok  # the chain still proves itself


# The next campaign leaves them out: withdrawn, and suppressed against re-consent by import.
async def test_an_unsubscribed_person_is_left_out_of_the_next_campaign(
    public, workspace, reader, message, token
):
    assert await _mailable(workspace, reader)
    await public.post(f"/u/{token(Kind.UNSUBSCRIBE, message)}", data=ONE_CLICK)
    assert not await _mailable(workspace, reader)
    reasons = await suppression.reasons(workspace.id, reader.email)
    assert set(reasons) == {SuppressionReason.UNSUBSCRIBED}


# Mail already queued in running campaigns is not sent; what was sent, or is not running, stays.
async def test_queued_messages_of_running_campaigns_are_skipped(
    public, workspace, reader, message, token
):
    running = await make_campaign(workspace, CampaignStatus.SENDING)
    paused = await make_campaign(workspace, CampaignStatus.PAUSED)
    cancelled = await make_campaign(workspace, CampaignStatus.CANCELLED)
    queued = [await make_message(c, reader, MessageStatus.QUEUED) for c in (running, paused)]
    stopped = await make_message(cancelled, reader, MessageStatus.QUEUED)
    await public.post(f"/u/{token(Kind.UNSUBSCRIBE, message)}", data=ONE_CLICK)
    for row in queued:
        await row.refresh_from_db()
        assert (row.status, row.skip_reason) == (MessageStatus.SKIPPED, SkipReason.UNSUBSCRIBED)
    for untouched, status in [(message, MessageStatus.SENT), (stopped, MessageStatus.QUEUED)]:
        await untouched.refresh_from_db()
        assert untouched.status == status


# Providers retry; people press twice: one withdrawal, one unsubscribe counted, same answer.
async def test_unsubscribing_twice_is_harmless(public, reader, message, token):
    url = f"/u/{token(Kind.UNSUBSCRIBE, message)}"
    first = await public.post(url, data=ONE_CLICK)
    second = await public.post(url, data=ONE_CLICK)
    assert first.status_code == second.status_code == 200
    withdrawals = [e for e in await _ledger(reader) if e.action == ConsentAction.WITHDRAWN]
    assert len(withdrawals) == 1
    hours = await CampaignHour.filter(campaign_id=message.campaign_id)
    assert sum(h.unsubscribes for h in hours) == 1


# A provider's retries can arrive together: each gets its 200, and the ledger one withdrawal.
async def test_simultaneous_one_click_posts_withdraw_once(app, reader, message, token):
    url = f"/u/{token(Kind.UNSUBSCRIBE, message)}"
    async with public_client(app) as provider:
        answers = await asyncio.gather(*(provider.post(url, data=ONE_CLICK) for _ in range(4)))
    assert [r.status_code for r in answers] == [200] * 4
    withdrawals = [e for e in await _ledger(reader) if e.action == ConsentAction.WITHDRAWN]
    assert len(withdrawals) == 1
    assert (await verify_contacts([reader.id])).ok
    hours = await CampaignHour.filter(campaign_id=message.campaign_id)
    assert sum(h.unsubscribes for h in hours) == 1


# The page's own button unsubscribes too, and then offers the way back.
async def test_the_page_button_unsubscribes_and_offers_to_subscribe_again(
    public, reader, message, token
):
    r = await public.post(f"/u/{token(Kind.UNSUBSCRIBE, message)}", data={"action": "unsubscribe"})
    assert r.status_code == 200 and "location" not in r.headers
    assert "You are unsubscribed" in r.text and "Subscribe again" in r.text
    assert await _status(reader) == ConsentAction.WITHDRAWN
    last = (await _ledger(reader))[-1]
    assert (await ConsentEvidence.get(event_id=last.id)).data["method"] == "page"


# Coming back is a fresh grant, with its own evidence, that lifts the suppression.
async def test_subscribing_again_is_a_fresh_grant_with_evidence(
    public, workspace, reader, message, token
):
    url = f"/u/{token(Kind.UNSUBSCRIBE, message)}"
    await public.post(url, data=ONE_CLICK)
    r = await public.post(url, data={"action": "preferences"})
    assert r.status_code == 200 and "Your choices are saved" in r.text
    last = (await _ledger(reader))[-1]
    assert (last.action, last.source) == (ConsentAction.CONFIRMED, ConsentSource.PREFERENCE_CENTRE)
    evidence = (await ConsentEvidence.get(event_id=last.id)).data
    assert evidence["ip"] == READER_IP
    assert evidence["wording"] == f"Yes, send me email from {workspace.name}."
    assert await suppression.reasons(workspace.id, reader.email) == {}
    assert await _mailable(workspace, reader)


# Unsubscribing is not all-or-nothing: topics are joined and left one by one.
async def test_the_preference_centre_joins_and_leaves_topics(
    public, workspace, reader, message, token, actor
):
    from crm.consent import ledger

    news = await Topic.create(workspace=workspace, key="news", name="Newsletter")
    offers = await Topic.create(workspace=workspace, key="offers", name="Offers")
    elsewhere = await Topic.create(workspace=await Workspace.create(name="B"), key="x", name="X")
    await ledger.record(
        actor,
        reader,
        ledger.Grant(Purpose.EMAIL_MARKETING, ConsentAction.CONFIRMED, ConsentSource.FORM, news.id),
    )
    news_campaign = await make_campaign(workspace, topic_ids=[news.id])
    queued = await make_message(news_campaign, reader, MessageStatus.QUEUED)
    url = f"/u/{token(Kind.UNSUBSCRIBE, message)}"
    page = (await public.get(url)).text
    assert f'value="{news.id}" checked' in page and f'value="{offers.id}">' in page
    r = await public.post(url, data={"action": "preferences", "topic": [offers.id, elsewhere.id]})
    assert r.status_code == 200
    assert await _status(reader, news.id) == ConsentAction.WITHDRAWN
    assert await _status(reader, offers.id) == ConsentAction.CONFIRMED
    assert await _status(reader, elsewhere.id) is None
    assert await _status(reader) == ConsentAction.CONFIRMED  # still subscribed as a whole
    await queued.refresh_from_db()
    assert (queued.status, queued.skip_reason) == (MessageStatus.SKIPPED, SkipReason.TOPIC)
    assert await eligibility.mailable(workspace, offers.id).filter(id=reader.id).exists()
    assert not await eligibility.mailable(workspace, news.id).filter(id=reader.id).exists()


# A token that does not verify gets a polite page and changes nothing, GET or POST, without
# a single database query (the subscription is never looked up).
@pytest.mark.parametrize(
    "spoil", ["tampered", "truncated", "open token", "moved", "another installation"]
)
async def test_a_token_that_is_not_genuine_gets_a_polite_page(
    public, reader, message, token, spoil, monkeypatch
):
    genuine = token(Kind.UNSUBSCRIBE, message)
    bad = {
        "tampered": genuine[:-1] + ("A" if genuine[-1] != "A" else "B"),
        "truncated": genuine[:20],
        "open token": token(Kind.OPEN, message),
        "moved": genuine[:6] + ("A" if genuine[6] != "A" else "B") + genuine[7:],
        "another installation": sign(
            "x" * 48, Claims(Kind.UNSUBSCRIBE, message.workspace_id, message.id)
        ),
    }[spoil]

    async def no_database(*args: object) -> None:
        raise AssertionError("the database was asked")

    with monkeypatch.context() as patched:
        patched.setattr(unsubscribe, "find", no_database)
        answers = [await public.get(f"/u/{bad}"), await public.post(f"/u/{bad}", data=ONE_CLICK)]
    for r in answers:
        assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
        assert "This link does not work" in r.text
    assert await _status(reader) == ConsentAction.CONFIRMED


# A genuine token of another workspace naming this workspace's message finds nobody: a polite
# 404, and the person stays subscribed.
async def test_a_token_of_another_workspace_unsubscribes_nobody(
    public, workspace, reader, message, token
):
    other = await Workspace.create(name="elsewhere")
    url = f"/u/{token(Kind.UNSUBSCRIBE, message, workspace_id=other.id)}"
    for r in (await public.get(url), await public.post(url, data=ONE_CLICK)):
        assert r.status_code == 404 and "We could not find this subscription" in r.text
        assert workspace.name not in r.text and "r•••@example.org" not in r.text
    assert await _status(reader) == ConsentAction.CONFIRMED
    assert await suppression.reasons(workspace.id, reader.email) == {}


# A token of a retired secret (rotated out of PREVIOUS_SECRET_KEYS) gets the polite page too;
# one still listed there keeps working.
async def test_old_tokens_work_while_their_secret_is_listed_and_get_a_polite_page_after(
    settings, reader, message
):
    from crm.app import create_app

    old_secret = "o" * 48
    old = sign(old_secret, Claims(Kind.UNSUBSCRIBE, message.workspace_id, message.id))
    retired = create_app(settings, manage_db=False)
    rotated = create_app(
        settings.model_copy(update={"previous_secret_keys": old_secret}), manage_db=False
    )
    for app, status in [(retired, 400), (rotated, 200)]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://t") as c:
            assert (await c.get(f"/u/{old}")).status_code == status
    assert await _status(reader) == ConsentAction.CONFIRMED


# An erased person is told so kindly; a one-click POST for them is still a success.
async def test_an_erased_person_gets_a_polite_page(client, public, reader, message, token):
    r = await client.post(
        "/api/v1/privacy/requests", json={"type": "erasure", "contact_id": reader.id}
    )
    assert r.status_code == 201, r.text
    before = await _ledger(reader)
    url = f"/u/{token(Kind.UNSUBSCRIBE, message)}"
    r = await public.get(url)
    assert r.status_code == 200 and "You are not on our list" in r.text
    r = await public.post(url, data=ONE_CLICK)
    assert r.status_code == 200 and "location" not in r.headers
    assert await _ledger(reader) == before


# A message deleted since (its campaign removed) gets a polite page, not an error.
async def test_a_message_that_no_longer_exists_gets_a_polite_page(public, message, token):
    url = f"/u/{token(Kind.UNSUBSCRIBE, message)}"
    await Message.filter(id=message.id).delete()
    r = await public.get(url)
    assert r.status_code == 404 and "We could not find this subscription" in r.text


# A message to a contact merged into another unsubscribes the person who survived the merge.
async def test_a_merged_contacts_link_unsubscribes_the_survivor(
    client, public, actor, campaign, token
):
    survivor = await make_reader(actor, "keeper@example.org")
    merged = await make_reader(actor, "old-address@example.org")
    old_message = await make_message(campaign, merged)
    r = await client.post(f"/api/v1/contacts/{survivor.id}/merge", json={"merge_id": merged.id})
    assert r.status_code == 200, r.text
    await public.post(f"/u/{token(Kind.UNSUBSCRIBE, old_message)}", data=ONE_CLICK)
    assert await _status(survivor) == ConsentAction.WITHDRAWN


async def test_a_post_without_a_known_action_changes_nothing(public, reader, message, token):
    r = await public.post(f"/u/{token(Kind.UNSUBSCRIBE, message)}", data={"action": "delete"})
    assert r.status_code == 400
    assert await _status(reader) == ConsentAction.CONFIRMED


# A one-click POST that cannot be made durable is not acknowledged: 503, the provider retries.
async def test_a_one_click_post_while_the_database_is_away_asks_to_retry(
    public, reader, message, token, monkeypatch
):
    async def unreachable(*args: object) -> None:
        raise DBConnectionError("connection refused")

    monkeypatch.setattr(unsubscribe, "find", unreachable)
    r = await public.post(f"/u/{token(Kind.UNSUBSCRIBE, message)}", data=ONE_CLICK)
    assert r.status_code == 503 and r.headers["retry-after"] == "60"
    assert "You are unsubscribed" not in r.text
