"""Campaign stats: from counters, human and machine apart, each message counted once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from campaigns.models import MessageStatus
from crm import clock
from crm.tokens import Kind
from tests.tracking.conftest import LINKS, make_message, make_reader, public_client, settle
from tracking import processor, recorder
from tracking.models import CampaignHour, EventKind, TrackingEvent

T0 = datetime(2030, 5, 1, 10, 5, tzinfo=UTC)
MPP = {"ip": "17.58.101.4", "user_agent": "Mozilla/5.0"}
CURL = {"ip": "192.0.2.50", "user_agent": "curl/8.5.0"}


def _activity(total, unique, human, human_unique, machine_unique):  # type: ignore[no-untyped-def]
    return {
        "total": total,
        "unique": unique,
        "human": {"total": human, "unique": human_unique},
        "machine": {"total": total - human, "unique": machine_unique},
    }


async def _stats(client, campaign) -> dict:  # type: ignore[no-untyped-def,type-arg]
    await settle()
    r = await client.get(f"/api/v1/campaigns/{campaign.id}/stats")
    assert r.status_code == 200, r.text
    return r.json()


# Sent, failed, bounced, skipped (and what is still queued) come from the message rows.
async def test_stats_count_messages_by_status(client, actor, campaign):
    for number, status in enumerate(
        [MessageStatus.SENT] * 3
        + [MessageStatus.QUEUED, MessageStatus.FAILED, MessageStatus.BOUNCED]
        + [MessageStatus.SKIPPED] * 2
    ):
        await make_message(campaign, await make_reader(actor, f"r{number}@example.org"), status)
    stats = await _stats(client, campaign)
    messages = {k: v for k, v in stats["messages"].items() if k != "skip_reasons"}
    assert messages == {
        "total": 8,
        "queued": 1,
        "sending": 0,
        "sent": 3,
        "failed": 1,
        "bounced": 1,
        "skipped": 2,
    }


# Opens and clicks: totals and uniques, people and machines apart, per link and per hour.
async def test_stats_keep_human_and_machine_apart_and_count_each_message_once(
    app, client, actor, campaign, token
):
    with clock.frozen(T0 - timedelta(hours=1)):
        first = await make_message(campaign, await make_reader(actor, "first@example.org"))
        second = await make_message(campaign, await make_reader(actor, "second@example.org"))
    async with (
        public_client(app) as person,
        public_client(app, **MPP) as apple,
        public_client(app, **CURL) as scanner,
    ):
        with clock.frozen(T0):  # 10:05
            await apple.get(f"/t/o/{token(Kind.OPEN, first)}")
            await apple.get(f"/t/o/{token(Kind.OPEN, second)}")
            clock.advance(timedelta(minutes=10))
            await person.get(f"/t/o/{token(Kind.OPEN, first)}")
            await person.get(f"/t/o/{token(Kind.OPEN, first)}")
            await scanner.get(f"/t/c/{token(Kind.CLICK, first, 1)}")
            clock.advance(timedelta(hours=1))  # 11:15
            await person.get(f"/t/c/{token(Kind.CLICK, first, 0)}")
            await person.get(f"/t/c/{token(Kind.CLICK, first, 0)}")
            await person.get(f"/t/c/{token(Kind.CLICK, second, 1)}")  # implies a person's open
    stats = await _stats(client, campaign)
    assert stats["opens"] == _activity(5, 2, 3, 2, 2)
    assert stats["clicks"] == _activity(4, 2, 3, 2, 1)
    assert stats["links"] == [
        {"index": 0, "url": LINKS[0], "clicks": _activity(2, 1, 2, 1, 0)},
        {"index": 1, "url": LINKS[1], "clicks": _activity(2, 2, 1, 1, 1)},
    ]
    assert [h["hour"] for h in stats["hours"]] == ["2030-05-01T10:00:00Z", "2030-05-01T11:00:00Z"]
    ten, eleven = stats["hours"]
    assert ten["opens"] == _activity(4, 2, 2, 1, 2)
    assert ten["clicks"] == _activity(1, 1, 0, 0, 1)
    assert eleven["opens"] == _activity(1, 0, 1, 1, 0)
    assert eleven["clicks"] == _activity(3, 1, 3, 2, 0)


# Stats read the counters, never the events: the page costs the same at a million events.
async def test_stats_come_from_counters_not_from_the_events(
    public, client, campaign, message, token
):
    await public.get(f"/t/o/{token(Kind.OPEN, message)}")
    await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}")
    before = await _stats(client, campaign)
    await TrackingEvent.filter(campaign_id=campaign.id).delete()
    assert await _stats(client, campaign) == before
    assert before["opens"]["total"] == 1 and before["clicks"]["total"] == 1


# An unsubscribe is counted once per message, in the hour it happened.
async def test_an_unsubscribe_is_counted_once_per_message(public, client, campaign, message, token):
    url = f"/u/{token(Kind.UNSUBSCRIBE, message)}"
    for _ in range(2):
        await public.post(url, data={"List-Unsubscribe": "One-Click"})
    stats = await _stats(client, campaign)
    assert stats["unsubscribes"] == 1
    assert [h["unsubscribes"] for h in stats["hours"]] == [1]


# Several workers process at once: the first open of a message is still counted once.
async def test_concurrent_processors_count_a_first_open_once(campaign, message):
    at = clock.timestamp()
    hit = recorder.Hit(
        EventKind.OPEN, message.workspace_id, message.id, None, False, "198.51.100.7", "Firefox", at
    )
    await recorder.stage([hit] * 4)
    taken = await asyncio.gather(*(processor.process_batch(limit=1) for _ in range(4)))
    assert sorted(taken) == [1, 1, 1, 1]
    [hour] = await CampaignHour.filter(campaign_id=campaign.id)
    assert (hour.opens, hour.unique_opens, hour.unique_human_opens) == (4, 1, 1)


async def test_a_campaign_without_activity_has_zero_stats(client, campaign):
    stats = await _stats(client, campaign)
    assert stats["opens"] == _activity(0, 0, 0, 0, 0) and stats["hours"] == []
    assert [link["clicks"]["total"] for link in stats["links"]] == [0, 0]


async def test_another_workspaces_campaign_is_not_found(client_for, campaign):
    from crm.models import Workspace

    other = await Workspace.create(name="other")
    async with await client_for(other) as stranger:
        r = await stranger.get(f"/api/v1/campaigns/{campaign.id}/stats")
    assert r.status_code == 404
