"""Where other packages plug into export and erasure.

`crm` cannot know the tables of campaigns, tracking or integrations; each of those registers
an exporter (what it holds about a person) and an eraser (how to remove it) at import time,
and the composition root imports them all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

# (workspace id, contact ids) -> a JSON-ready list for the export document
Exporter = Callable[[int, list[int]], Awaitable[list[dict[str, Any]]]]
# (workspace id, contact ids, keyed email hash) -> how many rows were changed
Eraser = Callable[[int, list[int], str], Awaitable[int]]

EXPORTERS: dict[str, Exporter] = {}
ERASERS: dict[str, Eraser] = {}


def exporter(section: str) -> Callable[[Exporter], Exporter]:
    """Register `fn` as the source of the export document's `section`."""

    def register(fn: Exporter) -> Exporter:
        EXPORTERS[section] = fn
        return fn

    return register


def eraser(name: str) -> Callable[[Eraser], Eraser]:
    """Register `fn` to remove a person's data from the tables `name` stands for."""

    def register(fn: Eraser) -> Eraser:
        ERASERS[name] = fn
        return fn

    return register
