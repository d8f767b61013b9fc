"""Fixtures for the UI: browsers with their own IP, and users with a role in a workspace."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest

from crm.contacts import service
from crm.contacts.schemas import ContactIn
from crm.models import Contact, Role, User, Workspace
from crm.principal import system
from crm.workspaces import add_member, create_user
from tests.web.browser import PASSWORD, Browser


@pytest.fixture
async def open_browser(app) -> AsyncIterator[Callable[[], Browser]]:  # type: ignore[no-untyped-def]
    """Make a browser; each comes from its own IP so throttling in one test never spills over."""
    clients: list[httpx.AsyncClient] = []

    def make() -> Browser:
        ip = f"10.{secrets.randbelow(256)}.{secrets.randbelow(256)}.{secrets.randbelow(254) + 1}"
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app, client=(ip, 50000)),
            base_url="https://testserver",  # the test settings' PUBLIC_URL is https: Secure cookies
        )
        clients.append(client)
        return Browser(client, ip)

    yield make
    for client in clients:
        await client.aclose()


@pytest.fixture
async def browser(open_browser: Callable[[], Browser]) -> Browser:
    return open_browser()


@pytest.fixture
def make_user() -> Callable[..., Awaitable[User]]:
    """Create a user (password `PASSWORD`) with `role` in each workspace given."""

    async def make(role: Role, *workspaces: Workspace) -> User:
        user = await create_user(f"user-{secrets.token_hex(4)}@example.com", PASSWORD)
        for workspace in workspaces:
            await add_member(workspace, user, role)
        return user

    return make


@pytest.fixture
def make_contact() -> Callable[..., Awaitable[Contact]]:
    async def make(workspace: Workspace, email: str = "", **values: object) -> Contact:
        data = ContactIn(email=email or f"c-{secrets.token_hex(4)}@example.org", **values)
        return await service.create(system(workspace.id), data)

    return make


@pytest.fixture
async def other_workspace(database_url: str) -> Workspace:
    return await Workspace.create(name=f"other-{secrets.token_hex(3)}")
