"""The broker with a real worker: messages carry ids, the rows decide what runs."""

from __future__ import annotations

import asyncio
import itertools
from datetime import timedelta
from typing import Any, TypeVar

import dramatiq
import pytest

from crm import broker, clock, work
from crm.app import create_app
from crm.broker import Runtime
from crm.models import WorkItem
from crm.models.work import WorkStatus
from crm.settings import Settings
from tests.broker.tasks import (
    MAX_ATTEMPTS,
    RECORD,
    broken,
    eventually,
    gates,
    new_ref,
    row,
    run_times,
)

M = TypeVar("M", bound=dramatiq.Middleware)


class Published(dramatiq.Middleware):
    """Notes the item id of every message the broker accepts."""

    def __init__(self) -> None:
        self.item_ids: list[int] = []

    def after_enqueue(self, broker: dramatiq.Broker, message: Any, delay: Any) -> None:
        self.item_ids.append(message.args[0])


class Processed(dramatiq.Middleware):
    """Notes the item id of every message a worker thread has finished with."""

    def __init__(self) -> None:
        self.item_ids: list[int] = []

    def after_process_message(self, broker: dramatiq.Broker, message: Any, **_: Any) -> None:
        self.item_ids.append(message.args[0])


def watch(runtime: Runtime, middleware: M) -> M:
    """Add `middleware` to the running broker and return it."""
    assert runtime.broker is not None
    runtime.broker.add_middleware(middleware)
    return middleware


async def has_status(item: WorkItem, expected: WorkStatus) -> bool:
    return (await row(item)).status == expected


# Rule: enqueue sends the id through the broker; a worker runs the task and closes the row.
async def test_an_enqueued_item_is_run_by_a_worker(runtime: Runtime) -> None:
    # given
    ref = new_ref()
    # when
    item = await work.enqueue(RECORD, ref)
    # then
    await eventually(lambda: has_status(item, WorkStatus.DONE))
    done = await row(item)
    assert len(run_times(ref)) == 1
    assert (done.attempts, done.lease_until, done.last_error) == (1, None, "")
    assert done.finished_at is not None


# Rule: a row whose message never reached the broker is still run: the sweeper sends it.
async def test_a_row_whose_message_was_lost_is_run_after_the_sweep(runtime: Runtime) -> None:
    # given: a row written, its message lost
    ref = new_ref("lost")
    item = await WorkItem.create(
        task=RECORD, ref=ref, due_at=clock.now() - work.SWEEP_GRACE - timedelta(seconds=1)
    )
    # then
    await eventually(lambda: has_status(item, WorkStatus.DONE))
    assert len(run_times(ref)) == 1


# Rule: a row left running by a worker that died is run again once its lease expires, and
# not before (a live lease is not stolen).
async def test_an_item_of_a_crashed_worker_is_run_again_after_its_lease(runtime: Runtime) -> None:
    ref = new_ref("crash")
    with clock.frozen(clock.now()):
        # given: a worker claimed the item, then died without a word
        item = await WorkItem.create(task=RECORD, ref=ref, due_at=clock.now())
        assert await work.claim(item.id) is not None
        # when: sweeps run while the lease holds
        await asyncio.sleep(3 * broker.SWEEP_INTERVAL.total_seconds())
        # then
        assert await has_status(item, WorkStatus.RUNNING)
        assert run_times(ref) == []
        # when: the lease expires
        clock.advance(work.DEFAULT_LEASE + timedelta(seconds=1))
        # then
        await eventually(lambda: has_status(item, WorkStatus.DONE))
    assert len(run_times(ref)) == 1
    assert (await row(item)).attempts == 2


# Rule: a failing task is retried after waits that double, then kept as failed with its error.
async def test_a_failing_task_is_retried_with_backoff_then_kept_as_failed(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given
    base = timedelta(milliseconds=300)
    monkeypatch.setattr(work, "BACKOFF_BASE", base)
    ref = new_ref("fail")
    broken.add(ref)
    # when
    item = await work.enqueue(RECORD, ref)
    # then
    await eventually(lambda: has_status(item, WorkStatus.FAILED))
    failed = await row(item)
    assert failed.attempts == MAX_ATTEMPTS
    assert failed.last_error == f"RuntimeError: {ref} cannot be processed"
    assert failed.finished_at is not None
    starts = run_times(ref)
    assert len(starts) == MAX_ATTEMPTS
    waits = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert waits[0] >= base.total_seconds()
    assert waits[1] >= 2 * base.total_seconds()


# Rule: however many messages name an item, its task runs once: a duplicate that arrives
# while it runs, or after it is done, finds the row taken.
async def test_a_duplicate_message_runs_the_task_once(runtime: Runtime) -> None:
    # given: a run in progress
    processed = watch(runtime, Processed())
    ref = new_ref("dup")
    gate = gates[ref] = asyncio.Event()
    item = await work.enqueue(RECORD, ref)
    await eventually(lambda: len(run_times(ref)) == 1)
    assert runtime.broker is not None
    actor = runtime.broker.get_actor(broker.ACTOR_NAME)
    # when: a duplicate arrives while it runs
    actor.send(item.id)
    await eventually(lambda: processed.item_ids.count(item.id) == 1)
    gate.set()
    await eventually(lambda: has_status(item, WorkStatus.DONE))
    # when: another one arrives after it is done
    actor.send(item.id)
    await eventually(lambda: processed.item_ids.count(item.id) == 3)
    # then
    assert len(run_times(ref)) == 1
    assert (await row(item)).attempts == 1


# Rule: work due further ahead than MAX_MESSAGE_DELAY is not published (RabbitMQ would close
# a consumer holding it that long); the sweeper sends it once it is due.
async def test_far_future_work_is_left_to_the_sweeper(runtime: Runtime) -> None:
    published = watch(runtime, Published())
    ref = new_ref("later")
    delay = broker.MAX_MESSAGE_DELAY + timedelta(minutes=1)
    with clock.frozen(clock.now()):
        # when
        item = await work.enqueue(RECORD, ref, delay=delay)
        # then
        assert item.id not in published.item_ids
        # when: it is overdue
        clock.advance(delay + work.SWEEP_GRACE + timedelta(seconds=1))
        # then
        await eventually(lambda: has_status(item, WorkStatus.DONE))
    assert item.id in published.item_ids
    assert len(run_times(ref)) == 1


# Rule: on memory://, the app's lifespan runs the in-process worker on the server's loop.
async def test_the_app_runs_work_in_process_on_memory(broker_settings: Settings) -> None:
    # given
    app = create_app(
        broker_settings.model_copy(update={"broker_url": "memory://"}), manage_db=False
    )
    ref = new_ref("app")
    async with app.router.lifespan_context(app):
        # when
        item = await work.enqueue(RECORD, ref)
        # then
        await eventually(lambda: has_status(item, WorkStatus.DONE))
    assert len(run_times(ref)) == 1


# Rule: an app told not to start the worker leaves rows for `work.drain` (tests) on memory://.
async def test_an_app_without_worker_sends_nothing_on_memory(broker_settings: Settings) -> None:
    app = create_app(
        broker_settings.model_copy(update={"broker_url": "memory://"}),
        manage_db=False,
        start_worker=False,
    )
    ref = new_ref("idle")
    async with app.router.lifespan_context(app):
        item = await work.enqueue(RECORD, ref)
        await asyncio.sleep(0.3)
        assert await has_status(item, WorkStatus.PENDING)
    assert await work.run(item.id) == WorkStatus.DONE
