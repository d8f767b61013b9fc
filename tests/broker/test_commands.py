"""`crm worker` and `crm work`, run as the commands they are, on this run's database."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import Any

import pytest

from crm import broker, work
from crm.models import WorkItem
from crm.models.work import WorkStatus
from crm.settings import Settings
from tests.broker.conftest import network_broker_urls
from tests.broker.tasks import MAX_ATTEMPTS, RECORD, broken, eventually, new_ref, row

ROOT = Path(__file__).resolve().parents[2]
# The `crm` entry point, with the test task registered as a package's task would be.
CRM = [sys.executable, "-c", "import tests.broker.tasks; from crm.cli import main; main()"]

NETWORK_BROKERS: list[Any] = network_broker_urls() or [
    pytest.param(
        "",
        marks=pytest.mark.skip(
            reason="needs Redis or RabbitMQ: set CRM_TEST_BROKER_URL=redis://… "
            "or CRM_TEST_RABBITMQ_URL=amqp://…"
        ),
    )
]


def environment(settings: Settings, **overrides: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "BROKER_URL": settings.broker_url,
        "BROKER_NAMESPACE": settings.broker_namespace,
        "SECRET_KEY": settings.secret_key,
        "DATA_DIR": str(settings.data_dir),
        "LOG_LEVEL": "warning",
    }
    return env | overrides


async def crm(settings: Settings, *args: str, **env: str) -> tuple[int, str, str]:
    """Run `crm ARGS` to its end: exit status, stdout, stderr."""
    process = await asyncio.create_subprocess_exec(
        *CRM, *args, cwd=ROOT, env=environment(settings, **env), stdout=-1, stderr=-1
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def failed_item(ref: str) -> WorkItem:
    broken.add(ref)
    item = await work.enqueue(RECORD, ref)
    for _ in range(MAX_ATTEMPTS):
        await work.run(item.id)
    return item


@pytest.fixture(autouse=True)
def no_broker() -> None:
    """This process only writes rows; the commands do the rest."""
    work.set_sender(None)


# Rule: `crm worker` processes run the work sent through Redis or RabbitMQ, and stop cleanly
# on SIGTERM.
@pytest.mark.parametrize("broker_url", NETWORK_BROKERS)
async def test_worker_processes_run_work_and_stop_on_sigterm(
    broker_settings: Settings, broker_url: str
) -> None:
    # given
    settings = broker_settings.model_copy(update={"broker_url": broker_url})
    arguments = ["worker", "--processes", "2", "--threads", "2"]
    process = await asyncio.create_subprocess_exec(
        *CRM, *arguments, cwd=ROOT, env=environment(settings), stdout=-1, stderr=-1
    )
    sender = broker.connect(settings)
    try:
        # when
        item = await work.enqueue(RECORD, new_ref("process"))
        # then
        await eventually(lambda: _done(item), timeout=60)
    finally:
        await sender.stop()
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()


async def _done(item: WorkItem) -> bool:
    return (await row(item)).status == WorkStatus.DONE


# Rule: `crm worker` refuses memory://, whose worker lives inside `crm serve`.
async def test_worker_refuses_the_in_process_broker(broker_settings: Settings) -> None:
    status, _, err = await crm(broker_settings, "worker", BROKER_URL="memory://")
    assert status == 2
    assert err.startswith("error: BROKER_URL is memory://: its worker runs inside `crm serve`")
    assert len(err.splitlines()) == 1


# Rule: an unreachable broker is one line naming it (without its password), not a traceback.
@pytest.mark.parametrize(
    ("broker_url", "shown"),
    [
        ("redis://127.0.0.1:1/0", "redis://127.0.0.1:1/0"),
        ("amqp://guest:secret@127.0.0.1:1/", "amqp://guest:***@127.0.0.1:1/"),
    ],
)
async def test_worker_reports_an_unreachable_broker_in_one_line(
    broker_settings: Settings, broker_url: str, shown: str
) -> None:
    status, _, err = await crm(broker_settings, "worker", BROKER_URL=broker_url)
    assert status == 2
    assert err.startswith(f"error: cannot reach the broker at {shown}: ")
    assert len(err.splitlines()) == 1
    assert "secret" not in err


# Rule: a worker does not start on a database without its schema; it says what to run.
@pytest.mark.parametrize("broker_url", NETWORK_BROKERS)
async def test_worker_refuses_a_database_without_schema(
    broker_settings: Settings, broker_url: str, tmp_path: Path
) -> None:
    empty = f"sqlite://{tmp_path / 'empty.sqlite3'}"
    status, _, err = await crm(
        broker_settings, "worker", BROKER_URL=broker_url, DATABASE_URL=empty, LOG_LEVEL="error"
    )
    assert status == 2
    assert err == f"error: the database at {empty} has no schema yet: run `crm migrate`\n"


# Rule: `crm work failed` lists each failed item with its error.
async def test_work_failed_lists_failed_items_with_their_error(broker_settings: Settings) -> None:
    ref = new_ref("fail")
    item = await failed_item(ref)
    status, out, _ = await crm(broker_settings, "work", "failed")
    assert status == 0
    line = next(line for line in out.splitlines() if line.startswith(f"{item.id}  "))
    assert f"{RECORD}({ref})" in line
    assert f"after {MAX_ATTEMPTS} attempts: RuntimeError: {ref} cannot be processed" in line


# Rule: `crm work replay ID` makes a failed item pending with fresh attempts, and refuses
# an item that has not failed.
async def test_work_replay_makes_a_failed_item_pending_again(broker_settings: Settings) -> None:
    item = await failed_item(new_ref("fail"))
    status, out, _ = await crm(broker_settings, "work", "replay", str(item.id))
    assert (status, out) == (0, f"work item {item.id} is pending again\n")
    replayed = await row(item)
    assert (replayed.status, replayed.attempts) == (WorkStatus.PENDING, 0)
    status, _, err = await crm(broker_settings, "work", "replay", str(item.id))
    assert status == 1
    assert f"work item {item.id} has not failed" in err
