"""`crm webhooks failed` and `crm webhooks replay`, run as the commands they are."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from crm import work
from crm.models import WorkItem
from crm.models.work import WorkStatus
from crm.settings import Settings
from integrations import inbox
from integrations.models import InboxEvent, InboxStatus
from tests.integrations import wire
from tests.integrations.test_shopify import deliver

ROOT = Path(__file__).resolve().parents[2]


async def crm(settings: Settings, *args: str) -> tuple[int, str, str]:
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "BROKER_URL": "memory://",
        "SECRET_KEY": settings.secret_key,
        "DATA_DIR": str(settings.data_dir),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "crm", *args, cwd=ROOT, env=env, stdout=-1, stderr=-1
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def _failed_event(public, shop) -> InboxEvent:
    """An event whose processing failed for good (its work row gave up)."""
    await deliver(public, shop, "customers/create", wire.customer(), "cli-1")
    event = await InboxEvent.get(integration_id=shop.id)
    await InboxEvent.filter(id=event.id).update(
        status=InboxStatus.FAILED, error="ProviderUnavailable: GET ... answered 503"
    )
    await WorkItem.filter(task=inbox.PROCESS, ref=str(event.id)).update(status=WorkStatus.FAILED)
    return event


# Rule: an operator sees the failed events with their errors, replays one, and a worker then
# processes it.
async def test_failed_events_are_listed_and_replayed(public, shop, settings, workspace):
    event = await _failed_event(public, shop)

    code, out, err = await crm(settings, "webhooks", "failed")
    assert code == 0, err
    assert f"{event.id}  shopify customers/create (customers/create/cli-1)" in out
    assert "answered 503" in out

    code, out, err = await crm(settings, "webhooks", "replay", str(event.id))
    assert code == 0, err
    assert out.strip() == f"event {event.id} is queued again"
    await work.drain()
    await event.refresh_from_db()
    assert event.status == InboxStatus.PROCESSED


async def test_replaying_an_event_that_has_not_failed_says_so(public, shop, settings):
    await deliver(public, shop, "customers/create", wire.customer(), "cli-2")
    event = await InboxEvent.get(integration_id=shop.id)

    code, _, err = await crm(settings, "webhooks", "replay", str(event.id))

    assert code == 1
    assert f"not failed, or a retry is already queued: {event.id}" in err


async def test_replay_needs_ids_or_all(settings):
    code, _, err = await crm(settings, "webhooks", "replay")
    assert code == 2 and "--all" in err
