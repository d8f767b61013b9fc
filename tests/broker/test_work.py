"""crm.work without a broker: claims, retries with backoff, failure and replay."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from crm import clock, work
from crm.models.work import WorkStatus
from tests.broker.tasks import MAX_ATTEMPTS, RECORD, broken, new_ref, row, run_times


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
