"""A per-key request budget, so one runaway script cannot starve a small server.

In-process (each web process counts its own share); the budget is generous for real clients.
"""

from __future__ import annotations

import time
from collections import deque

from crm.errors import RateLimited

REQUESTS_PER_MINUTE = 1200  # per API key and web process
WINDOW_SECONDS = 60.0


class SlidingWindow:
    """At most `limit` events per `window` seconds for each key."""

    def __init__(self, limit: int = REQUESTS_PER_MINUTE, window: float = WINDOW_SECONDS) -> None:
        self.limit = limit
        self.window = window
        self._events: dict[str, deque[float]] = {}

    def acquire(self, key: str) -> None:
        """Count one event for `key`, or raise RateLimited if its budget is spent."""
        now = time.monotonic()
        events = self._events.setdefault(key, deque())
        while events and now - events[0] >= self.window:
            events.popleft()
        if len(events) >= self.limit:
            retry = int(self.window - (now - events[0])) + 1
            raise RateLimited("too many requests for this API key", retry_after=retry)
        events.append(now)
