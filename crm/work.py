"""Durable background work: a row first, a broker message second.

    @work.task("imports.run")
    async def run_import(ref: str) -> None: ...

    await work.enqueue("imports.run", job.id)   # inside the caller's transaction is fine

`enqueue` writes a `WorkItem` row and asks the sender (the broker, see crm/broker.py) to
deliver its id. A worker claims the row with a lease before running it, so a duplicate
message never runs a task twice at once; a failure is retried with exponential backoff up to
`max_attempts`, then kept as `failed` with its error. `sweep()` re-sends every row that is due
and not done (a lost message, a worker killed mid-task), so nothing is lost while the database
holds the row. Tasks must be idempotent: after a crash a task may run again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from tortoise.expressions import Q

from crm import clock
from crm.models import WorkItem
from crm.models.work import WorkStatus

log = logging.getLogger(__name__)

DEFAULT_LEASE = timedelta(minutes=5)  # a task running longer than this is presumed dead
BACKOFF_BASE = timedelta(seconds=10)  # 10 s, 20 s, 40 s ... for the retries of one item
BACKOFF_MAX = timedelta(hours=1)
SWEEP_GRACE = timedelta(
    seconds=30
)  # a pending row this overdue is presumed to have lost its message

TaskFn = Callable[[str], Awaitable[None]]
Sender = Callable[[int, int], None]  # (work item id, delay in ms)


@dataclass(frozen=True)
class TaskSpec:
    name: str
    fn: TaskFn
    max_attempts: int
    lease: timedelta


TASKS: dict[str, TaskSpec] = {}
PERIODIC: dict[str, timedelta] = {}  # task name -> how often it runs (ref "periodic")
_sender: Sender | None = None


def task(
    name: str, *, max_attempts: int = 8, lease: timedelta = DEFAULT_LEASE
) -> Callable[[TaskFn], TaskFn]:
    """Register `fn(ref)` as the task `name`."""

    def register(fn: TaskFn) -> TaskFn:
        TASKS[name] = TaskSpec(name, fn, max_attempts, lease)
        return fn

    return register


def every(interval: timedelta) -> Callable[[TaskFn], TaskFn]:
    """Run a registered task (stack under @task) about once per `interval`, from the sweep."""

    def register(fn: TaskFn) -> TaskFn:
        name = next(spec.name for spec in TASKS.values() if spec.fn is fn)
        PERIODIC[name] = interval
        return fn

    return register


async def schedule_periodic() -> list[str]:
    """Enqueue each periodic task that is not queued and has not run within its interval.

    Several sweepers may do this at once and queue a task twice; periodic tasks are
    idempotent, so the cost is one extra run.
    """
    queued = []
    now = clock.now()
    for name, interval in PERIODIC.items():
        busy = await WorkItem.exists(task=name, status__in=[WorkStatus.PENDING, WorkStatus.RUNNING])
        recent = await WorkItem.exists(task=name, due_at__gt=now - interval)
        if not busy and not recent:
            await enqueue(name, "periodic")
            queued.append(name)
    return queued


def set_sender(sender: Sender | None) -> None:
    """Install how work item ids reach workers (None: rows wait for `drain` or the sweeper)."""
    global _sender
    _sender = sender


def _send(item_id: int, delay: timedelta = timedelta(0)) -> None:
    if _sender is None:
        return
    try:
        _sender(item_id, int(delay.total_seconds() * 1000))
    except Exception:  # the row is durable; the sweeper will send it again
        log.warning(
            "could not send work item to the broker", extra={"item": item_id}, exc_info=True
        )


async def enqueue(
    name: str, ref: object, *, delay: timedelta = timedelta(0), send: bool = True
) -> WorkItem:
    """Record work for task `name` on row `ref` and send it to the workers.

    Inside a transaction, pass `send=False` and call `send(item)` once it has committed: a
    worker handed an id it cannot see yet leaves the row to the sweeper, SWEEP_GRACE later.
    """
    spec = TASKS.get(name)
    if spec is None:
        raise KeyError(f"no task named {name!r}")
    item = await WorkItem.create(
        task=name, ref=str(ref), due_at=clock.now() + delay, max_attempts=spec.max_attempts
    )
    if send:
        _send(item.id, delay)
    return item


def send(item: WorkItem) -> None:
    """Send an item recorded with `enqueue(..., send=False)` to the workers."""
    _send(item.id, max(item.due_at - clock.now(), timedelta(0)))


def backoff(attempts: int) -> timedelta:
    """The wait before retry number `attempts` (1-based): doubling, capped."""
    # the exponent is capped first: 2 ** 1000 seconds overflows a timedelta
    return min(BACKOFF_BASE * (2 ** min(max(attempts - 1, 0), 20)), BACKOFF_MAX)


async def claim(item_id: int) -> WorkItem | None:
    """Take the item for this worker, or None if it is done, failed, or leased to another."""
    now = clock.now()
    item = await WorkItem.get_or_none(id=item_id)
    if item is None or item.task not in TASKS:
        return None
    lease = TASKS[item.task].lease
    claimable = Q(status=WorkStatus.PENDING) | Q(status=WorkStatus.RUNNING, lease_until__lt=now)
    taken = await WorkItem.filter(Q(id=item_id) & claimable).update(
        status=WorkStatus.RUNNING, lease_until=now + lease, attempts=item.attempts + 1
    )
    if not taken:
        return None
    return await WorkItem.get(id=item_id)


async def run(item_id: int) -> WorkStatus | None:
    """Claim and run one item; returns its new status (None when it was not claimed)."""
    item = await claim(item_id)
    if item is None:
        return None
    spec = TASKS[item.task]
    try:
        # Past its lease the sweeper may hand the item to another worker: stop first.
        async with asyncio.timeout(spec.lease.total_seconds()):
            await spec.fn(item.ref)
    except Exception as exc:
        return await _failed(item, exc)
    await WorkItem.filter(id=item.id).update(
        status=WorkStatus.DONE, finished_at=clock.now(), lease_until=None, last_error=""
    )
    return WorkStatus.DONE


async def _failed(item: WorkItem, exc: Exception) -> WorkStatus:
    error = f"{type(exc).__name__}: {exc}"
    if item.attempts >= item.max_attempts:
        log.error(
            "work item failed for good", extra={"item": item.id, "task": item.task, "error": error}
        )
        await WorkItem.filter(id=item.id).update(
            status=WorkStatus.FAILED, last_error=error, lease_until=None, finished_at=clock.now()
        )
        return WorkStatus.FAILED
    wait = backoff(item.attempts)
    log.warning(
        "work item will be retried", extra={"item": item.id, "task": item.task, "error": error}
    )
    await WorkItem.filter(id=item.id).update(
        status=WorkStatus.PENDING, last_error=error, lease_until=None, due_at=clock.now() + wait
    )
    _send(item.id, wait)
    return WorkStatus.PENDING


async def due(limit: int = 500) -> list[int]:
    """Ids of items that should be running and are not: overdue pending, or lease expired."""
    now = clock.now()
    stale = Q(status=WorkStatus.PENDING, due_at__lt=now - SWEEP_GRACE) | Q(
        status=WorkStatus.RUNNING, lease_until__lt=now
    )
    return list(
        await WorkItem.filter(stale).order_by("due_at").limit(limit).values_list("id", flat=True)
    )


async def sweep(limit: int = 500) -> list[int]:
    """Queue the periodic tasks that are due, and re-send every item that is due and not
    done; returns the ids re-sent."""
    await schedule_periodic()
    ids = await due(limit)
    for item_id in ids:
        _send(item_id)
    if ids:
        log.info("sweeper re-sent work", extra={"count": len(ids)})
    return ids


async def drain(max_rounds: int = 100) -> int:
    """Run every pending item that is due now, inline (tests and the CLI); returns how many ran."""
    ran = 0
    for _ in range(max_rounds):
        ids = list(
            await WorkItem.filter(status=WorkStatus.PENDING, due_at__lte=clock.now())
            .order_by("id")
            .values_list("id", flat=True)
        )
        if not ids:
            break
        for item_id in ids:
            if await run(item_id) is not None:
                ran += 1
    return ran


async def replay(item_id: int) -> bool:
    """Make a failed item pending again (an operator's retry); False if it is not failed."""
    count = await WorkItem.filter(id=item_id, status=WorkStatus.FAILED).update(
        status=WorkStatus.PENDING, attempts=0, due_at=clock.now(), finished_at=None
    )
    if count:
        _send(item_id)
    return count > 0
