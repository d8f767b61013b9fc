"""Test fixtures: one migrated database per test run, a fresh workspace per test.

The default run uses a SQLite file in a temporary folder. With `CRM_TEST_DATABASE_URL`
(a PostgreSQL server URL) the run creates its own uniquely named database there, migrates it,
and drops it at the end, so runs on a shared server never see each other's rows.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from tortoise import Tortoise

from crm import db
from crm.models import Role, Workspace
from crm.principal import Principal
from crm.security import apikeys
from crm.settings import Settings


async def _create_postgres_database(server_url: str) -> str:
    import asyncpg

    name = f"crm_test_{secrets.token_hex(4)}"
    conn = await asyncpg.connect(
        db.normalize_url(server_url).replace("postgres://", "postgresql://", 1)
    )
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return urlsplit(server_url)._replace(path=f"/{name}").geturl()


async def _drop_postgres_database(server_url: str, url: str) -> None:
    import asyncpg

    name = urlsplit(url).path.lstrip("/")
    conn = await asyncpg.connect(
        db.normalize_url(server_url).replace("postgres://", "postgresql://", 1)
    )
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@pytest.fixture(scope="session", autouse=True)
async def database_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    server = os.environ.get("CRM_TEST_DATABASE_URL")
    if server:
        url = await _create_postgres_database(server)
    else:
        url = f"sqlite://{tmp_path_factory.mktemp('db') / 'crm.sqlite3'}"
    await db.init(url)
    await db.migrate(url)
    # Tables of models whose migration is not written yet (work in progress); the test that
    # runs `crm.migrations.make --check` fails until it is.
    await Tortoise.generate_schemas(safe=True)
    yield url
    await db.close()
    if server:
        await _drop_postgres_database(server, url)


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data_dir: Path = tmp_path_factory.mktemp("data")
    return Settings(
        database_url=database_url,
        broker_url=os.environ.get("CRM_TEST_BROKER_URL", "memory://"),
        secret_key=secrets.token_urlsafe(48),
        data_dir=data_dir,
        public_url="https://crm.example.test",
        _env_file=None,
    )


@pytest.fixture(scope="session")
def app(settings: Settings):  # type: ignore[no-untyped-def]
    from crm.app import create_app

    return create_app(settings, manage_db=False)


@pytest.fixture
async def workspace(database_url: str) -> Workspace:
    return await Workspace.create(name=f"ws-{secrets.token_hex(3)}")


@pytest.fixture
def actor(workspace: Workspace) -> Principal:
    return Principal(workspace.id, Role.OWNER, "user", "1", "tester@example.com", "127.0.0.1")


async def _client_for(app, workspace: Workspace, role: Role) -> httpx.AsyncClient:  # type: ignore[no-untyped-def]
    issued = await apikeys.issue(workspace, f"test {role.value}", role)
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://testserver",
        headers={"Authorization": f"Bearer {issued.token}"},
    )


@pytest.fixture
async def client(app, workspace: Workspace) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    """An API client holding an owner key of `workspace`."""
    async with await _client_for(app, workspace, Role.OWNER) as c:
        yield c


@pytest.fixture
def client_for(app):  # type: ignore[no-untyped-def]
    """Make an API client with a key of the given role for the given workspace."""

    async def make(workspace: Workspace, role: Role = Role.OWNER) -> httpx.AsyncClient:
        return await _client_for(app, workspace, role)

    return make


class SmtpSink:
    """A real SMTP server (aiosmtpd) on a free local port that keeps what it receives."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[tuple[str, list[str], bytes]] = []
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
                sink.messages.append(
                    (envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
                )
                return "250 OK queued"

        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=port)

    def start(self) -> None:
        self.controller.start()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.controller.port}?starttls=false"

    def stop(self) -> None:
        self.controller.stop()


@pytest.fixture
def smtp_sink():  # type: ignore[no-untyped-def]
    """A running SMTP sink, and the process's mailer pointed at it."""
    from crm.mail import runtime
    from crm.mail.mailer import from_url

    sink = SmtpSink()
    sink.start()
    previous = (runtime._settings, runtime._mailer)
    yield sink, from_url(sink.url)
    runtime._settings, runtime._mailer = previous
    sink.stop()
