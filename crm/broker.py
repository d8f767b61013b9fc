"""The dramatiq broker: how work item ids reach the workers, and the workers themselves.

`BROKER_URL` picks the transport. `memory://` keeps messages inside the `crm serve` process,
whose lifespan runs worker threads beside the web handlers (`start`). `redis://` and `amqp://`
carry them to `crm worker` processes (`run_worker`). Either way there is one async actor,
`crm.run_work_item(id)`, whose body is `crm.work.run(id)`: the row holds the task, its retries
and its fate, so dramatiq's own retries are off and a lost message costs only the wait until
the sweeper re-sends the row.

Tortoise's connections belong to the event loop that opened them. The in-process worker
therefore runs actors on the server's own loop (`SharedLoop`), while a `crm worker` process
opens the database on the AsyncIO middleware's loop thread when it boots (`WorkerLoop`).
Dramatiq keeps that loop in one global, so a process runs at most one worker at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import dramatiq
import pika.exceptions
import redis
from dramatiq.asyncio import EventLoopThread, get_event_loop_thread, set_event_loop_thread
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import AsyncIO, Middleware, MiddlewareError, Retries

from crm import db, work
from crm.errors import CrmError
from crm.settings import Settings

log = logging.getLogger(__name__)

ACTOR_NAME = "crm.run_work_item"
SWEEP_INTERVAL = timedelta(seconds=15)  # how often each worker re-sends rows that are due
EMBEDDED_THREADS = 4  # threads of the worker inside `crm serve`; they only wait on its loop
EMBEDDED_IDLE = timedelta(milliseconds=250)  # idle threads look for a stop this often: quick exit
WORKER_THREADS = 8  # threads of each `crm worker` process
# A run still going after this is cancelled to free its thread; its lease expired long before,
# so the sweeper has re-sent it. A task whose lease is longer needs this raised.
RUN_LIMIT = timedelta(hours=1)
# Longer waits are not published: RabbitMQ closes a channel that holds a message unacked for
# 30 minutes. The sweeper sends such a row once it is overdue (SWEEP_GRACE late at most).
MAX_MESSAGE_DELAY = timedelta(minutes=15)
STOP_TIMEOUT = timedelta(seconds=20)  # runs unfinished by then are re-run after their lease


class BrokerUnavailable(CrmError):
    """The broker named by BROKER_URL cannot be used by this command."""

    status_code = 503
    code = "broker_unavailable"


class _BootFailed(MiddlewareError):
    """Carries a boot failure through dramatiq, which only re-raises MiddlewareErrors."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


async def run_work_item(item_id: int) -> None:
    """The actor: run work item `item_id`; a duplicate or late message is a no-op (see claim)."""
    async with asyncio.timeout(RUN_LIMIT.total_seconds()):
        await work.run(item_id)


def is_memory(url: str) -> bool:
    return urlsplit(url).scheme == "memory"


def build(settings: Settings, loop: AsyncIO | None = None) -> dramatiq.Broker:
    """The broker for BROKER_URL with the actor declared on it, installed as crm.work's sender.

    `loop` is the AsyncIO middleware of a process that runs actors; a process that only
    sends leaves it out. BROKER_NAMESPACE names the queue and prefixes the Redis keys.
    """
    # Retries only so that the actor's max_retries=0 dead-letters a failed message at once.
    middleware: list[Middleware] = [Retries()] + ([loop] if loop else [])
    url, namespace = settings.broker_url, settings.broker_namespace
    scheme = urlsplit(url).scheme
    broker: dramatiq.Broker
    if scheme == "memory":
        broker = StubBroker(middleware=middleware)
    elif scheme in {"redis", "rediss"}:
        broker = RedisBroker(url=url, namespace=namespace, middleware=middleware)
    else:
        # Confirmed publishes: enqueue returns only once RabbitMQ holds the message.
        broker = RabbitmqBroker(url=url, middleware=middleware, confirm_delivery=True)
    actor = dramatiq.actor(
        broker=broker, actor_name=ACTOR_NAME, queue_name=namespace, max_retries=0
    )(run_work_item)
    work.set_sender(_sender(actor))
    return broker


def _sender(actor: dramatiq.Actor[Any, Any]) -> work.Sender:
    max_delay_ms = MAX_MESSAGE_DELAY.total_seconds() * 1000

    def send(item_id: int, delay_ms: int) -> None:
        if delay_ms > max_delay_ms:
            return
        actor.send_with_options(args=(item_id,), delay=delay_ms or None)

    return send


async def sweep_forever() -> None:
    """Re-send the rows that are due and not done, now and every SWEEP_INTERVAL, until cancelled.

    Every worker process and the in-process worker run one. Several at once are harmless:
    `work.claim` lets one worker run an item however many messages name it.
    """
    while True:
        try:
            await work.sweep()
        except Exception:  # a database hiccup must not end the sweeper
            log.warning("sweep failed", exc_info=True)
        await asyncio.sleep(SWEEP_INTERVAL.total_seconds())


class _LoopHandle(EventLoopThread):
    """An EventLoopThread over a loop that runs elsewhere; only `run_coroutine` is used."""

    def __init__(self, logger: logging.Logger, loop: asyncio.AbstractEventLoop) -> None:
        # EventLoopThread.__init__ would make a loop of its own: set its attributes instead.
        threading.Thread.__init__(self, name="crm-shared-loop", daemon=True)
        self.logger = logger
        self.interrupt_check_ival = 0.1
        self.loop = loop


class SharedLoop(AsyncIO):
    """The AsyncIO middleware of the in-process worker: actors run on the server's loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self.loop = loop

    def before_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        set_event_loop_thread(_LoopHandle(self.logger, self.loop))

    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        set_event_loop_thread(None)  # the loop is the server's to stop


class WorkerLoop(AsyncIO):
    """The AsyncIO middleware of a `crm worker` process.

    Its loop thread also owns the database connections and the sweeper: both open before the
    first message is taken and close after the last one finishes.
    """

    def __init__(self, database_url: str) -> None:
        super().__init__()
        self.database_url = database_url
        self.sweeper: asyncio.Task[None] | None = None

    def before_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        super().before_worker_boot(broker, worker)
        try:
            self._run(self._open())
        except Exception as exc:
            super().after_worker_shutdown(broker, worker)
            raise _BootFailed(exc) from exc

    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        self._run(self._close())
        super().after_worker_shutdown(broker, worker)

    def _run(self, coro: Any) -> None:
        thread = get_event_loop_thread()
        assert thread is not None, "the AsyncIO loop thread starts before this"
        thread.run_coroutine(coro)

    async def _open(self) -> None:
        await db.init(self.database_url)
        try:
            await db.check_ready(self.database_url)
        except Exception:
            await db.close()
            raise
        self.sweeper = asyncio.create_task(sweep_forever())

    async def _close(self) -> None:
        if self.sweeper is not None:
            self.sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.sweeper
        await db.close()


@dataclass
class Runtime:
    """The broker of a web process: its sender and, in-process, its worker and sweeper."""

    broker: dramatiq.Broker | None = None
    worker: dramatiq.Worker | None = None
    sweeper: asyncio.Task[None] | None = None

    async def stop(self) -> None:
        """Stop the sweeper, let running actors finish (STOP_TIMEOUT), close the broker."""
        if self.sweeper is not None:
            self.sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.sweeper
        # Worker threads wait on this loop, so they are joined from another thread.
        if self.worker is not None:
            await asyncio.to_thread(self.worker.stop, int(STOP_TIMEOUT.total_seconds() * 1000))
        if self.broker is not None:
            work.set_sender(None)
            await asyncio.to_thread(self.broker.close)


async def start(settings: Settings, *, worker: bool = True) -> Runtime:
    """What the app lifespan opens: on memory://, the in-process worker (unless `worker` is
    false); on Redis or RabbitMQ, only the sender, since `crm worker` processes run the actors."""
    if worker and is_memory(settings.broker_url):
        return await start_embedded(settings)
    return connect(settings)


async def start_embedded(settings: Settings, *, threads: int = EMBEDDED_THREADS) -> Runtime:
    """Run actors from BROKER_URL in worker threads on the running loop, with a sweeper.

    The caller's database stays open and is used as is. Any broker works: `crm serve` uses
    memory://, the tests use whichever broker they are given.
    """
    broker = build(settings, SharedLoop(asyncio.get_running_loop()))
    idle_ms = int(EMBEDDED_IDLE.total_seconds() * 1000)
    worker = dramatiq.Worker(broker, worker_threads=threads, worker_timeout=idle_ms)
    worker.start()
    return Runtime(broker, worker, asyncio.create_task(sweep_forever()))


def connect(settings: Settings) -> Runtime:
    """Install the sender only. memory:// has no broker outside `crm serve`: its rows wait
    there for the sweeper (or for `crm.work.drain`)."""
    if is_memory(settings.broker_url):
        return Runtime()
    return Runtime(build(settings))


def run_worker(settings: Settings, *, threads: int = WORKER_THREADS) -> None:
    """Run actors from BROKER_URL in this process until SIGINT or SIGTERM.

    Raises BrokerUnavailable on memory:// (its worker lives in `crm serve`) or when the broker
    cannot be reached, StorageError when the database is unreachable or not migrated.
    """
    if is_memory(settings.broker_url):
        raise BrokerUnavailable(
            "BROKER_URL is memory://: its worker runs inside `crm serve`; "
            "set BROKER_URL to a redis:// or amqp:// URL to run `crm worker`"
        )
    broker = build(settings, WorkerLoop(settings.database_url))
    stop = threading.Event()
    try:
        _check_reachable(broker, settings)
        worker = dramatiq.Worker(broker, worker_threads=threads)
        # From boot to the end of shutdown a signal asks for a stop, so a second one cannot
        # cut the shutdown short.
        with _signals_set(stop, signal.SIGINT, signal.SIGTERM):
            try:
                worker.start()
            except _BootFailed as exc:
                raise exc.error from None
            log.info(
                "worker started with %d threads on queue %s", threads, settings.broker_namespace
            )
            stop.wait()
            log.info("worker stopping")
            worker.stop(int(STOP_TIMEOUT.total_seconds() * 1000))
    finally:
        work.set_sender(None)
        broker.close()


def _check_reachable(broker: dramatiq.Broker, settings: Settings) -> None:
    try:
        if isinstance(broker, RedisBroker):
            broker.client.ping()
        elif isinstance(broker, RabbitmqBroker):
            broker.declare_queue(settings.broker_namespace, ensure=True)
    except (dramatiq.BrokerConnectionError, redis.RedisError, pika.exceptions.AMQPError) as exc:
        raise BrokerUnavailable(
            f"cannot reach the broker at {db.redact(settings.broker_url)}: {exc}"
        ) from exc


@contextlib.contextmanager
def _signals_set(event: threading.Event, *signals: signal.Signals) -> Iterator[None]:
    """Inside the block, each of `signals` sets `event` instead of its usual effect."""
    previous = {sig: signal.signal(sig, lambda *_: event.set()) for sig in signals}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
