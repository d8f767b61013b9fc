"""The pipeline across real `crm worker` processes on Redis or RabbitMQ: killed workers
resumed by fresh ones, and one rate limit shared by two workers.

Needs CRM_TEST_BROKER_URL=redis://… or amqp://… (the processes share the work through the
broker and the database); skipped otherwise. The in-process tests of the same rules are in
test_pipeline.py.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

import psutil
import pytest

from campaigns import lifecycle
from campaigns.models import Campaign, CampaignStatus
from crm import broker, work
from crm.settings import Settings
from tests.broker.conftest import network_broker_urls
from tests.campaigns.conftest import make_campaign, profile, subscriber
from tests.campaigns.sink import ScriptedSink

ROOT = Path(__file__).resolve().parents[2]
LEASE = 3  # seconds: how long a killed worker's messages and work stay in doubt
URLS = network_broker_urls()
pytestmark = pytest.mark.skipif(
    not URLS,
    reason="needs worker processes on Redis or RabbitMQ: set CRM_TEST_BROKER_URL=redis://…",
)

Start = Callable[[], Awaitable[asyncio.subprocess.Process]]


@pytest.fixture
def shared(settings: Settings) -> Settings:
    """Settings of this test's processes: the network broker, a namespace of its own."""
    return settings.model_copy(
        update={"broker_url": URLS[0], "broker_namespace": f"crm_test_{secrets.token_hex(4)}"}
    )


@pytest.fixture
async def workers(shared: Settings, sink: ScriptedSink) -> AsyncIterator[Start]:
    """Start `crm worker` processes on demand; all are stopped at the end."""
    env = {
        **os.environ,
        "DATABASE_URL": shared.database_url,
        "BROKER_URL": shared.broker_url,
        "BROKER_NAMESPACE": shared.broker_namespace,
        "SECRET_KEY": shared.secret_key,
        "PUBLIC_URL": shared.public_url,
        "DATA_DIR": str(shared.data_dir),
        "SMTP_URL": sink.url,
        "LOG_LEVEL": "warning",
        "CAMPAIGN_LEASE": str(LEASE),
        "CAMPAIGN_BATCH_SIZE": "5",
        "CAMPAIGN_SENDERS": "4",
        "CAMPAIGN_FLUSH_INTERVAL": "0.01",
        "CAMPAIGN_STATUS_POLL": "0.1",
    }
    started: list[asyncio.subprocess.Process] = []

    broker_port = urlsplit(shared.broker_url).port

    async def start() -> asyncio.subprocess.Process:
        # One thread each: a busy worker cannot run, nor hoard, the other senders.
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "crm", "worker", "--threads", "1", cwd=ROOT, env=env
        )
        started.append(process)
        deadline = time.monotonic() + 30
        while not _connected(process.pid, broker_port):
            assert time.monotonic() < deadline, "the worker did not reach the broker"
            await asyncio.sleep(0.1)
        return process

    sender = broker.connect(shared)  # this process only sends
    try:
        yield start
    finally:
        await sender.stop()
        work.set_sender(None)
        for process in started:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
        for process in started:
            try:
                await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                process.kill()
                await process.wait()


async def _until_status(campaign: Campaign, status: CampaignStatus, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while (await Campaign.get(id=campaign.id)).status != status:
        assert time.monotonic() < deadline, f"campaign still not {status}"
        await asyncio.sleep(0.2)


# Rule (the crash rule, across processes): every worker killed with messages in flight, fresh
# workers resume the campaign once the leases have passed, and each eligible recipient has
# exactly one message at the SMTP sink.
async def test_killed_workers_are_resumed_with_one_message_per_recipient(
    workspace, actor, sink, workers
):
    # given: two workers sending through a relay that holds every transaction after 15
    people = [await subscriber(actor, f"p{i:02}@example.org") for i in range(60)]
    campaign = await make_campaign(workspace)
    sink.data_delay = 0.01
    sink.hold_after = 15
    first = [await workers(), await workers()]
    await lifecycle.schedule(actor, campaign, None, "UTC")
    assert await asyncio.to_thread(sink.held.wait, 60), "the workers never sent"
    await asyncio.sleep(1.0)  # what the relay accepted is written
    # when: both are killed
    for process in first:
        process.kill()
        await process.wait()
    accepted_before = len(sink.received)
    sink.hold_after = None
    sink.release.set()
    await asyncio.sleep(LEASE + 1)  # their leases pass
    await workers()
    await workers()
    # then
    await _until_status(campaign, CampaignStatus.SENT)
    assert accepted_before < len(people)
    assert sink.recipients() == sorted(p.email for p in people)


def _connected(pid: int, port: int | None) -> bool:
    """Whether the process holds a connection to the broker: it is consuming."""
    return any(
        conn.raddr and conn.raddr.port == port and conn.status == psutil.CONN_ESTABLISHED
        for conn in psutil.Process(pid).net_connections(kind="tcp")
    )


def _ports(pids: list[int]) -> dict[int, int]:
    """Local TCP port -> worker pid, for the SMTP connections the workers hold now."""
    found = {}
    for pid in pids:
        for conn in psutil.Process(pid).net_connections(kind="tcp"):
            if conn.raddr and conn.raddr.port:
                found[conn.laddr.port] = pid
    return found


# Rule: a workspace's rate limit holds across worker processes: together, two workers stay
# within it in every second.
async def test_the_rate_limit_holds_across_two_workers(workspace, actor, sink, workers):
    rate, count = 10, 30
    await profile(workspace, messages_per_second=rate)
    for i in range(count):
        await subscriber(actor, f"p{i:02}@example.org")
    campaign = await make_campaign(workspace)
    processes = [await workers(), await workers()]
    await lifecycle.schedule(actor, campaign, None, "UTC")
    ports: dict[int, int] = {}
    deadline = time.monotonic() + 90
    while (await Campaign.get(id=campaign.id)).status != CampaignStatus.SENT:
        assert time.monotonic() < deadline
        ports |= _ports([p.pid for p in processes])
        await asyncio.sleep(0.05)
    times = sorted(r.at for r in sink.received)
    assert len(times) == count
    burst = max(1.0, rate * 0.1)
    assert times[-1] - times[0] >= (count - burst - 1) / rate
    for i, start in enumerate(times):
        assert sum(1 for t in times[i:] if t - start < 1.0) <= rate + burst + 1
    senders = {ports.get(r.peer_port) for r in sink.received}
    assert senders == {p.pid for p in processes}, "both workers should have sent"
