"""Counters instead of scans: what a batch of events adds to its campaigns' hourly rows and
link rows, each unique counted once.

A message's activities are named by short keys in `tracking_first_seen`:

    o  oh  om       opened (by anyone, by a person, by a machine)
    c  ch  cm       clicked
    cN cNh cNm      clicked link N
    u               unsubscribed through it

The write that creates a key counts the unique; every event counts in the totals. A click
implies an open: when a message has no open of the click's kind (person or machine), an open
event is added before the click, with the click's agent. That is how a person reading under
Apple Mail Privacy Protection, whose real open never reaches us, still counts as opened.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from crm.tokens import HONEYPOT_LINK
from tracking import queries
from tracking.models import EventKind
from tracking.queries import EventRow

HOURS = "tracking_campaign_hours"
LINKS = "tracking_link_clicks"
HOUR_COUNTERS = (
    "opens",
    "human_opens",
    "unique_opens",
    "unique_human_opens",
    "unique_machine_opens",
    "clicks",
    "human_clicks",
    "unique_clicks",
    "unique_human_clicks",
    "unique_machine_clicks",
    "unsubscribes",
)
LINK_COUNTERS = (
    "clicks",
    "human_clicks",
    "unique_clicks",
    "unique_human_clicks",
    "unique_machine_clicks",
)
MAX_REASON = 200  # the column's width

# (workspace, campaign, hour or link index) -> counter -> how much to add
Tally = defaultdict[tuple[int, int, int], defaultdict[str, int]]


def hour_of(moment: datetime) -> int:
    """The hourly bucket of a moment: whole hours since 1970-01-01 UTC."""
    return int(moment.timestamp() // 3600)


# (kind, by a person) -> (first-seen key, the counter it makes unique), for the message
# By kind (an EventKind, or its value as rows carry it) and whether a person made it.
_MESSAGE_KEYS: dict[tuple[str, bool], tuple[tuple[str, str], tuple[str, str]]] = {
    (EventKind.OPEN, True): (("o", "unique_opens"), ("oh", "unique_human_opens")),
    (EventKind.OPEN, False): (("o", "unique_opens"), ("om", "unique_machine_opens")),
    (EventKind.CLICK, True): (("c", "unique_clicks"), ("ch", "unique_human_clicks")),
    (EventKind.CLICK, False): (("c", "unique_clicks"), ("cm", "unique_machine_clicks")),
}
_OPEN_KEY = {True: "oh", False: "om"}  # what a click implies, when the message lacks it


def _link_keys(event: EventRow) -> tuple[tuple[str, str], ...]:
    """The first-seen keys of a click on a link, with the link counter each makes unique."""
    if event.kind != EventKind.CLICK or event.link_index == HONEYPOT_LINK:
        return ()
    link = f"c{event.link_index}"
    if event.human:
        return ((link, "unique_clicks"), (link + "h", "unique_human_clicks"))
    return ((link, "unique_clicks"), (link + "m", "unique_machine_clicks"))


def _count(event: EventRow, fresh: set[tuple[int, str]], hours: Tally, links: Tally) -> None:
    """Add one event to the tallies, claiming the fresh keys it is the first of."""
    noun = "opens" if event.kind == EventKind.OPEN else "clicks"
    hour = hours[(event.workspace_id, event.campaign_id, hour_of(event.at))]
    hour[noun] += 1
    hour[f"human_{noun}"] += event.human
    for key, counter in _MESSAGE_KEYS[(event.kind, event.human)]:
        if (event.message_id, key) in fresh:
            fresh.discard((event.message_id, key))
            hour[counter] += 1
    link_keys = _link_keys(event)
    if not link_keys:
        return
    link = links[(event.workspace_id, event.campaign_id, event.link_index or 0)]
    link["clicks"] += 1
    link["human_clicks"] += event.human
    for key, counter in link_keys:
        if (event.message_id, key) in fresh:
            fresh.discard((event.message_id, key))
            link[counter] += 1


def _rows(tally: Tally, third: str, counters: tuple[str, ...]) -> list[dict[str, int]]:
    return [
        {
            "workspace_id": workspace_id,
            "campaign_id": campaign_id,
            third: value,
            **{name: added.get(name, 0) for name in counters},
        }
        for (workspace_id, campaign_id, value), added in tally.items()
    ]


async def _add(conn: BaseDBAsyncClient, hours: Tally, links: Tally) -> None:
    await queries.add_counts(
        conn, HOURS, ("campaign_id", "hour"), _rows(hours, "hour", HOUR_COUNTERS)
    )
    await queries.add_counts(
        conn, LINKS, ("campaign_id", "link_index"), _rows(links, "link_index", LINK_COUNTERS)
    )


async def count_events(conn: BaseDBAsyncClient, events: Sequence[EventRow]) -> list[EventRow]:
    """Add `events` (in time order) to the rollups; returns the events to store: these, each
    click preceded by the open it implies where the message had none of its kind."""
    wanted: set[tuple[int, str]] = set()
    for e in events:
        keys = _MESSAGE_KEYS[(e.kind, e.human)] + _link_keys(e)
        wanted.update((e.message_id, key) for key, _ in keys)
        if e.kind == EventKind.CLICK:
            wanted.add((e.message_id, "o"))
            wanted.add((e.message_id, _OPEN_KEY[e.human]))
    fresh = await queries.claim_firsts(conn, wanted)
    hours: Tally = defaultdict(lambda: defaultdict(int))
    links: Tally = defaultdict(lambda: defaultdict(int))
    stored: list[EventRow] = []
    for event in events:
        if event.kind == EventKind.CLICK and (event.message_id, _OPEN_KEY[event.human]) in fresh:
            reason = f"implied by a click ({event.reason})"[:MAX_REASON]
            implied = event._replace(kind=EventKind.OPEN, link_index=None, reason=reason)
            _count(implied, fresh, hours, links)
            stored.append(implied)
        _count(event, fresh, hours, links)
        stored.append(event)
    await _add(conn, hours, links)
    return stored


async def count_unsubscribe(
    conn: BaseDBAsyncClient, workspace_id: int, campaign_id: int, message_id: int, at: datetime
) -> bool:
    """Count an unsubscribe through a message, once per message; False if already counted."""
    if not await queries.claim_firsts(conn, [(message_id, "u")]):
        return False
    hours: Tally = defaultdict(lambda: defaultdict(int))
    hours[(workspace_id, campaign_id, hour_of(at))]["unsubscribes"] = 1
    await _add(conn, hours, defaultdict(lambda: defaultdict(int)))
    return True
