"""Recording opens and clicks, part one: the web process.

A request queues a `Hit` (no database work for an open; a click only looks up its URL). The
buffer hands batches to `stage`, which classifies each hit by what its request showed (user
agent, Apple's network, HEAD, the honeypot link), cuts its IP as the workspace chose, and copies
the batch into `tracking_hits` in one statement. That is all the web process spends on an
event; tracking/processor.py does the rest where it costs no request any time.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import timedelta
from typing import NamedTuple

from tortoise import connections

from crm.tokens import HONEYPOT_LINK
from tracking import queries
from tracking.buffer import EventBuffer
from tracking.classify import HoneypotMemory, classify
from tracking.models import EventKind, IpMode, TrackingSettings
from tracking.privacy import truncate_ip
from tracking.queries import HitRow

# A change of a workspace's IP mode applies to hits staged this long after it, at most.
IP_MODE_TTL = timedelta(seconds=10)


class Hit(NamedTuple):
    """What the pixel or the click endpoint saw, before any database work (a tuple: the
    cheapest record to make on the request path)."""

    kind: EventKind
    workspace_id: int
    message_id: int
    link: int | None  # clicks only
    head: bool  # a HEAD request
    ip: str  # in full: cut as the workspace chose when staged, never stored whole unless asked
    user_agent: str  # at most MAX_USER_AGENT characters (tracking.web.caller)
    at: float  # seconds since the epoch (crm.clock.timestamp)


# The process's recent honeypot clicks: a scanner's other clicks arrive here too.
honeypots = HoneypotMemory()


class IpModes:
    """The workspaces' IP modes, each read at most once per IP_MODE_TTL (a query a batch
    otherwise: the busiest workspaces are in every one)."""

    def __init__(self, ttl: timedelta = IP_MODE_TTL) -> None:
        self._ttl = ttl.total_seconds()
        self._known: dict[int, tuple[IpMode, float]] = {}

    async def of(self, workspace_ids: set[int]) -> dict[int, IpMode]:
        now = time.monotonic()
        stale = {w for w in workspace_ids if self._known.get(w, (None, 0.0))[1] < now}
        if stale:
            rows = dict(
                await TrackingSettings.filter(workspace_id__in=stale).values_list(
                    "workspace_id", "ip_mode"
                )
            )
            for workspace_id in stale:
                mode = IpMode(rows.get(workspace_id, IpMode.TRUNCATED))
                self._known[workspace_id] = (mode, now + self._ttl)
        return {w: self._known[w][0] for w in workspace_ids}

    def forget(self, workspace_id: int) -> None:
        """Read the workspace's mode again on its next hit (it was just changed here)."""
        self._known.pop(workspace_id, None)


ip_modes = IpModes()  # the process's; the settings API forgets what it changes


def _rows(hits: Sequence[Hit], modes: dict[int, IpMode]) -> list[HitRow]:
    """The staged rows of hits in arrival order (the buffer keeps it)."""
    for hit in hits:
        if hit.kind == EventKind.CLICK and hit.link == HONEYPOT_LINK:
            honeypots.note(hit.message_id, hit.ip, hit.at)
    rows = []
    for hit in hits:
        beside = hit.kind == EventKind.CLICK and honeypots.near(hit.message_id, hit.ip, hit.at)
        verdict = classify(
            hit.kind,
            head=hit.head,
            link=hit.link,
            user_agent=hit.user_agent,
            ip=hit.ip,
            beside_honeypot=beside,
        )
        mode = modes[hit.workspace_id]
        rows.append(
            HitRow(
                hit.workspace_id,
                hit.message_id,
                hit.kind,
                hit.link,
                verdict.agent,
                verdict.reason,
                truncate_ip(hit.ip, mode),
                hit.user_agent,
                hit.at,
            )
        )
    return rows


async def stage(hits: Sequence[Hit]) -> int:
    """Classify a batch of hits by their requests and copy them to `tracking_hits`."""
    rows = _rows(hits, await ip_modes.of({hit.workspace_id for hit in hits}))
    await queries.insert_rows(connections.get("default"), "tracking_hits", rows)
    return len(rows)


# The process's buffer of hits; the app's shutdown closes it (tracking.routes.close).
buffer: EventBuffer[Hit] = EventBuffer(stage)
