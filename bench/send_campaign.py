"""Campaign sending speed and worker memory, against a bare aiosmtplib loop in the same run.

    .venv/bin/python bench/send_campaign.py                        # PostgreSQL + Redis, 2 workers
    .venv/bin/python bench/send_campaign.py --database sqlite --workers 1
    .venv/bin/python bench/send_campaign.py --recipients 5000 --pool 10

A campaign of 50,000 recipients (contacts with confirmed consent, a segment over them) with a
realistic 20 KB HTML template (a layout with a stylesheet, 15 links, an image per product,
personalisation with defaults, a custom field and a condition) is sent by `crm worker`
processes to Postfix's `smtp-sink` on 127.0.0.1:2525, started here (`apt-get install
postfix`: only its `smtp-sink` binary is used, no Postfix daemon). End to end is from the
schedule call to the campaign marked sent: planning, consent checks at send time, rendering,
DKIM when `--dkim`, the SMTP hand-over and every message row written. Peak RSS is sampled
from each worker process.

The baseline, in the same run: the same number of processes, each with the same number of
connections (SMTP_URL `pool=`), sending one pre-rendered message of the campaign (its real
bytes) in a bare `aiosmtplib` loop, as many times as there are recipients. It runs before and
after the campaign, and the ratio uses their mean, since a shared machine's load drifts; the
CPU time per message of the workers and of the loop's processes (their rusage) is printed too,
a figure the load changes less.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:
    # Run as a file, this folder would come first on the path and shadow the `tracking` package.
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import asyncio
import multiprocessing
import os
import platform
import resource
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import aiosmtplib
import psutil
from tortoise import Tortoise

from campaigns import dkim, lifecycle
from campaigns import tasks as _tasks  # noqa: F401  (the task names this process enqueues)
from campaigns.compose import Composer
from campaigns.models import (
    Campaign,
    CampaignStatus,
    Message,
    MessageStatus,
    Segment,
    SenderProfile,
    Template,
)
from crm import broker, db
from crm.contacts.fields import define
from crm.mail import runtime
from crm.models import ConsentAction, ConsentState, Contact, Purpose, Workspace
from crm.models.contact import FieldType
from crm.principal import system
from crm.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432/test"
REDIS = "redis://127.0.0.1:6379/0"
SINK_PORT = 2525
SEED_CHUNK = 5000  # rows per insert while seeding
SAMPLE_EVERY = 0.2  # seconds between RSS samples
FIRST = ["Anna", "Jürgen", "", "Zoë", "Liam", "María", "", "Søren", "Chloé", "Noah"]
PLANS = ["pro", "free", None, "team"]
PRODUCTS = [
    "Hoodie", "Rain jacket", "Wool socks", "Canvas tote", "Trail shoes", "Beanie", "Scarf",
    "Gloves", "Backpack", "Water bottle", "Sunglasses", "Cap", "Raincoat", "Fleece", "Parka",
]  # fmt: skip


def template_html() -> str:
    """About 20 KB of email HTML: 15 products, each with a link, an image and copy."""
    copy = (
        "Made to last and easy to care for, it keeps its shape wash after wash. "
        "Our workshop sources every material within a day's drive, and each piece is "
        "checked by hand before it leaves. "
    )
    blocks = []
    for i, name in enumerate(PRODUCTS):
        slug = name.lower().replace(" ", "-")
        blocks.append(
            f'<tr><td class="product"><img src="https://cdn.shop.example/{slug}.jpg" '
            f'width="160" alt="{name}"><h2>{name}</h2><p class="copy">{copy * 2}</p>'
            f'<p><a class="button" href="https://shop.example/p/{slug}?utm_source=news&amp;'
            f'utm_campaign=autumn&amp;pos={i}">See the {name.lower()}</a></p></td></tr>\n'
        )
    return (
        "<html><head><style>"
        "body { margin: 0; background: #f4f4f4; font-family: Helvetica, Arial, sans-serif; } "
        ".wrap { width: 600px; margin: 0 auto; background: #ffffff; } "
        ".product { padding: 16px 24px; border-bottom: 1px solid #eeeeee; } "
        "h2 { font-size: 18px; color: #222222; margin: 8px 0; } "
        ".copy { font-size: 14px; line-height: 20px; color: #555555; } "
        ".button { display: inline-block; padding: 10px 16px; background: #1a73e8; "
        "color: #ffffff; text-decoration: none; border-radius: 4px; } "
        "@media (max-width: 620px) { .wrap { width: 100% !important; } }"
        '</style></head><body><table class="wrap" role="presentation">'
        "<tr><td class=\"product\"><h1>Hello {{ contact.first_name | default('there') }},</h1>"
        "<p class=\"copy\">Your plan: {{ contact.custom.plan | default('free') | title }}."
        "{% if contact.orders_count > 2 %} Thank you for your {{ contact.orders_count }} "
        "orders!{% endif %}</p></td></tr>\n" + "".join(blocks) + "</table></body></html>"
    )


def _children_cpu() -> float:
    """CPU seconds used so far by this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Run:
    recipients: int
    seconds: float  # schedule to sent
    planning_seconds: float
    sent: int
    peak_rss_mb: float  # of the largest worker process
    cpu_seconds: float  # of the worker processes, in all

    @property
    def rate(self) -> float:
        return self.sent / self.seconds


async def _database(kind: str) -> tuple[str, str | None]:
    """A fresh, migrated database: (URL, the PostgreSQL database to drop afterwards)."""
    if kind == "sqlite":
        url = f"sqlite://{tempfile.mkdtemp(prefix='bench-send-')}/crm.sqlite3"
        name = None
    else:
        import asyncpg

        name = f"bench_send_{secrets.token_hex(4)}"
        conn = await asyncpg.connect(POSTGRES_SERVER.replace("postgres://", "postgresql://"))
        await conn.execute(f'CREATE DATABASE "{name}"')
        await conn.close()
        url = urlsplit(POSTGRES_SERVER)._replace(path=f"/{name}").geturl()
    await db.init(url)
    await db.migrate(url)
    await Tortoise.generate_schemas(safe=True)  # tables not migrated yet, as in the tests
    return url, name


async def _drop(name: str | None) -> None:
    if name is None:
        return
    import asyncpg

    conn = await asyncpg.connect(POSTGRES_SERVER.replace("postgres://", "postgresql://"))
    await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await conn.close()


async def _seed(recipients: int, with_dkim: bool) -> Campaign:
    """A workspace, its subscribers with confirmed consent, a template and a draft."""
    workspace = await Workspace.create(name="Bench Shop")
    await define(workspace.id, "plan", "Plan", FieldType.TEXT, [])
    now = datetime.now(UTC)
    for start in range(0, recipients, SEED_CHUNK):
        batch = [
            Contact(
                workspace=workspace,
                email=f"reader{i:06}@bench.example",
                first_name=FIRST[i % len(FIRST)],
                last_name="Reader",
                country="FR",
                orders_count=i % 5,
                custom={"plan": PLANS[i % 4]} if PLANS[i % 4] else {},
            )
            for i in range(start, min(start + SEED_CHUNK, recipients))
        ]
        await Contact.bulk_create(batch)
    ids = await Contact.filter(workspace=workspace).values_list("id", flat=True)
    for start in range(0, len(ids), SEED_CHUNK):
        await ConsentState.bulk_create(
            [
                ConsentState(
                    workspace_id=workspace.id,
                    contact_id=contact_id,
                    purpose=Purpose.EMAIL_MARKETING,
                    topic_id=0,
                    status=ConsentAction.CONFIRMED,
                    event_id=0,
                    since=now,
                )
                for contact_id in ids[start : start + SEED_CHUNK]
            ]
        )
    profile = await SenderProfile.create(
        workspace_id=workspace.id, postal_address="Bench Shop, 1 Market Street, 69001 Lyon"
    )
    if with_dkim:
        await dkim.generate(profile, "shop.example", "bench")
    template = await Template.create(
        workspace_id=workspace.id,
        name="Autumn",
        subject="{{ contact.first_name | default('Hello') }}, the autumn collection is here",
        html=template_html(),
    )
    segment = await Segment.create(
        workspace_id=workspace.id,
        name="France",
        rules={"all": [{"field": "country", "op": "eq", "value": "FR"}]},
    )
    return await Campaign.create(
        workspace_id=workspace.id,
        name="Autumn",
        template=template,
        segment_ids=[segment.id],
        from_name="Bench Shop",
        from_email="news@shop.example",
    )


def _start_sink() -> subprocess.Popen[bytes]:
    sink = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
    if not Path(sink).exists():
        raise SystemExit("smtp-sink not found: apt-get install -y postfix (only smtp-sink is used)")
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", SINK_PORT)) == 0:
            raise SystemExit(f"port {SINK_PORT} is taken: is another smtp-sink running?")
    process = subprocess.Popen(
        [sink, "-u", "root", f"127.0.0.1:{SINK_PORT}", "1000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    return process


def _worker_env(settings: Settings, pool: int, senders: int) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "BROKER_URL": settings.broker_url,
        "BROKER_NAMESPACE": settings.broker_namespace,
        "SECRET_KEY": settings.secret_key,
        "PUBLIC_URL": settings.public_url,
        "DATA_DIR": str(settings.data_dir),
        "SMTP_URL": f"smtp://127.0.0.1:{SINK_PORT}?starttls=false&pool={pool}",
        "CAMPAIGN_SENDERS": str(senders),
        "LOG_LEVEL": "warning",
    }


async def _send(settings: Settings, campaign: Campaign, workers: int, pool: int) -> Run:
    env = _worker_env(settings, pool, senders=workers)
    cpu_before = _children_cpu()
    processes = [
        subprocess.Popen([sys.executable, "-m", "crm", "worker"], cwd=ROOT, env=env)
        for _ in range(workers)
    ]
    peaks = dict.fromkeys((p.pid for p in processes), 0)
    sender = broker.connect(settings)
    try:
        await asyncio.sleep(3)  # the workers boot and reach the broker
        started = time.monotonic()
        await lifecycle.schedule(system(campaign.workspace_id), campaign, None, "UTC")
        while (await Campaign.get(id=campaign.id)).status == CampaignStatus.SCHEDULED or (
            await Campaign.get(id=campaign.id)
        ).status == CampaignStatus.SENDING:
            for pid in peaks:
                peaks[pid] = max(peaks[pid], psutil.Process(pid).memory_info().rss)
            await asyncio.sleep(SAMPLE_EVERY)
        seconds = time.monotonic() - started
    finally:
        await sender.stop()
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(timeout=60)
    finished = await Campaign.get(id=campaign.id)
    if finished.status != CampaignStatus.SENT:
        raise SystemExit(f"the campaign ended {finished.status}: {finished.pause_reason}")
    assert finished.started_at and finished.planned_at
    return Run(
        recipients=await Message.filter(campaign_id=campaign.id).count(),
        seconds=seconds,
        planning_seconds=(finished.planned_at - finished.started_at).total_seconds(),
        sent=await Message.filter(campaign_id=campaign.id, status=MessageStatus.SENT).count(),
        peak_rss_mb=max(peaks.values()) / 2**20,
        cpu_seconds=_children_cpu() - cpu_before,
    )


async def _one_message(campaign: Campaign) -> bytes:
    """A real message of the campaign, as the workers write it (for the baseline)."""
    composer = await Composer.load(campaign, await lifecycle.build_content(campaign))
    contact = await Contact.filter(workspace_id=campaign.workspace_id).first().values()
    return composer.compose(1, contact, "<1.bench@shop.example>").data


def _bare_loop(count: int, connections: int, data: bytes) -> None:
    """One baseline process: `connections` aiosmtplib clients sending `data` `count` times."""

    async def client(share: int) -> None:
        smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=SINK_PORT, start_tls=False)
        await smtp.connect()
        for _ in range(share):
            await smtp.sendmail("news@shop.example", ["reader@bench.example"], data)
        await smtp.quit()

    async def main() -> None:
        shares = [count // connections + (i < count % connections) for i in range(connections)]
        await asyncio.gather(*[client(share) for share in shares])

    asyncio.run(main())


def _baseline(count: int, processes: int, connections: int, data: bytes) -> tuple[float, float]:
    """Messages per second of the bare loop over `processes` processes, and their CPU
    seconds (interpreter start-up included: a few tenths of a second)."""
    context = multiprocessing.get_context("spawn")
    shares = [count // processes + (i < count % processes) for i in range(processes)]
    cpu_before = _children_cpu()
    started = time.monotonic()
    running = [context.Process(target=_bare_loop, args=(s, connections, data)) for s in shares]
    for process in running:
        process.start()
    for process in running:
        process.join()
    return count / (time.monotonic() - started), _children_cpu() - cpu_before


async def bench(args: argparse.Namespace) -> None:
    url, dropped = await _database(args.database)
    data_dir = Path(tempfile.mkdtemp(prefix="bench-send-data-"))
    settings = Settings(
        database_url=url,
        broker_url=args.broker,
        broker_namespace=f"bench_{secrets.token_hex(4)}",
        secret_key=secrets.token_urlsafe(48),
        public_url="https://crm.bench.example",
        data_dir=data_dir,
        _env_file=None,  # type: ignore[call-arg]
    )
    runtime.configure(settings)
    sink = _start_sink()
    try:
        seeded = time.monotonic()
        campaign = await _seed(args.recipients, args.dkim)
        print(f"seeded {args.recipients} subscribers in {time.monotonic() - seeded:.1f} s")
        data = await _one_message(campaign)
        before, _ = _baseline(args.recipients, args.workers, args.pool, data)
        run = await _send(settings, campaign, args.workers, args.pool)
        after, loop_cpu = _baseline(run.recipients, args.workers, args.pool, data)
    finally:
        sink.send_signal(signal.SIGTERM)
        sink.wait(timeout=10)
        await db.close()
        await _drop(dropped)
    load = os.getloadavg()
    print(
        f"\n{args.database} + {urlsplit(args.broker).scheme}, {args.workers} worker process(es) "
        f"x {args.pool} connections, {platform.python_version()}, load {load[0]:.1f}"
        f"{', DKIM' if args.dkim else ''}\n"
        f"message size          {len(data) / 1024:.1f} KB\n"
        f"recipients            {run.recipients} ({run.sent} sent)\n"
        f"end to end            {run.seconds:.1f} s, {run.rate:,.0f} messages/s "
        f"(planning {run.planning_seconds:.1f} s of it)\n"
        f"bare aiosmtplib loop  {before:,.0f} messages/s before, {after:,.0f} after\n"
        f"ratio                 {run.rate / ((before + after) / 2):.2f}\n"
        f"CPU per message       {run.cpu_seconds / run.sent * 1e6:,.0f} µs in the workers, "
        f"{loop_cpu / run.recipients * 1e6:,.0f} µs in the bare loop\n"
        f"worker peak RSS       {run.peak_rss_mb:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=50_000)
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--broker", default=REDIS, help="redis:// or amqp:// (workers need one)")
    parser.add_argument("--workers", type=int, default=2, help="crm worker processes")
    parser.add_argument("--pool", type=int, default=10, help="SMTP connections per process")
    parser.add_argument("--dkim", action="store_true", help="sign every message")
    # Stopped with SIGTERM (a timeout), still stop the sink and the workers on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    asyncio.run(bench(parser.parse_args()))


if __name__ == "__main__":
    main()
