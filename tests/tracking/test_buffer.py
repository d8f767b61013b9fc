"""The event buffer: off the request path, bounded, retried through outages, flushed on
shutdown."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest
from tortoise.exceptions import IntegrityError

from crm.tokens import Kind
from tests.tracking.conftest import BROWSER
from tracking import processor, recorder
from tracking.buffer import EventBuffer
from tracking.models import TrackingEvent, TrackingHit

LONG = timedelta(hours=1)  # a timer that never fires during a test


class Sink:
    """A recording writer that fails its first `failures` calls with `error`."""

    def __init__(self, failures: int = 0, error: Exception | None = None) -> None:
        self.batches: list[list[int]] = []
        self.failures = failures
        self.error = error or ConnectionError("database unreachable")

    async def __call__(self, batch: list[int]) -> int:
        if self.failures:
            self.failures -= 1
            raise self.error
        self.batches.append(list(batch))
        return len(batch)

    @property
    def items(self) -> list[int]:
        return [item for batch in self.batches for item in batch]


async def _until(condition, seconds: float = 2.0) -> None:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(seconds):
        while not condition():
            await asyncio.sleep(0.005)


# A full batch does not wait for the timer.
async def test_a_full_batch_is_written_at_once():
    sink = Sink()
    buffer = EventBuffer(sink, flush_at=3, flush_every=LONG)
    for item in range(3):
        buffer.add(item)
    await _until(lambda: sink.items == [0, 1, 2])
    await buffer.close()


# A lone item waits at most the flush interval: the loss window on a crash.
async def test_a_lone_item_is_written_within_the_interval():
    sink = Sink()
    buffer = EventBuffer(sink, flush_at=100, flush_every=timedelta(milliseconds=20))
    buffer.add(1)
    assert sink.items == []  # nothing on the request path
    await _until(lambda: sink.items == [1], seconds=0.5)
    await buffer.close()


# While the database is away requests never wait: past the capacity, hits are dropped and
# counted.
async def test_a_full_buffer_drops_and_counts_instead_of_blocking():
    sink = Sink()
    buffer = EventBuffer(sink, flush_at=100, flush_every=LONG, capacity=2)
    assert [buffer.add(item) for item in range(4)] == [True, True, False, False]
    assert (buffer.accepted, buffer.dropped, len(buffer)) == (2, 2, 2)
    await buffer.close()
    assert sink.items == [0, 1]


# An outage loses nothing that fits: the batch goes back and is written once the database is back.
async def test_a_failed_write_keeps_the_batch_and_retries_it_in_order():
    sink = Sink(failures=2)
    buffer = EventBuffer(sink, flush_at=2, flush_every=LONG, retry_every=timedelta(milliseconds=10))
    buffer.add(1)
    buffer.add(2)
    await _until(lambda: sink.items == [1, 2])
    buffer.add(3)
    await buffer.close()
    assert sink.items == [1, 2, 3] and buffer.written == 3 and buffer.dropped == 0


# A batch the database refuses as malformed is a bug, not an outage: dropped, not retried
# forever in front of the others.
async def test_a_refused_batch_is_dropped_and_the_rest_goes_on():
    sink = Sink(failures=1, error=IntegrityError("bad row"))
    buffer = EventBuffer(sink, flush_at=100, flush_every=LONG)
    buffer.add(1)
    await buffer.flush()
    buffer.add(2)
    await buffer.flush()
    assert sink.items == [2] and buffer.dropped == 1
    await buffer.close()


# Closing writes everything still waiting: nothing is lost on a clean shutdown.
async def test_closing_writes_everything_waiting():
    sink = Sink()
    buffer = EventBuffer(sink, flush_at=1000, flush_every=LONG)
    for item in range(5):
        buffer.add(item)
    await buffer.close()
    assert sink.items == [0, 1, 2, 3, 4] and len(buffer) == 0
    buffer.add(5)  # a buffer closed and used again starts a new writer
    await buffer.close()
    assert sink.items[-1] == 5


# The app's shutdown stages the opens still in the buffer before the database closes.
async def test_the_app_writes_buffered_events_when_it_shuts_down(
    settings, message, token, monkeypatch
):
    from crm.app import create_app

    monkeypatch.setattr(recorder.buffer, "flush_every", LONG.total_seconds())
    monkeypatch.setattr(recorder.buffer, "flush_at", 1_000_000)
    app = create_app(settings, manage_db=False, start_worker=False)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://t") as c:
            for _ in range(3):
                r = await c.get(
                    f"/t/o/{token(Kind.OPEN, message)}", headers={"User-Agent": BROWSER}
                )
                assert r.status_code == 200
        await asyncio.sleep(0.05)
        assert await TrackingHit.filter(message_id=message.id).count() == 0  # still buffered
    assert await TrackingHit.filter(message_id=message.id).count() == 3
    await processor.process_all()
    assert await TrackingEvent.filter(message_id=message.id).count() == 3


@pytest.fixture(autouse=True)
async def _no_leftovers():  # type: ignore[no-untyped-def]
    yield
    await recorder.buffer.close()
