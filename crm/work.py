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

A task registered with `batch=N` takes a list of refs and says which of them failed:

    @work.task("integrations.process_event", batch=100)
    async def process_events(refs: list[str]) -> dict[str, Exception]: ...

Its rows are still one per ref, but a run claims up to N of them that are due (the one it was
sent first, then the rest oldest first) in one statement, completes them in one, and claims
again until none is left; failures are retried one by one, as above. Its messages only wake a
worker, so a burst of enqueues sends about one per COALESCE.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, cast

from tortoise import connections
from tortoise.expressions import Q

from crm import clock, db
from crm.models import WorkItem
from crm.models.work import WorkStatus

log = logging.getLogger(__name__)

DEFAULT_LEASE = timedelta(minutes=5)  # a task running longer than this is presumed dead
BACKOFF_BASE = timedelta(seconds=10)  # 10 s, 20 s, 40 s ... for the retries of one item
BACKOFF_MAX = timedelta(hours=1)
SWEEP_GRACE = timedelta(
    seconds=30
)  # a pending row this overdue is presumed to have lost its message

# A batched task's messages only wake a worker: within this window after one is sent, the
# next waits for its end, and only the latest id of the burst is sent then.
COALESCE = timedelta(milliseconds=20)

TaskFn = Callable[[str], Awaitable[None]]
Sender = Callable[[int, int], None]  # (work item id, delay in ms)


@dataclass(frozen=True)
class TaskSpec:
    name: str
    # fn(ref), or with `batch`, fn(refs) -> the refs that failed, with why (the rest are done)
    fn: Any
    max_attempts: int
    lease: timedelta
    batch: int = 0  # rows claimed per run of a batched task; 0: one row, fn(ref)


TASKS: dict[str, TaskSpec] = {}
PERIODIC: dict[str, timedelta] = {}  # task name -> how often it runs (ref "periodic")
_sender: Sender | None = None


def task(
    name: str, *, max_attempts: int = 8, lease: timedelta = DEFAULT_LEASE, batch: int = 0
) -> Callable[[Any], Any]:
    """Register `fn(ref)` as the task `name`; with `batch=N`, `fn(refs)` runs up to N rows
    at once and returns the refs that failed (see the module's docstring)."""

    def register(fn: Any) -> Any:
        TASKS[name] = TaskSpec(name, fn, max_attempts, lease, batch)
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


def _send(item_id: int, delay: timedelta = timedelta(0), task: str = "") -> None:
    spec = TASKS.get(task)
    if spec is not None and spec.batch and delay <= timedelta(0):
        _wakes.send(task, item_id)
    else:
        _deliver(item_id, delay)


def _deliver(item_id: int, delay: timedelta = timedelta(0)) -> None:
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
        _send(item.id, delay, name)
    return item


def send(item: WorkItem) -> None:
    """Send an item recorded with `enqueue(..., send=False)` to the workers."""
    _send(item.id, max(item.due_at - clock.now(), timedelta(0)), item.task)


class _Wakes:
    """The messages of batched tasks: one per task at most every COALESCE; what comes in
    between is sent as one message at the window's end, so no row waits for the sweeper.
    Kept per event loop: a loop closed with a message held back takes it along (the sweeper
    sends its rows), and holds nothing back in the next."""

    def __init__(self) -> None:
        # loop -> task -> the loop time of its last message
        self.last: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, float]] = (
            weakref.WeakKeyDictionary()
        )
        # loop -> task -> the latest id held back
        self.waiting: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, int]] = (
            weakref.WeakKeyDictionary()
        )

    def send(self, task: str, item_id: int) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop to wait on: send it now
            _deliver(item_id)
            return
        last, waiting = self.last.setdefault(loop, {}), self.waiting.setdefault(loop, {})
        if task in waiting:
            waiting[task] = item_id
            return
        wait = last.get(task, float("-inf")) + COALESCE.total_seconds() - loop.time()
        if wait <= 0:
            last[task] = loop.time()
            _deliver(item_id)
            return
        waiting[task] = item_id
        loop.call_later(wait, self._flush, loop, task)

    def _flush(self, loop: asyncio.AbstractEventLoop, task: str) -> None:
        item_id = self.waiting[loop].pop(task, None)
        if item_id is not None:
            self.last[loop][task] = loop.time()
            _deliver(item_id)


_wakes = _Wakes()


def backoff(attempts: int) -> timedelta:
    """The wait before retry number `attempts` (1-based): doubling, capped."""
    # the exponent is capped first: 2 ** 1000 seconds overflows a timedelta
    return min(BACKOFF_BASE * (2 ** min(max(attempts - 1, 0), 20)), BACKOFF_MAX)


# Claims and completions are the machinery's own statements, on every row: written as SQL
# (the ORM's three statements per claim cost more CPU than the work of a small task). Both
# dialects take them; PostgreSQL's `$n` become SQLite's `?` (each used once, in order).
_TASK_OF = "SELECT task FROM work_items WHERE id = $1"
_CLAIM = """
UPDATE work_items SET status = 'running', lease_until = $1, attempts = attempts + 1
WHERE id = $2 AND (status = 'pending' OR (status = 'running' AND lease_until < $3))
RETURNING *
"""
# A batched task's message is a wake-up that may name a row a batch already ran and left
# to its backoff: such a row is claimed only once it is due.
_CLAIM_WHEN_DUE = """
UPDATE work_items SET status = 'running', lease_until = $1, attempts = attempts + 1
WHERE id = $2 AND ((status = 'pending' AND due_at <= $3)
                   OR (status = 'running' AND lease_until < $4))
RETURNING *
"""
# The oldest due rows of a task. On PostgreSQL rows another worker is claiming are skipped,
# and the choice is materialized first: an IN (… LIMIT … SKIP LOCKED) may be run again per
# row and take more than the limit.
_CLAIM_DUE = {
    "postgres": """
WITH chosen AS MATERIALIZED (
    SELECT id FROM work_items WHERE task = $2 AND status = 'pending' AND due_at <= $3
    ORDER BY due_at, id LIMIT $4 FOR UPDATE SKIP LOCKED)
UPDATE work_items SET status = 'running', lease_until = $1, attempts = attempts + 1
FROM chosen WHERE work_items.id = chosen.id
RETURNING work_items.*
""",
    "sqlite": """
UPDATE work_items SET status = 'running', lease_until = $1, attempts = attempts + 1
WHERE id IN (
    SELECT id FROM work_items WHERE task = $2 AND status = 'pending' AND due_at <= $3
    ORDER BY due_at, id LIMIT $4)
RETURNING *
""",
}
_DONE = """
UPDATE work_items SET status = 'done', finished_at = $1, lease_until = NULL, last_error = ''
WHERE id IN {ids}
"""
_IDS = {"postgres": "(SELECT unnest($2::bigint[]))", "sqlite": "(SELECT value FROM json_each($2))"}
_PLACEHOLDER = re.compile(r"\$\d+")


async def _sql(sql: str, params: list[Any]) -> list[dict[str, Any]]:
    if db.dialect() == "sqlite":
        sql = _PLACEHOLDER.sub("?", sql)
    return await connections.get("default").execute_query_dict(sql, params)


def _ids(ids: list[int]) -> Any:
    """A list of ids as one parameter of _IDS."""
    return ids if db.dialect() == "postgres" else json.dumps(ids)


def _items(rows: list[dict[str, Any]]) -> list[WorkItem]:
    return [WorkItem._init_from_db(**row) for row in rows]


async def claim(item_id: int) -> WorkItem | None:
    """Take the item for this worker, or None if it is done, failed, or leased to another."""
    spec = TASKS.get(await _task_of(item_id))
    return None if spec is None else await _claim(spec, item_id)


async def _task_of(item_id: int) -> str:
    rows = await _sql(_TASK_OF, [item_id])
    return str(rows[0]["task"]) if rows else ""


async def _claim(spec: TaskSpec, item_id: int) -> WorkItem | None:
    now = clock.now()
    if spec.batch:
        taken = _items(await _sql(_CLAIM_WHEN_DUE, [now + spec.lease, item_id, now, now]))
    else:
        taken = _items(await _sql(_CLAIM, [now + spec.lease, item_id, now]))
    return taken[0] if taken else None


async def _claim_due(spec: TaskSpec, limit: int) -> list[WorkItem]:
    """Up to `limit` due rows of a batched task, oldest first, taken for this worker."""
    if limit <= 0:
        return []
    now = clock.now()
    rows = await _sql(_CLAIM_DUE[db.dialect()], [now + spec.lease, spec.name, now, limit])
    return sorted(_items(rows), key=lambda item: (item.due_at, item.id))


async def _done(items: list[WorkItem]) -> None:
    if items:
        done = _DONE.format(ids=_IDS[db.dialect()])
        await _sql(done, [clock.now(), _ids([item.id for item in items])])


async def run(item_id: int) -> WorkStatus | None:
    """Claim and run one item; returns its new status (None when it was not claimed).

    An item of a batched task runs with the other due rows of its task (see _run_batches).
    """
    spec = TASKS.get(await _task_of(item_id))
    if spec is None:
        return None
    if spec.batch:
        return await _run_batches(spec, item_id)
    item = await _claim(spec, item_id)
    if item is None:
        return None
    try:
        # Past its lease the sweeper may hand the item to another worker: stop first.
        async with asyncio.timeout(spec.lease.total_seconds()):
            await spec.fn(item.ref)
    except Exception as exc:
        return await _failed(item, exc)
    await _done([item])
    return WorkStatus.DONE


# One batched run per task at a time in a process (per event loop): concurrent runs on one
# loop share its core anyway, and would only contend for the same contacts. A message that
# comes while one runs only asks it to claim once more before it stops: a queue of wake-ups
# costs a statement each, not three.
_running: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, bool]] = (
    weakref.WeakKeyDictionary()
)


async def _run_batches(spec: TaskSpec, item_id: int) -> WorkStatus | None:
    """Run item `item_id` (when it can be claimed) with the task's other due rows, batch
    after batch until none is due; the new status of that item (None: not run by this call).
    """
    running = _running.setdefault(asyncio.get_running_loop(), {})
    if spec.name in running:
        running[spec.name] = True  # the run in progress claims again before it stops
        return None
    running[spec.name] = False
    status = None
    try:
        first = await _claim(spec, item_id)
        items = ([first] if first else []) + await _claim_due(spec, spec.batch - bool(first))
        while True:
            if items:
                outcome = await _run_batch(spec, items)
                if first is not None:
                    status, first = outcome[first.id], None
            # Stop after a short batch, unless a message came meanwhile (its row may have
            # committed after the last claim looked).
            again, running[spec.name] = running[spec.name], False
            if len(items) < spec.batch and not again:
                break
            items = await _claim_due(spec, spec.batch)
    finally:
        del running[spec.name]
    return status


async def _run_batch(spec: TaskSpec, items: list[WorkItem]) -> dict[int, WorkStatus]:
    """Run one batch; each item's new status."""
    try:
        async with asyncio.timeout(spec.lease.total_seconds()):
            failures: dict[str, Exception] = await spec.fn([item.ref for item in items])
    except Exception as exc:  # the batch as a whole: every item shares the failure
        failures = {item.ref: exc for item in items}
    outcome = {}
    for item in items:
        if item.ref in failures:
            outcome[item.id] = await _failed(item, failures[item.ref])
    await _done([item for item in items if item.id not in outcome])
    return {item.id: outcome.get(item.id, WorkStatus.DONE) for item in items}


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
    _send(item.id, wait, item.task)
    return WorkStatus.PENDING


async def due(limit: int = 500) -> list[int]:
    """Ids of items that should be running and are not: overdue pending, or lease expired."""
    now = clock.now()
    stale = Q(status=WorkStatus.PENDING, due_at__lt=now - SWEEP_GRACE) | Q(
        status=WorkStatus.RUNNING, lease_until__lt=now
    )
    query = WorkItem.filter(stale).order_by("due_at").limit(limit)
    return cast("list[int]", await query.values_list("id", flat=True))


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
        due = WorkItem.filter(status=WorkStatus.PENDING, due_at__lte=clock.now()).order_by("id")
        ids = cast("list[int]", await due.values_list("id", flat=True))
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
