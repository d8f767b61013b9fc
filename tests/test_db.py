"""The database: clear errors, not tracebacks, when it is unreachable or not migrated."""

from __future__ import annotations

import subprocess
import sys

import pytest
from tortoise import connections

from crm import db


def _crm(args: list[str], env: dict[str, str], cwd) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm", *args],
        capture_output=True,
        text=True,
        env={**env, "PATH": "/usr/bin:/bin"},
        cwd=cwd,
        timeout=60,
    )


def test_an_unreachable_database_gives_one_clear_line(tmp_path):
    env = {"DATABASE_URL": "postgres://nobody:secret@127.0.0.1:1/none", "SECRET_KEY": "s" * 40}
    result = _crm(["migrate"], env, tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(
        "error: cannot reach the database at postgres://nobody:***@127.0.0.1:1/none"
    )
    assert "Traceback" not in result.stderr and "secret" not in result.stderr


def test_an_unmigrated_database_says_to_run_migrate(tmp_path):
    env = {
        "DATABASE_URL": f"sqlite://{tmp_path}/fresh.sqlite3",
        "BROKER_URL": "redis://127.0.0.1:1/0",
    }
    # serve on a non-embedded setup checks instead of migrating
    result = _crm(["serve", "--port", "1"], env, tmp_path)
    assert result.returncode == 2
    assert "has no schema yet: run `crm migrate`" in result.stderr
    assert "Traceback" not in result.stderr


def test_migrate_applies_everything_once(tmp_path):
    env = {"DATABASE_URL": f"sqlite://{tmp_path}/m.sqlite3"}
    first = _crm(["migrate"], env, tmp_path)
    assert first.returncode == 0, first.stderr
    assert [line.split()[1] for line in first.stdout.splitlines()] == db.known_migrations()
    second = _crm(["migrate"], env, tmp_path)
    assert second.stdout.strip() == "the database is up to date"


def test_every_model_change_has_its_migration():
    result = subprocess.run(
        [sys.executable, "-m", "crm.migrations.make", "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "no changes"


def test_redact_hides_only_the_password():
    assert db.redact("postgres://u:pw@h:5432/d") == "postgres://u:***@h:5432/d"
    assert db.redact("sqlite://./crm.sqlite3") == "sqlite://./crm.sqlite3"


@pytest.mark.parametrize("url", ["postgresql://u@h/d", "asyncpg://u@h/d"])
def test_common_postgres_spellings_are_accepted(url):
    assert db.normalize_url(url) == "postgres://u@h/d"


# Rule: on PostgreSQL a table that changed much since its last analysis is analyzed, and
# one that did not is left alone.
async def test_only_tables_that_changed_much_are_analyzed():
    if db.dialect() != "postgres":
        assert await db.analyze_if_stale(["contacts"]) == []
        return
    connection = connections.get("default")
    await connection.execute_script(
        "CREATE TABLE stats_probe (n int); CREATE TABLE stats_quiet (n int);"
        "ANALYZE stats_probe; ANALYZE stats_quiet;"
    )
    try:
        async with connection.acquire_connection() as driver:
            await driver.execute(
                f"INSERT INTO stats_probe SELECT generate_series(1, {db.STALE_MIN + 100})"
            )
            await driver.execute("INSERT INTO stats_quiet VALUES (1)")
            await driver.execute("SELECT pg_stat_force_next_flush()")
        assert await db.analyze_if_stale(["stats_probe", "stats_quiet"]) == ["stats_probe"]
        assert await db.analyze_if_stale(["stats_probe", "stats_quiet"]) == []
    finally:
        await connection.execute_script("DROP TABLE stats_probe; DROP TABLE stats_quiet")
