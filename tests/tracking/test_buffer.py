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


# A server told to stop (uvicorn's answer to SIGTERM) stages, in its shutdown, every open it
# answered and still held, before the database closes.
async def test_a_stopping_server_stages_every_open_it_answered(
    settings, message, token, monkeypatch
):
    import socket

    import uvicorn

    from crm.app import create_app

    monkeypatch.setattr(recorder.buffer, "flush_every", LONG.total_seconds())
    monkeypatch.setattr(recorder.buffer, "flush_at", 1_000_000)
    await recorder.buffer.close()  # the next writer waits as patched: nothing leaves on a timer
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(settings, manage_db=False, start_worker=False)
    server = uvicorn.Server(uvicorn.Config(app, port=port, log_level="warning", lifespan="on"))
    serving = asyncio.create_task(server.serve())
    await _until(lambda: server.started, seconds=10)
    url = f"http://127.0.0.1:{port}/t/o/{token(Kind.OPEN, message)}"
    async with httpx.AsyncClient(headers={"User-Agent": BROWSER}) as c:
        answers = await asyncio.gather(*(c.get(url) for _ in range(20)))
    assert [r.status_code for r in answers] == [200] * 20
    assert await TrackingHit.filter(message_id=message.id).count() == 0  # all still buffered
    server.should_exit = True  # what uvicorn's SIGTERM handler sets
    await serving
    assert await TrackingHit.filter(message_id=message.id).count() == 20
    await processor.process_all()
    assert await TrackingEvent.filter(message_id=message.id).count() == 20


# The pixel and the click answer before their hit is written: a request adds to the buffer and
# leaves, and the rows come with the buffer's next batch.
async def test_opens_and_clicks_answer_before_anything_is_written(
    public, message, token, monkeypatch
):
    held = EventBuffer(recorder.stage, flush_at=1_000_000, flush_every=LONG)
    monkeypatch.setattr(recorder, "buffer", held)
    assert (await public.get(f"/t/o/{token(Kind.OPEN, message)}")).status_code == 200
    assert (await public.get(f"/t/c/{token(Kind.CLICK, message, 0)}")).status_code == 302
    assert len(held) == 2
    assert await TrackingHit.filter(message_id=message.id).count() == 0
    await held.close()
    assert await TrackingHit.filter(message_id=message.id).count() == 2


@pytest.fixture(autouse=True)
async def _no_leftovers():  # type: ignore[no-untyped-def]
    yield
    await recorder.buffer.close()
