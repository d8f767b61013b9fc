"""The task the broker tests enqueue, and a way to wait for what the workers do.

`record(ref)` notes each run; a broken ref then raises, and a ref with a gate waits for it
to open, so a test can hold a run while it sends more messages.
"""

from __future__ import annotations

import asyncio
import inspect
import secrets
import time
from collections.abc import Awaitable, Callable

from crm import work
from crm.models import WorkItem

RECORD = "tests.broker.record"
BATCHED = "tests.broker.batched"
MAX_ATTEMPTS = 3
BATCH = 3

runs: list[tuple[str, float]] = []  # (ref, monotonic time) of every run, in order
gates: dict[str, asyncio.Event] = {}  # a run of one of these refs waits for its event
broken: set[str] = set()  # a run of one of these refs fails


@work.task(RECORD, max_attempts=MAX_ATTEMPTS)
async def record(ref: str) -> None:
    runs.append((ref, time.monotonic()))
    if ref in gates:
        await gates[ref].wait()
    if ref in broken:
        raise RuntimeError(f"{ref} cannot be processed")


batches: list[list[str]] = []  # the refs of every run of the batched task, in order


@work.task(BATCHED, max_attempts=MAX_ATTEMPTS, batch=BATCH)
async def record_batch(refs: list[str]) -> dict[str, Exception]:
    batches.append(refs)
    return {ref: RuntimeError(f"{ref} cannot be processed") for ref in refs if ref in broken}


def new_ref(kind: str = "item") -> str:
    return f"{kind}-{secrets.token_hex(4)}"


def run_times(ref: str) -> list[float]:
    """When each run of `ref` started, in order."""
    return [at for run_ref, at in runs if run_ref == ref]


async def row(item: WorkItem) -> WorkItem:
    return await WorkItem.get(id=item.id)


async def eventually(check: Callable[[], bool | Awaitable[bool]], timeout: float = 20.0) -> None:
    """Wait, without blocking the loop the workers use, until `check()` holds."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {timeout} s")
        await asyncio.sleep(0.05)
