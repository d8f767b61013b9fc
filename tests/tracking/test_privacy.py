"""Opens and clicks as personal data: retention, erasure and export."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crm import clock
from crm.models import Workspace
from crm.privacy import retention
from crm.tokens import Kind
from tests.tracking.conftest import BROWSER, READER_IP, events, make_message
from tracking import recorder
from tracking.models import EventKind, TrackingHit

T0 = datetime(2030, 5, 1, 8, 0, tzinfo=UTC)


# IPs and user agents are kept tracking_ip_days (180 by default), not a moment longer; the
# events themselves stay for the stats and engagement rules.
async def test_ips_and_user_agents_are_dropped_after_the_retention_period_not_before(
    public, campaign, reader, token
):
    with clock.frozen(T0):
        message = await make_message(campaign, reader)
        await public.get(f"/t/o/{token(Kind.OPEN, message)}")
        [event] = await events(message)
        assert event.ip and event.user_agent == BROWSER
        clock.advance(timedelta(days=179, hours=23))
        await retention.run_once()
        await event.refresh_from_db()
        assert event.ip == "203.0.113.0" and event.user_agent == BROWSER
        clock.advance(timedelta(hours=2))
        counts = await retention.run_once()
    await event.refresh_from_db()
    assert (event.ip, event.user_agent) == ("", "")
    assert counts["tracking_ips"] >= 1
    assert [e.kind for e in await events(message)] == ["open"]


# A workspace that keeps them for less is held to its own number.
async def test_a_workspace_with_a_shorter_period_drops_them_sooner(
    public, workspace, campaign, reader, token
):
    await Workspace.filter(id=workspace.id).update(tracking_ip_days=30)
    with clock.frozen(T0):
        message = await make_message(campaign, reader)
        await public.get(f"/t/o/{token(Kind.OPEN, message)}")
        await events(message)
        clock.advance(timedelta(days=30, minutes=1))
        await retention.run_once()
    [event] = await events(message)
    assert (event.ip, event.user_agent) == ("", "")


# A hit staged but never processed (no worker ran) goes at the end of the period too, not before.
async def test_a_hit_left_staged_is_deleted_after_the_retention_period(campaign, reader):
    with clock.frozen(T0):
        message = await make_message(campaign, reader)
        hit = recorder.Hit(
            EventKind.OPEN, message.workspace_id, message.id, None, False, READER_IP, BROWSER,
            clock.timestamp(),
        )  # fmt: skip
        await recorder.stage([hit])
        clock.advance(timedelta(days=179, hours=23))
        await retention.run_once()
        assert await TrackingHit.filter(message_id=message.id).exists()
        clock.advance(timedelta(hours=2))
        await retention.run_once()
    assert not await TrackingHit.filter(message_id=message.id).exists()


# Erasure leaves no IP or user agent of the person in their events.
async def test_erasure_strips_the_ip_and_user_agent_of_the_persons_events(
    client, public, reader, message, token
):
    await public.get(f"/t/o/{token(Kind.OPEN, message)}")
    await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}")
    assert all(e.ip for e in await events(message))
    r = await client.post(
        "/api/v1/privacy/requests", json={"type": "erasure", "contact_id": reader.id}
    )
    assert r.status_code == 201, r.text
    assert [(e.ip, e.user_agent) for e in await events(message)] == [("", "")] * 2


# Access requests show the person what we recorded of their reading.
async def test_the_export_lists_the_persons_opens_and_clicks(
    client, public, reader, message, token
):
    await public.get(f"/t/c/{token(Kind.CLICK, message, 1)}")
    await events(message)
    r = await client.get(f"/api/v1/contacts/{reader.id}/export")
    assert r.status_code == 200, r.text
    section = r.json()["tracking_events"]
    assert [(e["kind"], e["link_index"], e["agent"]) for e in section] == [
        ("open", None, "human"),
        ("click", 1, "human"),
    ]
    assert section[1]["ip"] == "203.0.113.0" and section[1]["user_agent"] == BROWSER


# A hit still waiting to be processed is erased with the person too.
async def test_erasure_deletes_the_persons_staged_hits(client, public, reader, message, token):
    await public.get(f"/t/o/{token(Kind.OPEN, message)}")
    await recorder.buffer.flush()  # staged, not processed
    assert await TrackingHit.filter(message_id=message.id).exists()
    r = await client.post(
        "/api/v1/privacy/requests", json={"type": "erasure", "contact_id": reader.id}
    )
    assert r.status_code == 201, r.text
    assert not await TrackingHit.filter(message_id=message.id).exists()
