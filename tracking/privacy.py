"""Opens and clicks are personal data: IPs truncated as the workspace chose, exported and
stripped with the person, and their IPs and user agents dropped after the retention period."""

from __future__ import annotations

import socket
from datetime import timedelta
from functools import lru_cache
from typing import Any

from tortoise.expressions import Q, Subquery

from campaigns.models import Message
from crm import clock
from crm.models import Workspace
from crm.privacy import retention
from crm.privacy.hooks import eraser, exporter
from tracking.models import IpMode, TrackingEvent, TrackingHit

IPV4_KEPT_BYTES = 3  # a /24: the network of a street or an office, not one household
IPV6_KEPT_BYTES = 6  # a /48: a site's prefix; below it sit the subscriber's own networks
IP_MEMORY = 65_536  # addresses whose parsed form the process remembers
_MAPPED = bytes(10) + b"\xff\xff"  # ::ffff:a.b.c.d, an IPv4 address written as IPv6


@lru_cache(maxsize=IP_MEMORY)
def packed_ip(ip: str) -> bytes | None:
    """The 4 or 16 bytes of an address (an IPv4-mapped IPv6 one as IPv4), None if it is not one.

    inet_pton rather than `ipaddress`, and remembered: every open and click needs it twice
    (classification, truncation), and proxies and offices come back often.
    """
    try:
        packed = socket.inet_pton(socket.AF_INET6 if ":" in ip else socket.AF_INET, ip)
    except (OSError, ValueError):
        return None
    return packed[12:] if packed[:12] == _MAPPED else packed


@lru_cache(maxsize=IP_MEMORY)
def truncate_ip(ip: str, mode: IpMode) -> str:
    """The part of `ip` a workspace keeps under `mode` ("" for none, or for no valid address);
    remembered like `packed_ip`, as it is cut for every open and click."""
    packed = packed_ip(ip) if mode != IpMode.NONE else None
    if packed is None:
        return ""
    family = socket.AF_INET if len(packed) == 4 else socket.AF_INET6
    if mode == IpMode.TRUNCATED:
        kept = IPV4_KEPT_BYTES if family == socket.AF_INET else IPV6_KEPT_BYTES
        packed = packed[:kept] + bytes(len(packed) - kept)
    return socket.inet_ntop(family, packed)


@exporter("tracking_events")
async def export_events(workspace_id: int, contact_ids: list[int]) -> list[dict[str, Any]]:
    rows = await TrackingEvent.filter(
        workspace_id=workspace_id, contact_id__in=contact_ids
    ).order_by("at", "id")
    return [
        {
            "campaign_id": e.campaign_id,
            "kind": str(e.kind),
            "link_index": e.link_index,
            "agent": str(e.agent),
            "reason": e.reason,
            "ip": e.ip,
            "user_agent": e.user_agent,
            "at": e.at.isoformat(),
        }
        for e in rows
    ]


@eraser("tracking_events")
async def erase_events(workspace_id: int, contact_ids: list[int], email_hash: str) -> int:
    """Strip IPs and user agents; the events stay, pseudonymous, so campaign stats still add up.
    Hits not yet processed are deleted (the processor would drop them anyway)."""
    messages = Message.filter(workspace_id=workspace_id, contact_id__in=contact_ids)
    staged = await TrackingHit.filter(
        workspace_id=workspace_id, message_id__in=Subquery(messages.values("id"))
    ).delete()
    stripped = await TrackingEvent.filter(
        workspace_id=workspace_id, contact_id__in=contact_ids
    ).update(ip="", user_agent="")
    return staged + stripped


@retention.step("tracking_ips")
async def drop_old_ips(workspace: Workspace) -> int:
    """Strip IPs and user agents of events older than the workspace's `tracking_ip_days`."""
    cutoff = clock.now() - timedelta(days=workspace.tracking_ip_days)
    # hits never processed (no worker ran) are past any use by then
    staged = await TrackingHit.filter(workspace_id=workspace.id, at__lt=cutoff.timestamp()).delete()
    return staged + (
        await TrackingEvent.filter(workspace_id=workspace.id, at__lt=cutoff)
        .filter(Q(ip__not="") | Q(user_agent__not=""))
        .update(ip="", user_agent="")
    )
