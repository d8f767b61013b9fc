"""The `crm` command: serve, migrate, worker, import and administration."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import click

from crm import db, workspaces
from crm.contacts.normalize import normalize_email
from crm.errors import CrmError, StorageError
from crm.models import Role, User, Workspace
from crm.security import apikeys
from crm.security.passwords import hash_password
from crm.settings import Settings, get_settings


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


@main.command()
@click.option("--host", default=None, help="interface to listen on (default: HOST setting)")
@click.option("--port", default=None, type=int, help="port (default: PORT setting)")
def serve(host: str | None, port: int | None) -> None:
    """Run the web service (and, on memory://, the in-process worker)."""
    import uvicorn

    from crm.app import create_app

    settings = get_settings()
    run_async(_prepare_serve, settings)
    host, port = host or settings.host, port or settings.port
    click.echo(f"CRM listening on http://{host}:{port}/  (public URL {settings.public_url})")
    uvicorn.run(create_app(settings), host=host, port=port, log_level=settings.log_level)


async def _prepare_serve(settings: Settings) -> None:
    """Migrate the embedded database and create the first owner; elsewhere, only check."""
    if settings.is_embedded:
        await db.migrate(settings.database_url)
    await db.check_ready(settings.database_url)
    created = await workspaces.bootstrap_if_empty(settings.bootstrap_email)
    if created is not None:
        click.echo(
            f"created workspace {created.workspace.name!r} and its owner:\n"
            f"  email:    {created.user.email}\n"
            f"  password: {created.password}   (shown once; change it with "
            f"`crm users set-password {created.user.email}`)"
        )
    else:
        click.echo("log in with your user; `crm users set-password EMAIL` resets a password")


@main.group()
def users() -> None:
    """Manage users and their workspace roles."""


@users.command("create")
@click.argument("email")
@click.option("--workspace", "workspace_id", type=int, required=True)
@click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.MARKETER.value)
@click.password_option(help="prompted when not given")
def create_user(email: str, workspace_id: int, role: str, password: str) -> None:
    """Create a user with a role in a workspace."""

    async def create() -> str:
        workspace = await Workspace.get_or_none(id=workspace_id)
        if workspace is None:
            raise click.ClickException(f"no workspace {workspace_id}")
        user = await workspaces.create_user(email, password)
        await workspaces.add_member(workspace, user, Role(role))
        return user.email

    click.echo(f"created {_checked(create)} as {role} of workspace {workspace_id}")


@users.command("set-password")
@click.argument("email")
@click.password_option(help="prompted when not given")
def set_password(email: str, password: str) -> None:
    """Set a user's password."""

    async def change() -> int:
        return await User.filter(email=normalize_email(email)).update(
            password_hash=hash_password(password)
        )

    if not _checked(change):
        raise click.ClickException(f"no user {email}")
    click.echo("password changed")


@main.group()
def keys() -> None:
    """Manage API keys."""


@keys.command("create")
@click.option("--workspace", "workspace_id", type=int, required=True)
@click.option("--name", required=True)
@click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.MARKETER.value)
def create_key(workspace_id: int, name: str, role: str) -> None:
    """Create an API key; it is printed once."""

    async def issue() -> str:
        workspace = await Workspace.get_or_none(id=workspace_id)
        if workspace is None:
            raise click.ClickException(f"no workspace {workspace_id}")
        return (await apikeys.issue(workspace, name, Role(role))).token

    click.echo(_checked(issue))


def _checked(fn: Callable[[], Awaitable[Any]]) -> Any:
    """run_async, with validation errors shown as one line."""

    async def wrapped() -> Any:
        try:
            return await fn()
        except CrmError as exc:
            raise click.ClickException(exc.message) from exc

    return run_async(wrapped)


# -- commands of other modules are added below --

