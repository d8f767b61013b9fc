"""A bounded in-process buffer that takes writes off the request path and makes them batches.

    events = EventBuffer(write)     # write(batch) stores a batch in one transaction
    events.add(hit)                 # from a request handler: no I/O, never waits
    await events.close()            # at shutdown: write what is left, stop the writer

A batch is written when FLUSH_AT items wait, or at the latest FLUSH_EVERY after the last
write, by one writer task per process, started by the first `add`.

The loss window: an item lives only in memory until its batch commits. A process killed
without its shutdown (SIGKILL, out of memory, power loss) loses what arrived in the last
FLUSH_EVERY (and the batch being written); a clean shutdown (SIGTERM, SIGINT) writes it all.
While the database is unreachable a batch is retried every RETRY_EVERY, and new items wait, up
to CAPACITY; past that they are dropped and counted in `dropped`, so requests never wait on the
database. A batch the database refuses as malformed (a bug, not an outage) is dropped and logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Generic, TypeVar

from tortoise.exceptions import IntegrityError

log = logging.getLogger(__name__)

FLUSH_AT = 500  # items per batch: one transaction of a few statements, ~10 ms on PostgreSQL
FLUSH_EVERY = timedelta(milliseconds=200)  # the longest an item waits, and the loss window
# Items written in one transaction, however many wait: its CPU work (a few ms) holds up the
# requests of the process, so it stays small.
MAX_BATCH = 500
CAPACITY = 100_000  # items held while the database is away: a minute of a busy process
RETRY_EVERY = timedelta(seconds=1)  # the pause after a failed write
DROP_LOG_EVERY = 1000  # a full buffer logs its first drop and then one in this many
FAILURE_LOG_EVERY = 60  # an outage logs its first failed write, then one in this many (a minute)
REFUSED = (IntegrityError, ValueError, TypeError)  # a malformed batch: retrying cannot help

T = TypeVar("T")


class EventBuffer(Generic[T]):
    """Items waiting to be written by `write(batch)`, which returns how many rows it stored."""

    def __init__(
        self,
        write: Callable[[list[T]], Awaitable[int]],
        *,
        flush_at: int = FLUSH_AT,
        flush_every: timedelta = FLUSH_EVERY,
        capacity: int = CAPACITY,
        retry_every: timedelta = RETRY_EVERY,
    ) -> None:
        self._write = write
        self.flush_at = flush_at
        self.flush_every = flush_every.total_seconds()
        self.capacity = capacity
        self.retry_every = retry_every.total_seconds()
        self._pending: list[T] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake = asyncio.Event()
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._failures = 0  # consecutive failed writes: an outage in progress
        self.accepted = 0  # items taken by `add`
        self.written = 0  # items in batches that committed
        self.dropped = 0  # items refused by a full buffer, or in a batch the database refused

    def __len__(self) -> int:
        return len(self._pending)

    def add(self, item: T) -> bool:
        """Queue `item` for the writer; False (and counted) when the buffer is full."""
        if len(self._pending) >= self.capacity:
            self.dropped += 1
            if self.dropped % DROP_LOG_EVERY == 1:
                log.warning("event buffer full: dropping", extra={"dropped": self.dropped})
            return False
        self._pending.append(item)
        self.accepted += 1
        if self._task is None or self._task.done():
            self._start()
        if len(self._pending) >= self.flush_at:
            self._wake.set()
        return True

    def _start(self) -> None:
        """Start the writer task on the running loop (a writer of a closed loop is done)."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            # asyncio primitives belong to one loop; a new loop (a new server) gets new ones.
            self._loop, self._wake, self._lock = loop, asyncio.Event(), asyncio.Lock()
        self._task = loop.create_task(self._run(), name="event-buffer-writer")

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.flush_every):
                    await self._wake.wait()
            self._wake.clear()
            closing = self._closing
            try:
                await self.flush()
            except Exception:
                # The whole error when an outage starts, then a line every FAILURE_LOG_EVERY.
                self._failures += 1
                if self._failures % FAILURE_LOG_EVERY == 1:
                    log.warning(
                        "event batch not written; retrying",
                        extra={"failures": self._failures, "waiting": len(self._pending)},
                        exc_info=self._failures == 1,
                    )
                if closing:
                    return
                await asyncio.sleep(self.retry_every)
                self._wake.set()  # retry now, not after another interval
                continue
            if self._failures:
                log.warning("event batches written again", extra={"failures": self._failures})
                self._failures = 0
            if closing:
                return

    async def flush(self) -> int:
        """Write everything waiting now, in batches of MAX_BATCH; returns the rows stored.

        When the database fails, the batch goes back to the front and the error is raised.
        """
        async with self._lock:
            stored = 0
            while self._pending:
                batch = self._pending[:MAX_BATCH]
                del self._pending[: len(batch)]
                try:
                    stored += await self._write(batch)
                except REFUSED:
                    self.dropped += len(batch)
                    log.exception("event batch refused: dropped", extra={"items": len(batch)})
                    continue
                except BaseException:
                    self._pending[:0] = batch
                    raise
                self.written += len(batch)
            return stored

    async def close(self) -> None:
        """Write everything waiting and stop the writer: the app calls it at shutdown."""
        self._closing = True
        try:
            if self._task is not None and not self._task.done():
                self._wake.set()
                await self._task
            await self.flush()
        except Exception:
            log.exception("events lost at shutdown", extra={"items": len(self._pending)})
        finally:
            self._closing = False
            self._task = None
        log.info(
            "event buffer closed",
            extra={"accepted": self.accepted, "written": self.written, "dropped": self.dropped},
        )
