"""The `crm` command: serve, migrate, worker, import and administration."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import click

from crm import db
from crm.errors import StorageError
from crm.settings import get_settings


def run_async(fn: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any) -> Any:
    """Run a coroutine with the database open; a StorageError becomes a one-line message."""

    async def wrapped() -> Any:
        settings = get_settings()
        await db.init(settings.database_url)
        try:
            return await fn(*args, **kwargs)
        finally:
            await db.close()

    try:
        return asyncio.run(wrapped())
    except StorageError as exc:
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(2)


@click.group()
def main() -> None:
    """Consent-first marketing CRM."""


@main.command()
def migrate() -> None:
    """Apply the database migrations that are not yet applied."""
    settings = get_settings()
    applied = run_async(db.migrate, settings.database_url)
    if applied:
        for name in applied:
            click.echo(f"applied {name}")
    else:
        click.echo("the database is up to date")


# -- commands of other modules are added below --
