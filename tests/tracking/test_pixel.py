"""The open pixel: a never-cached transparent GIF; an open stored with what the workspace allows."""

from __future__ import annotations

import base64
import struct
from datetime import timedelta

import pytest

from campaigns.models import Campaign
from crm import clock
from crm.models import Contact
from crm.tokens import Kind
from tests.tracking.conftest import (
    BROWSER,
    READER_IP,
    events,
    make_campaign,
    make_message,
    public_client,
)
from tracking import recorder
from tracking.models import Agent, EventKind, IpMode, TrackingEvent
from tracking.pixel import GIF
from tracking.privacy import truncate_ip


def _moved(token: str, workspace_id: int) -> str:
    """The token with its workspace id changed and its signature kept."""
    raw = bytearray(base64.urlsafe_b64decode(token + "=="))
    struct.pack_into(">I", raw, 3, workspace_id)
    return base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()


def _tampered(token: str) -> str:
    middle = len(token) // 2
    return token[:middle] + ("A" if token[middle] != "A" else "B") + token[middle + 1 :]


# A cached pixel would hide every later open; a broken image would show in the reader's mail.
async def test_the_pixel_is_a_transparent_gif_that_is_never_cached(public, message, token):
    r = await public.get(f"/t/o/{token(Kind.OPEN, message)}")
    assert r.status_code == 200
    assert r.headers["content-type"] == "image/gif"
    assert r.content == GIF and r.content.startswith(b"GIF89a\x01\x00\x01\x00")  # 1 x 1
    assert b"\x21\xf9\x04\x01" in r.content  # a graphic control block with transparency on
    assert r.headers["content-length"] == str(len(GIF))
    assert "no-store" in r.headers["cache-control"]
    assert "set-cookie" not in r.headers


# An open keeps its time, the user agent and the IP cut to its network (the default).
async def test_an_open_is_stored_with_time_user_agent_and_a_truncated_ip(public, message, token):
    before = clock.now()
    await public.get(f"/t/o/{token(Kind.OPEN, message)}")
    [event] = await events(message)
    assert (event.kind, event.agent, event.human) == (EventKind.OPEN, Agent.HUMAN, True)
    assert event.ip == "203.0.113.0" and event.user_agent == BROWSER
    assert before <= event.at <= clock.now()
    assert (event.campaign_id, event.contact_id) == (message.campaign_id, message.contact_id)


# The workspace decides how much of a reader's address is kept: all, its network, or nothing.
@pytest.mark.parametrize(
    ("mode", "kept"), [("full", READER_IP), ("truncated", "203.0.113.0"), ("none", "")]
)
async def test_the_workspace_chooses_how_much_of_the_ip_is_kept(
    client, public, message, token, mode, kept
):
    await public.get(f"/t/o/{token(Kind.OPEN, message)}")  # staged under the default first
    await events(message)
    await TrackingEvent.filter(message_id=message.id).delete()
    r = await client.patch("/api/v1/tracking/settings", json={"ip_mode": mode})
    assert r.status_code == 200 and r.json() == {"ip_mode": mode}
    await public.get(f"/t/o/{token(Kind.OPEN, message)}")
    [event] = await events(message)
    assert event.ip == kept


def test_truncation_keeps_the_network_of_ipv4_and_ipv6_addresses():
    assert truncate_ip("198.51.100.23", IpMode.TRUNCATED) == "198.51.100.0"
    assert truncate_ip("2001:db8:abcd:12:1:2:3:4", IpMode.TRUNCATED) == "2001:db8:abcd::"
    assert truncate_ip("::ffff:198.51.100.23", IpMode.TRUNCATED) == "198.51.100.0"
    assert truncate_ip("not-an-ip", IpMode.FULL) == ""


# A forged token costs one HMAC: nothing queued, nothing recorded, still an image.
@pytest.mark.parametrize("spoil", ["tampered", "truncated", "moved", "other kind"])
async def test_a_token_that_is_not_genuine_records_nothing(public, message, token, spoil):
    genuine = token(Kind.OPEN, message)
    bad = {
        "tampered": _tampered(genuine),
        "truncated": genuine[:-4],
        "moved": _moved(genuine, message.workspace_id + 1),
        "other kind": token(Kind.CLICK, message),
    }[spoil]
    accepted = recorder.buffer.accepted
    r = await public.get(f"/t/o/{bad}")
    assert r.status_code == 404 and r.content == GIF
    assert recorder.buffer.accepted == accepted
    assert await events(message) == []


# A genuine token of another workspace cannot name this workspace's message.
async def test_a_token_of_another_workspace_naming_this_message_stores_nothing(
    public, message, token
):
    r = await public.get(f"/t/o/{token(Kind.OPEN, message, workspace_id=message.workspace_id + 1)}")
    assert r.status_code == 200
    assert await events(message) == []


# A campaign sent without tracking stays untracked, even if a pixel URL is fetched.
async def test_opens_of_a_campaign_that_does_not_track_are_not_stored(
    public, workspace, reader, token
):
    campaign = await make_campaign(workspace, tracking=False)
    message = await make_message(campaign, reader)
    await public.get(f"/t/o/{token(Kind.OPEN, message)}")
    assert await events(message) == []


# Restriction (GDPR art. 18) and erasure stop processing, opens included.
@pytest.mark.parametrize("state", ["restricted_at", "erased_at"])
async def test_opens_of_a_restricted_or_erased_person_are_not_stored(
    public, message, reader, token, state
):
    await public.get(f"/t/o/{token(Kind.OPEN, message)}")  # queued before the change
    await Contact.filter(id=reader.id).update(**{state: clock.now()})
    await public.get(f"/t/o/{token(Kind.OPEN, message)}")
    assert await events(message) == []


# Apple Mail Privacy Protection loads every image on delivery: a machine, not a reader.
async def test_an_apple_mpp_fetch_is_stored_as_a_machine_open(app, message, token):
    async with public_client(app, ip="17.58.101.4", user_agent="Mozilla/5.0") as mpp:
        await mpp.get(f"/t/o/{token(Kind.OPEN, message)}")
    [event] = await events(message)
    assert (event.agent, event.human) == (Agent.APPLE_MPP, False)
    assert "Apple" in event.reason


# The pixel answers GET and HEAD only: anything else is refused and records nothing.
@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
async def test_other_methods_are_refused_and_record_nothing(public, message, token, method):
    r = await public.request(method, f"/t/o/{token(Kind.OPEN, message)}")
    assert r.status_code == 405
    assert await events(message) == []


# A HEAD request checks a URL; nobody read anything.
async def test_a_head_request_is_stored_as_a_prefetch(public, message, token):
    r = await public.head(f"/t/o/{token(Kind.OPEN, message)}")
    assert r.status_code == 200
    [event] = await events(message)
    assert (event.agent, event.human, event.reason) == (Agent.PREFETCH, False, "HEAD request")


# The pixel's time is the request's, not the write's: the buffer does not shift it.
async def test_an_open_keeps_the_time_of_the_request(public, workspace, reader, token):
    campaign: Campaign = await make_campaign(workspace)
    message = await make_message(campaign, reader, sent_ago=timedelta(days=1))
    with clock.frozen(clock.now() - timedelta(minutes=5)):
        await public.get(f"/t/o/{token(Kind.OPEN, message)}")
        asked = clock.now()
    [event] = await events(message)
    assert event.at == asked
