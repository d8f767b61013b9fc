"""Where a click goes: the URL stored for a link of a message's campaign, from the process's
memory or from one lookup shared by every click waiting at that moment.

The click redirect is the one hot path that must read the database before it answers. Two
memories spare it reads: message -> (workspace, campaign), which never changes (a person
clicking a second link of a message), and (campaign, link) -> URL, kept LINK_TTL. A click
that misses joins the next lookup: while one is in flight the misses gather, and the next
lookup answers them all in one statement, so a burst of clicks costs one round trip, not one
each.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from datetime import timedelta

from tortoise import connections

from tracking import queries

MESSAGE_MEMORY = 100_000  # messages whose campaign the process remembers (~15 MB)
LINK_MEMORY = 10_000  # (campaign, link) URLs remembered, the oldest forgotten first
# How long a remembered URL (or its absence) is trusted: a campaign's links are fixed once it
# is sent, and a draft's edit, or a deleted campaign, is seen within this.
LINK_TTL = timedelta(minutes=5)

# what a lookup learns of one (message, link): (workspace, campaign, URL or None), or None
Found = tuple[int, int, str | None] | None


class LinkResolver:
    """The URLs of links of messages, remembered and looked up in batches."""

    def __init__(
        self,
        messages: int = MESSAGE_MEMORY,
        links: int = LINK_MEMORY,
        ttl: timedelta = LINK_TTL,
    ) -> None:
        self._messages: OrderedDict[int, tuple[int, int]] = OrderedDict()
        self._links: OrderedDict[tuple[int, int], tuple[str | None, float]] = OrderedDict()
        self._sizes = (messages, links)
        self._ttl = ttl.total_seconds()
        self._waiting: dict[tuple[int, int], asyncio.Future[Found]] = {}
        self._lookup: asyncio.Task[None] | None = None

    def _remember(self, message_id: int, workspace_id: int, campaign_id: int) -> None:
        self._messages[message_id] = (workspace_id, campaign_id)
        self._messages.move_to_end(message_id)
        if len(self._messages) > self._sizes[0]:
            self._messages.popitem(last=False)

    def _known(self, workspace_id: int, message_id: int, index: int) -> tuple[bool, str | None]:
        """(whether memory answers, the answer)."""
        owner = self._messages.get(message_id)
        if owner is None:
            return False, None
        if owner[0] != workspace_id:
            return True, None
        cached = self._links.get((owner[1], index))
        if cached is None or cached[1] < time.monotonic():
            return False, None
        return True, cached[0]

    async def url(self, workspace_id: int, message_id: int, index: int) -> str | None:
        """The URL stored for link `index` of the campaign of message `message_id` of this
        workspace; None when there is no such message or link."""
        known, url = self._known(workspace_id, message_id, index)
        if known:
            return url
        key = (message_id, index)
        future = self._waiting.get(key)
        if future is None:
            future = self._waiting[key] = asyncio.get_running_loop().create_future()
            if self._lookup is None or self._lookup.done():
                self._lookup = asyncio.create_task(self._look_up())
        # shield: a client that hangs up must not cancel the answer other clicks wait for
        found = await asyncio.shield(future)
        if found is None or found[0] != workspace_id:
            return None
        return found[2]

    async def _look_up(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, {}
            try:
                rows = await queries.link_urls(connections.get("default"), list(batch))
            except Exception as exc:  # each waiting click answers with the error
                for future in batch.values():
                    future.set_exception(exc)
                continue
            expires = time.monotonic() + self._ttl
            for (message_id, index), future in batch.items():
                found = rows.get((message_id, index))
                if found is not None:
                    self._remember(message_id, found[0], found[1])
                    self._links[(found[1], index)] = (found[2], expires)
                    self._links.move_to_end((found[1], index))
                    if len(self._links) > self._sizes[1]:
                        self._links.popitem(last=False)
                future.set_result(found)


# The process's resolver, which the click endpoint asks.
resolver = LinkResolver()
