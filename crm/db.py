"""The database: Tortoise configuration, start-up checks and migrations.

One Tortoise context per process, shared by the web handlers and the in-process worker (they
run on the same event loop). Migrations live in `crm/migrations/models/`; each file carries
SQL for SQLite and for PostgreSQL and picks by the connection's dialect.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tortoise import Tortoise, connections
from tortoise.exceptions import DBConnectionError, OperationalError

from crm.errors import StorageError

log = logging.getLogger(__name__)

APP = "models"
# Every package's tables, named (not imported) so that crm does not depend on the others.
MODEL_MODULES = [
    "crm.models",
    "campaigns.models",
    "tracking.models",
    "integrations.models",
    "aerich.models",
]
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def normalize_url(url: str) -> str:
    """Accept the common spellings of a PostgreSQL URL; Tortoise knows only `postgres://`."""
    scheme = urlsplit(url).scheme
    if scheme in {"postgresql", "asyncpg"}:
        return "postgres" + url[len(scheme) :]
    return url


def tortoise_config(url: str) -> dict[str, Any]:
    return {
        "connections": {"default": normalize_url(url)},
        "apps": {APP: {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def dialect() -> str:
    """`sqlite` or `postgres`, for the few queries that differ."""
    return str(connections.get("default").schema_generator.DIALECT)


# Below this many rows changed since the last analysis, stale statistics cannot hurt much;
# above it, a tenth of the live rows.
STALE_MIN = 1000
STALE_SHARE = 0.1


async def analyze_if_stale(tables: Sequence[str]) -> list[str]:
    """On PostgreSQL, ANALYZE those of `tables` that changed much since their last analysis;
    returns the tables analyzed (call it outside a transaction).

    Tables filled faster than autovacuum looks (a large import, a backlog of webhooks into a
    new workspace) are planned as still nearly empty: lookups by index become sequential scans
    or nested loops whose cost grows with the square of the rows.
    """
    if dialect() != "postgres":
        return []
    connection = connections.get("default")
    found = await connection.execute_query_dict(
        "SELECT relname FROM pg_stat_user_tables WHERE relname = ANY($1) "
        "AND n_mod_since_analyze > GREATEST($2, $3 * n_live_tup)",
        [list(tables), STALE_MIN, STALE_SHARE],
    )
    stale = sorted(str(row["relname"]) for row in found)
    for table in stale:
        await connection.execute_script(f'ANALYZE "{table}"')
    return stale


async def init(url: str) -> None:
    """Configure Tortoise for `url` (connections open lazily) for the whole process."""
    await Tortoise.init(config=tortoise_config(url), _enable_global_fallback=True)


async def close() -> None:
    """Close the connections and forget the configuration (a later `init` starts afresh)."""
    await Tortoise.close_connections()
    await Tortoise._reset_apps()


def _migration_command(url: str) -> Any:
    from aerich import Command

    return Command(tortoise_config=tortoise_config(url), app=APP, location=str(MIGRATIONS_DIR))


async def migrate(url: str) -> list[str]:
    """Apply the migrations not yet applied; returns their file names.

    Call after `init(url)`; the connection stays open for the caller.
    """
    command = _migration_command(url)
    try:
        await command.init()
        return list(await command.upgrade(run_in_transaction=True))
    except (OSError, DBConnectionError) as exc:
        raise StorageError(_unreachable(url, exc)) from exc


def known_migrations() -> list[str]:
    return sorted(
        (p.name for p in (MIGRATIONS_DIR / APP).glob("*.py") if p.name[0].isdigit()),
        key=lambda name: int(name.split("_", 1)[0]),
    )


async def check_ready(url: str) -> None:
    """Raise StorageError, with what to do, if the database is unreachable or not migrated."""
    try:
        rows = await connections.get("default").execute_query_dict(
            "SELECT version FROM aerich WHERE app = 'models'"
        )
    except OperationalError as exc:
        if "aerich" in str(exc) or "does not exist" in str(exc) or "no such table" in str(exc):
            raise StorageError(
                f"the database at {redact(url)} has no schema yet: run `crm migrate`"
            ) from exc
        raise StorageError(_unreachable(url, exc)) from exc
    except (OSError, DBConnectionError) as exc:
        raise StorageError(_unreachable(url, exc)) from exc
    applied = {row["version"] for row in rows}
    missing = [name for name in known_migrations() if name not in applied]
    if missing:
        raise StorageError(
            f"the database at {redact(url)} is missing {len(missing)} migration(s) "
            f"({missing[0]} first): run `crm migrate`"
        )


def _unreachable(url: str, exc: BaseException) -> str:
    return f"cannot reach the database at {redact(url)}: {exc}"


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()
    return url
