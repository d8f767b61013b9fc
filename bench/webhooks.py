"""The Shopify receiver under load, and one worker processing what it stored, on PostgreSQL
and Redis, against baselines measured in the same run.

    .venv/bin/python bench/webhooks.py                          # 20,000 deliveries
    .venv/bin/python bench/webhooks.py --closed 5000 --open 5000 --rate 1000

A fresh, uniquely named PostgreSQL database is migrated (and dropped at the end), with one
workspace and one Shopify integration. One `crm serve` process (uvicorn, one process)
listens on 127.0.0.1 with BROKER_URL on Redis (its own key namespace, deleted at the end).
A load generator in another process (this file, `--generate`) sends signed `orders/create`
deliveries over keep-alive connections, every one with its own event id, order and, four
times in five, its own customer:

1. closed loop: every connection sends back to back, the receiver's saturation: req/s and
   p50/p99 latency;
2. open loop: deliveries scheduled at `--rate` per second, latency counted from the moment a
   delivery was due, so queueing shows: the p99 the goal is about.

Baseline: the same generator against a bare Starlette endpoint on the same uvicorn that reads
the body and answers 200, the floor of the HTTP stack. Then one `crm worker` (`--processes`,
1 by default) processes the stored events: events/s from the first to the last
`processed_at`; its baseline, the same worker running as many no-op work rows. Finally every
delivery must have been answered 200, stored once, processed, and have made one order.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
import os
import platform
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg
import psutil
import redis

ROOT = Path(__file__).resolve().parents[1]
# Run as a script, this folder comes first on sys.path, where another benchmark's module
# would shadow the package of its name (bench/tracking.py and tracking/).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
# How the servers and the worker load this file: by path, never from sys.path.
LOAD_SELF = (
    "import importlib.util as u; spec = u.spec_from_file_location('bench_webhooks', "
    f"{str(Path(__file__).resolve())!r}); bench = u.module_from_spec(spec); "
    "import sys; sys.modules['bench_webhooks'] = bench; spec.loader.exec_module(bench); "
)
POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432/test"
REDIS = "redis://127.0.0.1:6379/0"
HOST = "127.0.0.1"  # loopback only
SHOP = "bench-shop.myshopify.com"
CONNECTIONS = 32  # keep-alive connections of the generator
POOL = 20  # asyncpg pool per process (DATABASE_URL ?maxsize=)
WARMUP = 500  # deliveries before anything is measured
REPEAT_CUSTOMER_EVERY = 5  # one order in five is from a returning customer
NOOP = "bench.noop"

# -- the load generator (runs in its own process) -------------------------------------------


def delivery(path: str, secret: str, n: int) -> bytes:
    """The bytes of one signed orders/create delivery, as Shopify sends it."""
    customer = n - n % REPEAT_CUSTOMER_EVERY if n % REPEAT_CUSTOMER_EVERY == 1 else n
    email = f"buyer{customer}@example.com"
    body = json.dumps(
        {
            "id": 9_000_000_000 + n,
            "name": f"#{10_000 + n}",
            "email": email,
            "created_at": "2026-01-20T12:00:00-05:00",
            "updated_at": "2026-01-20T12:00:00-05:00",
            "currency": "USD",
            "total_price": "49.00",
            "financial_status": "paid",
            "buyer_accepts_marketing": True,
            "customer": {
                "id": 7_000_000 + customer,
                "email": email,
                "first_name": "Buyer",
                "last_name": str(customer),
                "email_marketing_consent": {
                    "state": "subscribed",
                    "opt_in_level": "single_opt_in",
                    "consent_updated_at": "2024-01-02T08:59:11-05:00",
                },
            },
            "line_items": [{"id": 1, "title": "Hoodie", "quantity": 1, "price": "49.00"}],
        }
    ).encode()
    signature = base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest())
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nX-Shopify-Topic: orders/create\r\n"
        f"X-Shopify-Hmac-Sha256: {signature.decode()}\r\nX-Shopify-Shop-Domain: {SHOP}\r\n"
        f"X-Shopify-API-Version: 2026-01\r\nX-Shopify-Event-Id: bench-{n}\r\n"
        f"X-Shopify-Webhook-Id: wh-{n}\r\nX-Shopify-Triggered-At: 2026-01-20T17:00:00Z\r\n\r\n"
    )
    return head.encode() + body


class Connection:
    """One keep-alive HTTP/1.1 connection: send a request, read the status of its answer."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        return cls(*await asyncio.open_connection(HOST, port))

    async def request(self, raw: bytes) -> int:
        self.writer.write(raw)
        head = await self.reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        if length:
            await self.reader.readexactly(length)
        return int(head.split(b" ", 2)[1])


async def closed_loop(port: int, requests: list[bytes]) -> tuple[list[float], list[int], float]:
    """Every connection sends its share back to back: latencies, statuses, seconds."""
    connections = [await Connection.open(port) for _ in range(CONNECTIONS)]
    latencies: list[float] = []
    statuses: list[int] = []
    queue = iter(requests)

    async def drive(connection: Connection) -> None:
        for raw in queue:
            sent = time.perf_counter()
            statuses.append(await connection.request(raw))
            latencies.append(time.perf_counter() - sent)

    start = time.perf_counter()
    await asyncio.gather(*(drive(c) for c in connections))
    return latencies, statuses, time.perf_counter() - start


async def open_loop(
    port: int, requests: list[bytes], rate: float
) -> tuple[list[float], list[int], float]:
    """Deliveries due at `rate` per second; latency from when each was due to its answer."""
    idle: asyncio.Queue[Connection] = asyncio.Queue()
    for _ in range(CONNECTIONS * 2):
        idle.put_nowait(await Connection.open(port))
    latencies: list[float] = []
    statuses: list[int] = []

    async def one(raw: bytes, due: float) -> None:
        connection = await idle.get()
        statuses.append(await connection.request(raw))
        latencies.append(time.perf_counter() - due)
        idle.put_nowait(connection)

    start = time.perf_counter()
    running = []
    for i, raw in enumerate(requests):
        due = start + i / rate
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        running.append(asyncio.create_task(one(raw, due)))
    await asyncio.gather(*running)
    return latencies, statuses, time.perf_counter() - start


def generate(args: argparse.Namespace) -> None:
    """The generator process: build the deliveries, run one phase, print its figures."""
    requests = [
        delivery(args.path, args.secret, n) for n in range(args.first, args.first + args.count)
    ]
    if args.rate:
        latencies, statuses, seconds = asyncio.run(open_loop(args.port, requests, args.rate))
    else:
        latencies, statuses, seconds = asyncio.run(closed_loop(args.port, requests))
    ordered = sorted(latencies)
    print(
        json.dumps(
            {
                "count": len(statuses),
                "ok": statuses.count(200),
                "seconds": seconds,
                "per_second": len(statuses) / seconds,
                "p50_ms": statistics.median(ordered) * 1000,
                "p99_ms": ordered[int(len(ordered) * 0.99) - 1] * 1000,
                "max_ms": ordered[-1] * 1000,
            }
        )
    )


# -- the servers -----------------------------------------------------------------------------


def bare_app() -> Any:
    """The baseline: Starlette on the same uvicorn, reading the body and answering 200."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    async def receive(request: Request) -> Response:
        await request.body()
        return Response(status_code=200)

    return Starlette(
        routes=[Route("/webhooks/shopify/{integration_id:int}", receive, methods=["POST"])]
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def process(command: list[str], env: dict[str, str], ready_port: int | None = None):  # type: ignore[no-untyped-def]
    """Run `command` for the block (waiting for `ready_port` to accept); SIGTERM after."""
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while ready_port is not None:
            if proc.poll() is not None:
                raise SystemExit(f"{' '.join(command)} exited with {proc.returncode}")
            try:
                socket.create_connection((HOST, ready_port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit(
                        f"{' '.join(command)} did not listen on {ready_port}"
                    ) from None
                time.sleep(0.1)
        yield proc
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)


@dataclass(frozen=True)
class Cpu:
    """CPU seconds used so far by one process (and its children) and by each PostgreSQL
    backend of a database: costs per delivery that other jobs on the machine change much
    less than rates."""

    own: float
    backends: dict[int, float]

    @classmethod
    def sample(cls, pid: int, database: str) -> Cpu:
        backends = {}
        for process in psutil.process_iter(["cmdline"]):
            # A backend's title is "postgres: USER DATABASE HOST(PORT) STATE".
            title = " ".join(process.info["cmdline"] or [])
            if title.startswith("postgres: ") and f" {database} " in title:
                with contextlib.suppress(psutil.Error):  # gone meanwhile
                    backends[process.pid] = _used(process)
        # A worker's forked processes (--processes) count with it.
        own = psutil.Process(pid)
        children = sum(_used(child) for child in own.children(recursive=True))
        return cls(_used(own) + children, backends)

    def since(self, earlier: Cpu) -> tuple[float, float]:
        """(process, PostgreSQL) seconds since `earlier`; a backend started meanwhile counts
        whole, one that ended meanwhile is missed (the pools keep theirs open)."""
        backends = sum(t - earlier.backends.get(pid, 0.0) for pid, t in self.backends.items())
        return self.own - earlier.own, backends


def _used(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def load(
    server: Meter, path: str, secret: str, first: int, count: int, rate: float = 0
) -> dict[str, float]:
    """Run one generator phase in its own process; its figures, CPU per delivery included."""
    port = server.port
    command = [
        sys.executable,
        __file__,
        "--generate",
        "--port",
        str(port),
        "--path",
        path,
        "--secret",
        secret,
        "--first",
        str(first),
        "--count",
        str(count),
        "--rate",
        str(rate),
    ]
    before = Cpu.sample(server.pid, server.database)
    done = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    own, postgres = Cpu.sample(server.pid, server.database).since(before)
    figures = dict(json.loads(done.stdout))
    figures["server_cpu_us"] = own / count * 1e6
    figures["postgres_cpu_us"] = postgres / count * 1e6
    return figures


@dataclass(frozen=True)
class Meter:
    """A server under load: where it listens, and what to measure the CPU of."""

    port: int
    pid: int
    database: str


# -- the database ------------------------------------------------------------------------------


async def postgres(server: str, sql: str) -> Any:
    """Run one statement on the server (trust auth); the first value it returns."""
    conn = await asyncpg.connect(server.replace("postgres://", "postgresql://", 1))
    try:
        return await conn.fetchval(sql)
    finally:
        await conn.close()


async def prepare(url: str) -> tuple[int, str]:
    """Migrate a fresh database, then a workspace and its Shopify integration: (id, secret)."""
    from pydantic import SecretStr

    from crm import db
    from crm.models import Workspace
    from crm.principal import system
    from crm.settings import Settings
    from integrations import connections
    from integrations import secrets as sealing
    from integrations.models import Provider
    from integrations.shopify import ShopifyConfig

    await db.init(url)
    try:
        await db.migrate(url)
        sealing.configure(Settings(secret_key=os.environ["SECRET_KEY"], _env_file=None))
        workspace = await Workspace.create(name="bench")
        secret = secrets.token_hex(16)
        config = ShopifyConfig(shop_domain=SHOP, client_secret=SecretStr(secret))
        made = await connections.create(system(workspace.id, "bench"), Provider.SHOPIFY, "", config)
        return made.id, secret
    finally:
        await db.close()


async def _noop(ref: str) -> None:
    """The processing baseline: a work row that does nothing."""


async def processed(url: str) -> dict[str, Any]:
    """What the worker did: counts by status and the span of `processed_at`."""
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        statuses = dict(
            await conn.fetch('SELECT status, count(*) FROM "webhook_inbox" GROUP BY status')
        )
        span = await conn.fetchrow(
            "SELECT min(processed_at), max(processed_at), count(*) FROM webhook_inbox "
            "WHERE status = 'processed'"
        )
        orders = await conn.fetchval('SELECT count(*) FROM "orders"')
        noop = await conn.fetchrow(
            "SELECT min(finished_at), max(finished_at), count(*) FROM work_items "
            "WHERE task = $1 AND status = 'done'",
            NOOP,
        )
        return {"statuses": statuses, "span": span, "orders": orders, "noop": noop}
    finally:
        await conn.close()


async def enqueue_noops(url: str, count: int, env: dict[str, str]) -> None:
    from crm import db, work
    from crm.broker import connect
    from crm.settings import Settings

    work.task(NOOP)(_noop)
    await db.init(url)
    runtime = connect(
        Settings(
            broker_url=env["BROKER_URL"],
            broker_namespace=env["BROKER_NAMESPACE"],
            database_url=url,
            secret_key=env["SECRET_KEY"],
            _env_file=None,
        )
    )
    try:
        for _ in range(count):
            await work.enqueue(NOOP, "x")
    finally:
        await runtime.stop()
        await db.close()


def wait_until(check: Any, timeout: float = 900) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit("the worker did not finish in time")
        time.sleep(0.5)


def rate(span: Any) -> float:
    first, last, count = span
    return float(count - 1) / (last - first).total_seconds()


# -- the run -----------------------------------------------------------------------------------


def machine(server: str) -> str:
    cpu = platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(ln.split(":", 1)[1].strip() for ln in info if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    version = asyncio.run(postgres(server, "SHOW server_version"))
    redis_version = redis.Redis.from_url(REDIS).info()["redis_version"]
    return (
        f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, "
        f"PostgreSQL {version}, Redis {redis_version}"
    )


def row(name: str, figures: dict[str, float], baseline: dict[str, float]) -> str:
    return (
        f"| {name} | {figures['per_second']:,.0f} | {figures['p50_ms']:.1f} | "
        f"{figures['p99_ms']:.1f} | {figures['server_cpu_us']:,.0f} | "
        f"{figures['postgres_cpu_us']:,.0f} | {baseline['per_second']:,.0f} | "
        f"{baseline['p50_ms']:.1f} | {baseline['p99_ms']:.1f} | "
        f"{baseline['server_cpu_us']:,.0f} | {figures['per_second'] / baseline['per_second']:.2f} |"
    )


def bench(args: argparse.Namespace) -> None:
    name = f"crm_bench_webhooks_{secrets.token_hex(4)}"
    url = urlsplit(args.postgres)._replace(path=f"/{name}").geturl()
    namespace = f"crm_bench_{secrets.token_hex(4)}"
    env = {
        **os.environ,
        "DATABASE_URL": f"{url}?maxsize={POOL}",
        "BROKER_URL": args.redis,
        "BROKER_NAMESPACE": namespace,
        "SECRET_KEY": secrets.token_urlsafe(48),
        "LOG_LEVEL": "warning",
        "PUBLIC_URL": f"http://{HOST}",
    }
    os.environ["SECRET_KEY"] = env["SECRET_KEY"]
    print(f"machine: {machine(args.postgres)}")
    print(f"load average at the start: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    asyncio.run(postgres(args.postgres, f'CREATE DATABASE "{name}"'))
    try:
        integration_id, secret = asyncio.run(prepare(url))
        path = f"/webhooks/shopify/{integration_id}"
        results: dict[str, dict[str, float]] = {}
        first = 0

        def phases(server: Meter, label: str) -> None:
            nonlocal first
            results[f"{label} warm-up"] = load(server, path, secret, first, WARMUP)
            first += WARMUP
            results[f"{label} closed"] = load(server, path, secret, first, args.closed)
            first += args.closed
            results[f"{label} open"] = load(server, path, secret, first, args.open, args.rate)
            first += args.open

        port = free_port()
        bare = [
            sys.executable,
            "-c",
            LOAD_SELF + "import uvicorn; "
            f"uvicorn.run(bench.bare_app(), host={HOST!r}, port={port}, log_level='warning')",
        ]
        with process(bare, env, port) as proc:
            phases(Meter(port, proc.pid, name), "baseline")
        stored_from = first
        port = free_port()
        serve = [sys.executable, "-m", "crm", "serve", "--host", HOST, "--port", str(port)]
        with process(serve, env, port) as proc:
            phases(Meter(port, proc.pid, name), "receiver")
        sent = first - stored_from

        # One worker processes what the receiver stored, then as many no-op rows.
        worker = [
            sys.executable,
            "-c",
            LOAD_SELF + "from crm.cli import main; main()",
            "worker",
            "--processes",
            str(args.processes),
        ]
        with process(worker, env) as proc:
            start = Cpu(0.0, {})  # the worker's start-up is counted with the events
            wait_until(lambda: asyncio.run(processed(url))["span"][2] >= sent)
            after_events = Cpu.sample(proc.pid, name)
            asyncio.run(enqueue_noops(url, sent, env))
            wait_until(lambda: asyncio.run(processed(url))["noop"][2] >= sent)
            events_cpu = after_events.since(start)
            noops_cpu = Cpu.sample(proc.pid, name).since(after_events)
        done = asyncio.run(processed(url))
    finally:
        asyncio.run(postgres(args.postgres, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        client = redis.Redis.from_url(args.redis)
        for key in client.scan_iter(match=f"{namespace}*"):
            client.delete(key)

    print(f"load average at the end: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    print()
    print(
        "| phase | req/s | p50 ms | p99 ms | server CPU µs/req | PostgreSQL CPU µs/req "
        "| baseline req/s | baseline p50 ms | baseline p99 ms | baseline CPU µs/req | ratio |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for phase, label in [
        ("closed", f"closed loop, {CONNECTIONS} connections"),
        ("open", f"open loop at {args.rate:,.0f}/s"),
    ]:
        print(row(label, results[f"receiver {phase}"], results[f"baseline {phase}"]))
    events, noops = rate(done["span"]), rate(done["noop"])
    print()
    print(
        f"processing, one `crm worker --processes {args.processes}`: {events:,.0f} events/s, "
        "CPU per event "
        f"{events_cpu[0] / sent * 1e6:,.0f} µs in the worker (start-up included) and "
        f"{events_cpu[1] / sent * 1e6:,.0f} µs in PostgreSQL"
    )
    print(
        f"baseline, no-op work rows: {noops:,.0f}/s, CPU per row "
        f"{noops_cpu[0] / sent * 1e6:,.0f} µs in the worker and "
        f"{noops_cpu[1] / sent * 1e6:,.0f} µs in PostgreSQL; ratio {events / noops:.2f}"
    )
    answered = sum(results[k]["ok"] for k in results if k.startswith("receiver"))
    print(
        f"check: {sent:,} deliveries (warm-up included), {answered:,} answered 200, "
        f"inbox {done['statuses']}, orders {done['orders']:,}"
    )
    assert answered == sent, "a delivery was not answered 200"
    assert done["statuses"] == {"processed": sent}, done["statuses"]
    assert done["orders"] == sent
    if args.json:
        print(
            json.dumps({"results": results, "events_per_second": events, "noop_per_second": noops})
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--closed", type=int, default=10_000, help="deliveries, closed loop")
    parser.add_argument("--open", type=int, default=10_000, help="deliveries, open loop")
    parser.add_argument("--rate", type=float, default=1000, help="open loop deliveries/s")
    parser.add_argument("--postgres", default=POSTGRES_SERVER, help="server URL (trust auth)")
    parser.add_argument("--redis", default=REDIS)
    parser.add_argument("--processes", type=int, default=1, help="processes of the crm worker")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--generate", action="store_true", help=argparse.SUPPRESS)
    for name in ("--port", "--first", "--count"):
        parser.add_argument(name, type=int, help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    parser.add_argument("--secret", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(args)
    else:
        bench(args)


if __name__ == "__main__":
    main()
else:  # loaded by the `crm worker` of the processing baseline
    from crm import work as _work

    _work.task(NOOP)(_noop)
