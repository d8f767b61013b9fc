"""The open pixel and the click redirect under load, against a bare GIF endpoint, same run.

    .venv/bin/python -m bench.tracking              # 3 rounds of 10 s loads, 100 connections
    .venv/bin/python -m bench.tracking --rounds 5 --duration 20 --connections 200

A fresh PostgreSQL database (uniquely named on --postgres, dropped afterwards) is migrated and
seeded with one tracked campaign of two links and --messages messages. Each round runs three
loads one after the other, each from wrk (Debian's `wrk` package) in its own process against
a fresh uvicorn process with the same settings (one worker, uvloop, httptools, no access
log), on loopback only:

1. baseline: a bare Starlette app whose only route returns the same GIF with the same headers;
2. pixel: the service's `GET /t/o/{token}` (random messages, a browser's user agent);
3. click: the service's `GET /t/c/{token}` (a random link of each message in turn, so that
   every click is the first of its message: none is answered from the process's memory).

Each load is a 3 s warm-up, then the timed run. After the pixel and click loads the service is
stopped as in production (SIGINT: the lifespan stages what is buffered), the staged hits are
counted, and the bench processes them as a `crm worker` would (timed) and counts the events:
every request answered must be there (a few more may be, answered as wrk stopped, one per
connection). Besides rates and latencies it reports the server process's CPU per request,
which moves far less than the rate when other jobs share the machine.

Goals, on the median round: pixel / baseline >= 0.7, >= 3,000 opens/s, p99 < 25 ms at 100
connections, every event stored.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:
    # Run as a file, this folder would come first on the path and shadow the `tracking` package.
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import asyncio
import os
import platform
import random
import re
import secrets
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

import asyncpg
import psutil
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from campaigns.models import (
    Campaign,
    CampaignLink,
    CampaignStatus,
    Message,
    MessageStatus,
    Template,
)
from crm import clock, db
from crm.models import Contact, Workspace
from crm.tokens import Claims, Kind, sign
from tracking import processor
from tracking.models import TrackingEvent, TrackingHit
from tracking.pixel import GIF, HEADERS

POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432/test"
REDIS = "redis://127.0.0.1:6379/0"  # the web process only sends to it, as in production
SEED = 20260601  # the same messages and request order on every run
WARM_UP = timedelta(seconds=3)  # uvloop, the connection pool and the caches settle first
SERVER_FLAGS = [
    "--workers", "1", "--loop", "uvloop", "--http", "httptools",
    "--no-access-log", "--log-level", "warning", "--backlog", "4096",
]  # fmt: skip
BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari"
LINKS = ["https://shop.example/spring", "https://shop.example/sale"]
GOAL_RATIO = 0.7
GOAL_RATE = 3000.0
GOAL_P99_MS = 25.0


async def _bare_gif(request: Request) -> Response:
    return Response(GIF, media_type="image/gif", headers=HEADERS)


def bare_app() -> Starlette:
    """The baseline: one route returning the pixel's bytes and headers, nothing else."""
    return Starlette(routes=[Route("/t/o/{token}", _bare_gif, methods=["GET"])])


@dataclass
class Load:
    name: str
    requests: int
    seconds: float
    errors: int  # non-2xx/3xx answers and socket errors
    latency_ms: dict[str, float]  # 50%, 90%, 99%
    cpu_seconds: float = 0.0  # the server process's, user + system, during the timed load

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    @property
    def cpu_us(self) -> float:
        """Server CPU per request: unlike the rate, it hardly moves when the machine is busy."""
        return self.cpu_seconds / self.requests * 1e6


async def _create_database(server: str) -> str:
    name = f"crm_bench_{secrets.token_hex(4)}"
    conn = await asyncpg.connect(server.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return urlsplit(server)._replace(path=f"/{name}").geturl()


async def _drop_database(server: str, url: str) -> None:
    conn = await asyncpg.connect(server.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{urlsplit(url).path[1:]}" WITH (FORCE)')
    finally:
        await conn.close()


async def _seed(messages: int) -> tuple[int, list[int]]:
    """One workspace with a tracked campaign of two links sent to `messages` contacts."""
    workspace = await Workspace.create(name="Bench shop")
    template = await Template.create(
        workspace_id=workspace.id, name="Spring", subject="Spring", html="<p>Hi</p>"
    )
    campaign = await Campaign.create(
        workspace_id=workspace.id, name="Spring", template=template, status=CampaignStatus.SENT
    )
    for index, url in enumerate(LINKS):
        await CampaignLink.create(campaign=campaign, index=index, url=url)
    await Contact.bulk_create(
        [Contact(workspace=workspace, email=f"reader{n}@example.org") for n in range(messages)],
        batch_size=5000,
    )
    contact_ids = await Contact.filter(workspace_id=workspace.id).values_list("id", flat=True)
    sent_at = clock.now() - timedelta(days=1)
    await Message.bulk_create(
        [
            Message(
                workspace_id=workspace.id,
                campaign=campaign,
                contact_id=contact_id,
                status=MessageStatus.SENT,
                sent_at=sent_at,
            )
            for contact_id in contact_ids
        ],
        batch_size=5000,
    )
    ids = await Message.filter(campaign_id=campaign.id).values_list("id", flat=True)
    return workspace.id, list(ids)


def _script(folder: Path, name: str, paths: list[str], *, walk: bool = False) -> Path:
    """A wrk script requesting `paths` in a random order, or (`walk`) each once, in order,
    from an offset: `wrk ... -- THREADS OFFSET`, every thread its own share."""
    listing = folder / f"{name}.txt"
    listing.write_text("\n".join(paths) + "\n")
    walking = "paths[(at % #paths) + 1]; at = at + step"
    pick = walking if walk else "paths[math.random(#paths)]"
    script = folder / f"{name}.lua"
    script.write_text(
        f'wrk.headers["User-Agent"] = "{BROWSER}"\n'
        "local threads = 0\n"
        "function setup(thread) thread:set('id', threads); threads = threads + 1 end\n"
        "function init(args)\n"
        f"  paths = {{}}; for line in io.lines('{listing}') do paths[#paths + 1] = line end\n"
        f"  math.randomseed({SEED} + id)\n"
        "  step = tonumber(args[1] or 1); at = tonumber(args[2] or 0) + id\n"
        "end\n"
        f"function request() local path = {pick}; return wrk.format(nil, path) end\n"
    )
    return script


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve(target: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "uvicorn", "--factory", target, "--host", "127.0.0.1"]
    server = subprocess.Popen([*command, "--port", str(port), *SERVER_FLAGS], env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"{target} did not start (exit {server.returncode})")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return server
        time.sleep(0.1)
    server.kill()
    raise SystemExit(f"{target} did not listen on port {port} within 30 s")


def _stop(server: subprocess.Popen[bytes]) -> None:
    """SIGINT, as an operator's Ctrl-C or a supervisor would: the lifespan shutdown runs."""
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        raise SystemExit("the server did not stop within 60 s") from None


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _wrk(
    name: str,
    port: int,
    script: Path,
    seconds: float,
    connections: int,
    threads: int,
    offset: int = 0,
) -> Load:
    """One wrk run; its completed requests, their rate, latency percentiles and errors."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds:.0f}s", "--latency"]
    command += ["-s", str(script), f"http://127.0.0.1:{port}", "--", str(threads), str(offset)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    done = re.search(r"(\d+) requests in ([\d.]+)(m?s)", out)
    if done is None:
        raise SystemExit(f"unexpected wrk output:\n{out}")
    elapsed = float(done.group(2)) * (60 if done.group(3) == "m" else 1)
    latency = {
        pct: float(value) * _UNITS[unit]
        for pct, value, unit in re.findall(r"^\s+(50|90|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    }
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    failures = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    errors += sum(int(n) for n in failures.groups()) if failures else 0
    return Load(name, int(done.group(1)), elapsed, errors, latency)


def _measure(
    name: str, target: str, env: dict[str, str], script: Path, start: int = 0, **load: float
) -> tuple[Load, int]:
    """A fresh server of `target`, warmed up, then measured, then stopped; the timed load and
    how many requests were answered in all. A walking script starts at path `start`."""
    port = _free_port()
    server = _serve(target, port, env)
    try:
        warm_up = _wrk(
            name, port, script, **{**load, "seconds": WARM_UP.total_seconds()}, offset=start
        )
        # a walking script goes on where the warm-up stopped (in flight then: one a connection)
        offset = start + warm_up.requests + int(load["connections"])
        before = psutil.Process(server.pid).cpu_times()
        timed = _wrk(name, port, script, **load, offset=offset)
        after = psutil.Process(server.pid).cpu_times()
        timed.cpu_seconds = (after.user + after.system) - (before.user + before.system)
    finally:
        _stop(server)
    return timed, warm_up.requests + timed.requests


@dataclass
class Stored:
    """What became of one load's hits: staged by the server, then events by the processor."""

    answered: int  # requests answered, warm-up included
    staged: int  # hits in tracking_hits once the server stopped
    events: int  # events of the load's kind once processed
    seconds: float  # the processor's time

    def line(self, name: str) -> str:
        return (
            f"{name}: {self.answered:,} answered, {self.staged:,} staged, {self.events:,} "
            f"events; processed at {self.staged / self.seconds:,.0f} hits/s by one process"
        )


async def _settle(kind: str, answered: int) -> Stored:
    """Count the staged hits, then process them all as a worker would, timed."""
    staged = await TrackingHit.filter(kind=kind).count()
    before = await TrackingEvent.filter(kind=kind).count()
    started = time.perf_counter()
    while await processor.process_all():
        pass
    seconds = time.perf_counter() - started
    events = await TrackingEvent.filter(kind=kind).count() - before
    return Stored(answered, staged, events, seconds)


def _line(load: Load, baseline: Load | None = None) -> str:
    ratio = f"{load.rate / baseline.rate:5.2f}" if baseline else "    -"
    cpu = f"{baseline.cpu_us / load.cpu_us:5.2f}" if baseline else "    -"
    p = load.latency_ms
    return (
        f"{load.name:9} {load.rate:8,.0f}/s ratio {ratio}  p50 {p['50']:6.2f} ms  "
        f"p90 {p['90']:6.2f} ms  p99 {p['99']:6.2f} ms  errors {load.errors}  "
        f"server CPU {load.cpu_us:5.1f} us/request (ratio {cpu})"
    )


@dataclass
class Round:
    loads: dict[str, Load]  # baseline, pixel, click
    stored: dict[str, Stored]  # pixel, click


async def _round(
    env: dict[str, str], open_script: Path, click_script: Path, start: int, load: dict[str, float]
) -> Round:
    """The three loads, each on a fresh server, and what became of the service's hits."""
    baseline, _ = _measure("baseline", "bench.tracking:bare_app", env, open_script, **load)
    loads, stored = {"baseline": baseline}, {}
    for name, script, kind in [("pixel", open_script, "open"), ("click", click_script, "click")]:
        loads[name], answered = _measure(
            name, "crm.app:create_app", env, script, start=start, **load
        )
        stored[name] = await _settle(kind, answered)
    for result in loads.values():
        print("  " + _line(result, None if result is baseline else baseline))
    for name, outcome in stored.items():
        print("  " + outcome.line(name))
    return Round(loads, stored)


def _verdict(rounds: list[Round], connections: int) -> int:
    """The goals, judged on the median round; 1 when one is missed."""

    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    def ratio(name: str) -> float:
        return median([r.loads[name].rate / r.loads["baseline"].rate for r in rounds])

    def cpu_ratio(name: str) -> float:
        return median([r.loads["baseline"].cpu_us / r.loads[name].cpu_us for r in rounds])

    pixel_rate = median([r.loads["pixel"].rate for r in rounds])
    pixel_p99 = median([r.loads["pixel"].latency_ms["99"] for r in rounds])
    baseline_p99 = median([r.loads["baseline"].latency_ms["99"] for r in rounds])
    print(
        f"median of {len(rounds)} rounds: pixel {pixel_rate:,.0f}/s, ratio {ratio('pixel'):.2f} "
        f"(server CPU {cpu_ratio('pixel'):.2f}), p99 {pixel_p99:.1f} ms (baseline "
        f"{baseline_p99:.1f} ms); click ratio {ratio('click'):.2f} (server CPU "
        f"{cpu_ratio('click'):.2f})"
    )
    # A request answered as wrk stops is recorded but not counted: one per connection each run.
    every_event = all(
        o.answered <= o.staged <= o.answered + 2 * connections and o.events == o.staged
        for r in rounds
        for o in r.stored.values()
    )
    checks = {
        "pixel / baseline >= 0.7": ratio("pixel") >= GOAL_RATIO,
        "opens/s >= 3,000": pixel_rate >= GOAL_RATE,
        "pixel p99 < 25 ms": pixel_p99 < GOAL_P99_MS,
        "no errors": all(load.errors == 0 for r in rounds for load in r.loads.values()),
        "every answered request stored": every_event,
    }
    for goal, met in checks.items():
        print(f"{'met   ' if met else 'MISSED'}  {goal}")
    return 0 if all(checks.values()) else 1


async def main(args: argparse.Namespace) -> int:
    url = await _create_database(args.postgres)
    folder = Path(tempfile.mkdtemp(prefix="crm-bench-"))
    secret = secrets.token_urlsafe(48)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "BROKER_URL": args.broker,
        "BROKER_NAMESPACE": f"bench_{secrets.token_hex(3)}",
        "SECRET_KEY": secret,
        "PUBLIC_URL": "http://127.0.0.1",
        "DATA_DIR": str(folder),
        "LOG_LEVEL": "warning",
    }
    try:
        await db.init(url)
        await db.migrate(url)
        workspace_id, message_ids = await _seed(args.messages)
        rng = random.Random(SEED)
        opens = [f"/t/o/{sign(secret, Claims(Kind.OPEN, workspace_id, m))}" for m in message_ids]
        clicks = [
            f"/t/c/{sign(secret, Claims(Kind.CLICK, workspace_id, m, rng.randrange(2)))}"
            for m in message_ids
        ]
        open_script = _script(folder, "open", opens)
        # Each click the first of its message in the server: none is answered from memory.
        click_script = _script(folder, "click", clicks, walk=True)
        load = {"seconds": args.duration, "connections": args.connections, "threads": args.threads}
        print(
            f"{platform.python_implementation()} {platform.python_version()}, "
            f"{os.cpu_count()} CPUs, {args.messages:,} messages, {args.connections} connections, "
            f"wrk -t{args.threads}, {args.duration:.0f} s a load, {WARM_UP.seconds} s warm-up, "
            f"{args.rounds} rounds"
        )
        rounds = []
        for number in range(args.rounds):
            print(f"round {number + 1} (load average {os.getloadavg()[0]:.1f})")
            share = len(clicks) * number // args.rounds  # each round clicks its own messages
            rounds.append(await _round(env, open_script, click_script, share, load))
            if rounds[-1].stored["click"].answered + args.connections > len(clicks) // args.rounds:
                print("note: the click load came back to messages it had clicked: more --messages")
        return _verdict(rounds, args.connections)
    finally:
        await db.close()
        await _drop_database(args.postgres, url)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--postgres", default=POSTGRES_SERVER, help="a server to create a database on"
    )
    parser.add_argument("--broker", default=REDIS, help="BROKER_URL of the service")
    parser.add_argument("--duration", type=float, default=10, help="seconds of each timed load")
    parser.add_argument("--rounds", type=int, default=3, help="the goals are judged on the median")
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--messages", type=int, default=300_000, help="more than clicks sent")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(asyncio.run(main(_arguments())))
