"""Import speed and peak memory of `crm import`, on SQLite and PostgreSQL, against baselines.

    .venv/bin/python bench/import_contacts.py                  # 1,000,000 rows, both databases
    .venv/bin/python bench/import_contacts.py --rows 50000 --only sqlite

A realistic CSV (a dozen columns: names, company, a phone on a quarter of the rows, address,
country, language, tags, two custom fields; ~0.5% bad rows, ~1% repeated emails) is generated
in a temporary folder. For each database a fresh one is created and migrated (PostgreSQL: a
uniquely named database on --postgres, dropped afterwards), then `crm import` runs in its own
process: rows/s from the job's own start and finish times, peak RSS from the process's rusage.
Machines are noisy, so each figure is printed with a baseline measured in the same run: the
file parsed by csv.reader alone, and the same rows loaded raw (SQLite executemany, PostgreSQL
COPY) into a table without checks.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:
    # Run as a file, this folder would come first on the path and shadow the `tracking` package.
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import asyncio
import csv
import json
import os
import platform
import random
import secrets
import sqlite3
import subprocess
import tempfile
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import asyncpg

from crm import db
from crm.contacts import fields
from crm.models import ImportJob, Workspace
from crm.models.contact import FieldType

POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432/test"
SEED = 20260301  # the same file on every run
BAD_EVERY = 200  # one row in 200 is bad (0.5%)
REPEAT_EVERY = 100  # one row in 100 repeats an earlier email (1%)
BACKEND_SAMPLE_SECONDS = 0.2  # CPU a backend uses after its last sample is not counted
HEADER = [
    "Email", "First Name", "Last Name", "Company", "Phone", "Street", "City", "Zip",
    "Country", "Language", "Tags", "Customer Since", "Orders",
]  # fmt: skip
FIRST = ["Anna", "Jürgen", "Zoë", "Björn", "María", "Chloé", "Liam", "Noah", "Emma", "Søren"]
LAST = ["Müller", "Schmidt", "García", "Nilsson", "O'Brien", "Dubois", "Smith", "Kowalski"]
CITIES = {"DE": "Berlin", "SE": "Stockholm", "US": "New York", "FR": "Paris", "ES": "Madrid"}
LANGS = {"DE": "de-DE", "SE": "sv-SE", "US": "en-US", "FR": "fr-FR", "ES": "es-ES"}
DOMAINS = ["example.com", "mail.example.org", "example.net", "shop.example.de"]


@dataclass
class Result:
    target: str
    rows: int
    import_seconds: float  # the job's start to finish
    process_seconds: float  # `crm import` from exec to exit
    process_cpu_seconds: float
    postgres_cpu_seconds: float  # of the backends serving the import (0 on SQLite)
    peak_rss_mb: float
    counts: dict[str, int]
    baseline_name: str
    baseline: float  # seconds

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.import_seconds

    @property
    def baseline_rows_per_second(self) -> float:
        return self.rows / self.baseline


def _phone(rng: random.Random, country: str) -> str:
    if country == "DE":
        return f"030 {rng.randrange(10**7, 10**8)}"
    if country == "SE":
        return f"+46 8 {rng.randrange(10**6, 10**7)}"
    if country == "US":
        return f"(212) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
    return ""


def generate(path: Path, rows: int) -> dict[str, int]:
    """Write the CSV; how many rows are bad and how many repeat an earlier email."""
    rng = random.Random(SEED)
    bad = repeated = 0
    earlier: list[str] = []  # a sample of the good emails written so far, to repeat
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(rows):
            country = rng.choice(list(CITIES))
            first, last = rng.choice(FIRST), rng.choice(LAST)
            row = [
                f"{first[0].lower()}.{i}.{rng.randrange(10**6)}@{rng.choice(DOMAINS)}",
                first,
                last,
                f"{last} {rng.choice(['GmbH', 'AB', 'Inc.', 'SARL', 'S.L.'])}",
                _phone(rng, country) if rng.random() < 0.25 else "",
                f"{rng.randrange(1, 200)} Main Street",
                CITIES[country],
                f"{rng.randrange(10000, 99999)}",
                country,
                LANGS[country],
                rng.choice(["", "", "newsletter", "vip; newsletter", "b2b"]),
                f"20{rng.randrange(10, 26)}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 10)}",
                str(rng.randrange(0, 40)),
            ]
            if i % BAD_EVERY == BAD_EVERY - 1:
                bad += 1
                row[0 if rng.random() < 0.5 else 8] = "not valid"
            else:
                if i % REPEAT_EVERY == REPEAT_EVERY // 2 and earlier:
                    repeated += 1
                    row[0] = rng.choice(earlier)
                if len(earlier) < 10_000:
                    earlier.append(row[0])
                elif rng.random() < 0.01:
                    earlier[rng.randrange(len(earlier))] = row[0]
            writer.writerow(row)
    return {"bad": bad, "repeated": repeated}


def parse_baseline(path: Path) -> float:
    """Seconds to decode and csv.reader the whole file: the floor of any import."""
    start = time.perf_counter()
    with path.open(newline="", encoding="utf-8") as handle:
        for _ in csv.reader(handle):
            pass
    return time.perf_counter() - start


def _raw_rows(path: Path):  # type: ignore[no-untyped-def]
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        yield from (tuple(row) for row in reader)


def sqlite_baseline(path: Path, folder: Path) -> float:
    """Seconds to executemany the raw rows into a fresh SQLite table, in one transaction."""
    conn = sqlite3.connect(folder / "raw.sqlite3")
    columns = ", ".join(f"c{i} TEXT" for i in range(len(HEADER)))
    conn.execute(f"CREATE TABLE raw ({columns})")
    insert = f"INSERT INTO raw VALUES ({', '.join('?' * len(HEADER))})"
    start = time.perf_counter()
    with conn:
        conn.executemany(insert, _raw_rows(path))
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


async def postgres_baseline(url: str, path: Path) -> float:
    """Seconds to COPY the raw rows into a fresh PostgreSQL table."""
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        columns = ", ".join(f"c{i} text" for i in range(len(HEADER)))
        await conn.execute(f"CREATE TABLE raw ({columns})")
        start = time.perf_counter()
        await conn.copy_records_to_table("raw", records=_raw_rows(path))
        return time.perf_counter() - start
    finally:
        await conn.close()


async def prepare(url: str) -> int:
    """Migrate a fresh database and make the workspace (with its custom fields); its id."""
    await db.init(url)
    try:
        await db.migrate(url)
        workspace = await Workspace.create(name="bench")
        await fields.define(workspace.id, "customer_since", "Customer Since", FieldType.DATE, [])
        await fields.define(workspace.id, "orders", "Orders", FieldType.NUMBER, [])
        return workspace.id
    finally:
        await db.close()


async def job_figures(url: str) -> tuple[float, dict[str, int]]:
    await db.init(url)
    try:
        job = await ImportJob.all().order_by("-id").first()
        assert job is not None and job.started_at and job.finished_at, "no finished import"
        counts = {
            "total": job.rows_total,
            "created": job.rows_created,
            "updated": job.rows_updated,
            "duplicate": job.rows_duplicate,
            "failed": job.rows_failed,
        }
        if job.error:
            raise SystemExit(f"the import failed: {job.error}")
        return (job.finished_at - job.started_at).total_seconds(), counts
    finally:
        await db.close()


def backend_cpu(database: str) -> dict[int, float]:
    """CPU seconds so far of each PostgreSQL backend serving `database` (Linux /proc)."""
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            title = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue  # gone meanwhile
        # A backend's title is "postgres: USER DATABASE HOST(PORT) STATE".
        if title.startswith("postgres: ") and f" {database} " in title:
            utime, stime = stat.rpartition(") ")[2].split()[11:13]
            found[int(pid)] = (int(utime) + int(stime)) / os.sysconf("SC_CLK_TCK")
    return found


def run_import(url: str, path: Path, workspace_id: int, folder: Path) -> dict[str, float]:
    """Run `crm import` in its own process: its wall and CPU seconds, its peak RSS, and the CPU
    seconds of the PostgreSQL backends serving it (sampled while it runs)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY")}
    env.update(DATABASE_URL=url, SECRET_KEY=secrets.token_urlsafe(48))
    database = urlsplit(url).path.lstrip("/") if url.startswith("postgres") else ""
    backends: dict[int, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "crm", "import", str(path), "--workspace", str(workspace_id)],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if database:
            backends.update(backend_cpu(database))
        time.sleep(BACKEND_SAMPLE_SECONDS)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"crm import exited with {os.waitstatus_to_exitcode(status)}")
    return {
        "process_seconds": elapsed,
        "process_cpu_seconds": usage.ru_utime + usage.ru_stime,
        "postgres_cpu_seconds": sum(backends.values()),
        "peak_rss_mb": usage.ru_maxrss / 1024,  # Linux reports KiB
    }


def import_figures(url: str, path: Path, folder: Path) -> dict:
    """Migrate, import and read the job back in a child process; the figures it prints.

    A child per database, because Tortoise keeps per-dialect state for the life of a process.
    """
    done = subprocess.run(
        [sys.executable, __file__, "--child", url, "--file", str(path)],
        cwd=folder,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def child(url: str, path: Path) -> None:
    workspace_id = asyncio.run(prepare(url))
    figures = run_import(url, path, workspace_id, path.parent)
    import_seconds, counts = asyncio.run(job_figures(url))
    print(json.dumps({**figures, "import_seconds": import_seconds, "counts": counts}))


def bench_sqlite(path: Path, folder: Path, rows: int) -> Result:
    figures = import_figures(f"sqlite://{folder / 'bench.sqlite3'}", path, folder)
    baseline = sqlite_baseline(path, folder)
    return Result("SQLite", rows, baseline=baseline, baseline_name="executemany", **figures)


async def _admin(server: str, sql: str) -> None:
    conn = await asyncpg.connect(server.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def bench_postgres(path: Path, folder: Path, rows: int, server: str) -> Result:
    name = f"crm_bench_import_{secrets.token_hex(4)}"
    url = urlsplit(server)._replace(path=f"/{name}").geturl()
    asyncio.run(_admin(server, f'CREATE DATABASE "{name}"'))
    try:
        figures = import_figures(url, path, folder)
        baseline = asyncio.run(postgres_baseline(url, path))
    finally:
        asyncio.run(_admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return Result("PostgreSQL", rows, baseline=baseline, baseline_name="COPY", **figures)


def machine(server: str | None) -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(ln.split(":", 1)[1].strip() for ln in info if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    parts = [f"{os.cpu_count()} cores", cpu, f"Python {platform.python_version()}"]
    parts.append(f"SQLite {sqlite3.sqlite_version}")
    if server:
        version = asyncio.run(_server_version(server))
        parts.append(f"PostgreSQL {version}")
    return ", ".join(parts)


async def _server_version(server: str) -> str:
    conn = await asyncpg.connect(server.replace("postgres://", "postgresql://", 1))
    try:
        return str(await conn.fetchval("SHOW server_version"))
    finally:
        await conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    parser.add_argument("--postgres", default=POSTGRES_SERVER, help="server URL (trust auth)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--child", metavar="DATABASE_URL", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.file)
        return

    with tempfile.TemporaryDirectory(prefix="crm-bench-import-") as tmp:
        folder = Path(tmp)
        path = folder / "contacts.csv"
        made = generate(path, args.rows)
        size_mb = path.stat().st_size / 1e6
        parse = parse_baseline(path)
        print(f"file: {args.rows:,} rows, {size_mb:.1f} MB, {made['bad']:,} bad, "
              f"{made['repeated']:,} repeated emails")  # fmt: skip
        print(f"machine: {machine(None if args.only == 'sqlite' else args.postgres)}")
        print(f"load average at the start: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
        print(f"baseline csv.reader alone: {args.rows / parse:,.0f} rows/s")
        results = []
        if args.only in (None, "sqlite"):
            results.append(bench_sqlite(path, folder, args.rows))
        if args.only in (None, "postgres"):
            results.append(bench_postgres(path, folder, args.rows, args.postgres))

    print()
    print(f"{'':12}{'import rows/s':>15}{'peak RSS':>11}{'baseline rows/s':>24}"
          f"{'ratio':>8}{'of parse':>10}")  # fmt: skip
    for r in results:
        baseline = f"{r.baseline_rows_per_second:,.0f} ({r.baseline_name})"
        print(
            f"{r.target:12}{r.rows_per_second:>15,.0f}{r.peak_rss_mb:>8.0f} MB{baseline:>24}"
            f"{r.rows_per_second / r.baseline_rows_per_second:>8.2f}"
            f"{r.rows_per_second / (args.rows / parse):>10.2f}"
        )
        cpu = f"CPU {r.process_cpu_seconds / r.rows * 1e6:.0f} µs a row in `crm import`"
        if r.target == "PostgreSQL":
            cpu += f", {r.postgres_cpu_seconds / r.rows * 1e6:.0f} µs in PostgreSQL"
        print(f"{'':12}job {r.import_seconds:.1f} s, process {r.process_seconds:.1f} s, {cpu}")
        print(f"{'':12}{r.counts}")
    print(f"load average at the end: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    if args.json:
        print(json.dumps([{**r.__dict__, "rows_per_second": r.rows_per_second} for r in results]))


if __name__ == "__main__":
    main()
