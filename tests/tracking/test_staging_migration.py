"""Migration 4 turns the staged hits' time into seconds since the epoch, keeping the hits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from tests.conftest import _create_postgres_database, _drop_postgres_database

# In its own process: aerich and Tortoise keep their configuration process-wide, and this
# moves a database of its own down a version and back up.
SCRIPT = """
import asyncio, json, sys
from crm import db
from tortoise import connections

async def main(url):
    await db.init(url)
    command = db._migration_command(url)
    await command.init()
    await command.upgrade(run_in_transaction=True)
    await command.downgrade(-1, delete=False)  # to the timestamp column
    conn = connections.get("default")
    postgres = conn.schema_generator.DIALECT == "postgres"
    values = ", ".join(f"${n}" if postgres else "?" for n in range(1, 9))
    await conn.execute_query(
        "INSERT INTO tracking_hits (workspace_id, message_id, kind, link_index, agent, reason,"
        f" ip, user_agent, at) VALUES ({values}, '2026-12-06 03:00:00.250000+00:00')",
        [1, 42, "open", None, "human", "browser user agent", "203.0.113.0", "Firefox"],
    )
    await command.upgrade(run_in_transaction=True)
    _, up = await conn.execute_query("SELECT message_id, reason, at FROM tracking_hits")
    await command.downgrade(-1, delete=False)
    _, down = await conn.execute_query("SELECT at FROM tracking_hits")
    await db.close()
    print(json.dumps({"up": [dict(r) for r in up], "down": [str(r["at"]) for r in down]}))

asyncio.run(main(sys.argv[1]))
"""


@pytest.fixture
async def scratch_url(tmp_path) -> AsyncIterator[str]:
    server = os.environ.get("CRM_TEST_DATABASE_URL")
    if not server:
        yield f"sqlite://{tmp_path / 'scratch.sqlite3'}"
        return
    url = await _create_postgres_database(server)
    yield url
    await _drop_postgres_database(server, url)


def test_staged_hits_keep_their_time_through_the_migration_and_back(scratch_url):
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, scratch_url], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    moved = json.loads(result.stdout.strip().splitlines()[-1])
    at = datetime(2026, 12, 6, 3, 0, 0, 250000, tzinfo=UTC).timestamp()
    assert moved["up"] == [{"message_id": 42, "reason": "browser user agent", "at": at}]
    [back] = moved["down"]
    assert datetime.fromisoformat(back) == datetime(2026, 12, 6, 3, 0, 0, 250000, tzinfo=UTC)
