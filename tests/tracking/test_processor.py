"""Staged hits become events exactly once, in one transaction per batch."""

from __future__ import annotations

import asyncio

import pytest
from tortoise.transactions import in_transaction

from crm import clock
from tests.tracking.conftest import BROWSER, READER_IP
from tracking import processor, queries, recorder, rollups
from tracking.models import EventKind, TrackingEvent, TrackingHit


def _open(message) -> recorder.Hit:  # type: ignore[no-untyped-def]
    return recorder.Hit(
        EventKind.OPEN,
        message.workspace_id,
        message.id,
        None,
        False,
        READER_IP,
        BROWSER,
        clock.timestamp(),
    )


# Staging keeps no full address (the default mode) and gives the request's verdict.
async def test_a_staged_hit_holds_the_cut_ip_and_the_requests_verdict(message):
    await recorder.stage([_open(message)])
    [hit] = await TrackingHit.filter(message_id=message.id)
    assert (hit.ip, hit.agent, hit.reason) == ("203.0.113.0", "human", "browser user agent")


# Processing turns each staged hit into one event and leaves nothing staged.
async def test_processing_makes_one_event_per_hit_and_empties_the_stage(message):
    await recorder.stage([_open(message), _open(message)])
    assert await processor.process_all() == 2
    assert await processor.process_all() == 0
    assert await TrackingEvent.filter(message_id=message.id).count() == 2
    assert not await TrackingHit.filter(message_id=message.id).exists()


# A batch that fails is rolled back whole: its hits wait for the next run, nothing counted.
async def test_a_failed_batch_puts_its_hits_back(message, monkeypatch):
    await recorder.stage([_open(message)])

    async def broken(*args: object) -> None:
        raise RuntimeError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(rollups, "count_events", broken)
        with pytest.raises(RuntimeError):
            await processor.process_batch()
    assert await TrackingHit.filter(message_id=message.id).count() == 1
    assert await TrackingEvent.filter(message_id=message.id).count() == 0
    await processor.process_all()
    assert await TrackingEvent.filter(message_id=message.id).count() == 1


# A hit naming no message (a preview's message 0, a deleted campaign) leaves no trace.
async def test_a_hit_of_no_message_is_dropped(message):
    await recorder.stage([_open(message)._replace(message_id=0)])
    await processor.process_all()
    assert not await TrackingHit.filter(message_id=0).exists()
    assert not await TrackingEvent.filter(message_id=0).exists()


# Another worker holding the hit when processing starts (PostgreSQL lets a batch skip it)
# does not end the run early: it waits for that worker, and takes the hit the worker puts back.
async def test_processing_waits_for_a_hit_another_worker_holds_and_takes_it_back(message):
    await recorder.stage([_open(message)])
    holding, give_back = asyncio.Event(), asyncio.Event()

    async def crashing_worker() -> None:
        with pytest.raises(RuntimeError):
            async with in_transaction() as tx:
                assert len(await queries.take_hits(tx, processor.BATCH)) == 1
                holding.set()
                await give_back.wait()
                raise RuntimeError("worker killed mid-batch")

    other = asyncio.create_task(crashing_worker())
    await holding.wait()
    ours = asyncio.create_task(processor.process_all())
    await asyncio.sleep(0.2)  # ours has met the held hit by now
    give_back.set()
    await other
    assert await ours == 1
    assert await TrackingEvent.filter(message_id=message.id).count() == 1
    assert not await TrackingHit.filter(message_id=message.id).exists()
