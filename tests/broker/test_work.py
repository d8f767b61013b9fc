"""crm.work without a broker: claims, retries with backoff, failure and replay."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from crm import clock, work
from crm.models import WorkItem
from crm.models.work import WorkStatus
from tests.broker.tasks import (
    BATCH,
    BATCHED,
    MAX_ATTEMPTS,
    RECORD,
    batches,
    broken,
    eventually,
    new_ref,
    row,
    run_times,
)


@pytest.fixture(autouse=True)
def no_broker() -> Iterator[None]:
    """Rows only: nothing runs unless a test runs it."""
    work.set_sender(None)
    yield


# Rule: each retry waits twice as long as the one before, never more than BACKOFF_MAX.
def test_backoff_doubles_from_the_base_and_is_capped() -> None:
    base = work.BACKOFF_BASE
    assert [work.backoff(n) for n in (1, 2, 3, 4)] == [base, 2 * base, 4 * base, 8 * base]
    assert work.backoff(30) == work.BACKOFF_MAX


# Rule: a failed run puts the item back to pending, due after the backoff, with its error.
async def test_a_failed_run_is_due_again_after_the_backoff() -> None:
    ref = new_ref("fail")
    broken.add(ref)
    with clock.frozen(clock.now()):
        item = await work.enqueue(RECORD, ref)
        # when
        assert await work.run(item.id) == WorkStatus.PENDING
        # then
        retry = await row(item)
        assert retry.due_at == clock.now() + work.backoff(1)
    assert (retry.attempts, retry.lease_until) == (1, None)
    assert retry.last_error == f"RuntimeError: {ref} cannot be processed"


# Rule: after max_attempts failures the item is failed for good and keeps its last error.
async def test_the_last_allowed_failure_marks_the_item_failed() -> None:
    ref = new_ref("fail")
    broken.add(ref)
    item = await work.enqueue(RECORD, ref)
    # when
    statuses = [await work.run(item.id) for _ in range(MAX_ATTEMPTS)]
    # then
    assert statuses == [WorkStatus.PENDING] * (MAX_ATTEMPTS - 1) + [WorkStatus.FAILED]
    failed = await row(item)
    assert failed.attempts == MAX_ATTEMPTS
    assert failed.last_error == f"RuntimeError: {ref} cannot be processed"
    assert failed.finished_at is not None
    assert await work.run(item.id) is None  # a late message changes nothing
    assert len(run_times(ref)) == MAX_ATTEMPTS


# Rule: an item leased to a worker cannot be claimed by another until the lease expires.
async def test_a_leased_item_is_claimed_again_only_after_its_lease() -> None:
    item = await work.enqueue(RECORD, new_ref())
    with clock.frozen(clock.now()):
        assert await work.claim(item.id) is not None
        assert await work.claim(item.id) is None
        clock.advance(work.DEFAULT_LEASE + timedelta(seconds=1))
        again = await work.claim(item.id)
    assert again is not None
    assert again.attempts == 2


# Rule: an operator's replay gives a failed item a fresh set of attempts.
async def test_replay_makes_a_failed_item_run_again() -> None:
    # given: an item that failed for good, whose cause is then fixed
    ref = new_ref("fail")
    broken.add(ref)
    item = await work.enqueue(RECORD, ref)
    for _ in range(MAX_ATTEMPTS):
        await work.run(item.id)
    broken.discard(ref)
    # when
    assert await work.replay(item.id) is True
    # then
    pending = await row(item)
    assert (pending.status, pending.attempts, pending.finished_at) == (WorkStatus.PENDING, 0, None)
    assert await work.run(item.id) == WorkStatus.DONE
    assert len(run_times(ref)) == MAX_ATTEMPTS + 1


# Rule: replay touches only failed items.
async def test_replay_refuses_an_item_that_has_not_failed() -> None:
    item = await work.enqueue(RECORD, new_ref())
    assert await work.replay(item.id) is False
    assert await work.run(item.id) == WorkStatus.DONE
    assert await work.replay(item.id) is False
    assert (await row(item)).status == WorkStatus.DONE


def test_backoff_is_capped_even_for_absurd_attempt_counts():
    from crm import work

    assert work.backoff(1000) == work.BACKOFF_MAX


async def _batched(count: int) -> list[WorkItem]:
    # Rows of earlier tests would join these batches: this test's rows are the only due ones.
    await WorkItem.filter(task=BATCHED, status=WorkStatus.PENDING).delete()
    return [await work.enqueue(BATCHED, new_ref("batched")) for _ in range(count)]


# Rule: one message of a batched task runs every due row of it, a batch at a time in the
# order enqueued, and each row is done once.
async def test_a_batched_task_runs_its_due_rows_in_batches_in_order() -> None:
    items = await _batched(2 * BATCH + 1)
    batches.clear()
    # when: the message of the last one arrives first
    assert await work.run(items[-1].id) == WorkStatus.DONE
    # then
    refs = [item.ref for item in items]
    assert batches == [[refs[-1], *refs[: BATCH - 1]], refs[BATCH - 1 : -1][:BATCH], refs[-2:-1]]
    assert {(await row(item)).status for item in items} == {WorkStatus.DONE}
    # a late message for a done row runs nothing
    assert await work.run(items[0].id) is None
    assert len(batches) == 3


# Rule: a ref that fails in a batch is retried alone with its backoff; the others are done.
async def test_a_failure_in_a_batch_retries_only_that_row() -> None:
    items = await _batched(BATCH)
    broken.add(items[1].ref)
    with clock.frozen(clock.now()):
        assert await work.run(items[0].id) == WorkStatus.DONE
        failed = await row(items[1])
        assert (failed.status, failed.attempts) == (WorkStatus.PENDING, 1)
        assert failed.due_at == clock.now() + work.backoff(1)
        assert failed.last_error == f"RuntimeError: {items[1].ref} cannot be processed"
    assert (await row(items[2])).status == WorkStatus.DONE


# Rule: a burst of a batched task's enqueues sends at most one message at once and one with
# the latest id at the end of the window, not one message per row.
async def test_a_burst_of_batched_work_sends_two_messages(monkeypatch) -> None:
    monkeypatch.setattr(work, "COALESCE", timedelta(seconds=3))  # longer than the burst
    sent: list[int] = []
    work.set_sender(lambda item_id, delay_ms: sent.append(item_id))
    try:
        items = await _batched(10)
        await eventually(lambda: items[-1].id in sent, timeout=5)
    finally:
        work.set_sender(None)
    # Two at most, the last naming the latest row. Which row the first names depends on when
    # the window an earlier test's enqueue opened ends: at once (the first row), or during the
    # burst (the row held back at that moment), or after it (none of these rows but the last).
    mine = [item_id for item_id in sent if item_id in {item.id for item in items}]
    assert len(mine) <= 2 and mine[-1] == items[-1].id
