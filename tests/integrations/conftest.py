"""Integrations under test: connected through the API, called the way providers call, with
provider REST APIs faked by an httpx.MockTransport that checks every request."""

from __future__ import annotations

import json
import secrets as random
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from crm import work
from crm.models import WorkItem
from crm.models.work import WorkStatus
from crm.settings import Settings
from integrations import rest, secrets
from integrations.models import InboxEvent
from tests.integrations import wire


@pytest.fixture(autouse=True)
def sealing(settings: Settings) -> None:
    """Secrets are sealed with the test app's SECRET_KEY, in requests and in tasks alike."""
    secrets.configure(settings)


@pytest.fixture(autouse=True)
def offline() -> Iterator[None]:
    """No test reaches a real provider: events left by earlier tests meet a 404 (and are
    ignored) when a later test drains the work; `provider` replaces this with a fake."""
    rest.set_transport(httpx.MockTransport(lambda request: httpx.Response(404)))
    yield
    rest.set_transport(None)


@pytest.fixture(autouse=True)
async def no_broker() -> AsyncIterator[None]:
    """Work rows wait for `work.drain()`, so each test decides when processing happens; what
    a test leaves pending is dropped, so it never runs in another test's drain."""
    work.set_sender(None)
    yield
    await WorkItem.filter(task__startswith="integrations.", status=WorkStatus.PENDING).delete()


@pytest.fixture
async def public(app) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    """A client without credentials: how a provider calls the receivers."""
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as c:
        yield c


Connect = Callable[..., Any]


@pytest.fixture
def connect(client: httpx.AsyncClient) -> Connect:
    """Create an integration through the API; its JSON."""

    async def make(provider: str, config: dict[str, Any], name: str = "") -> dict[str, Any]:
        r = await client.post(
            "/api/v1/integrations", json={"provider": provider, "name": name, "config": config}
        )
        assert r.status_code == 201, r.text
        return dict(r.json())

    return make


@dataclass
class Connected:
    """An integration and the secret its provider signs with."""

    id: int
    path: str
    secret: str


async def connected(connect: Connect, provider: str, signed_by: str, **config: Any) -> Connected:
    """Connect `provider`; its URL and the secret (`config[signed_by]`) that signs for it."""
    made = await connect(provider, config)
    return Connected(made["id"], f"/webhooks/{provider}/{made['id']}", config[signed_by])


@pytest.fixture
async def shop(connect: Connect) -> Connected:
    secret = random.token_hex(16)
    return await connected(
        connect, "shopify", "client_secret", shop_domain=wire.SHOP, client_secret=secret
    )


@pytest.fixture
async def stripe_account(connect: Connect) -> Connected:
    secret = f"whsec_{random.token_hex(16)}"
    return await connected(connect, "stripe", "webhook_secret", webhook_secret=secret)


REALM = "9130350000000000"
TENANT = "1f4f3b36-0f3b-4c55-9c27-3c8a6b1f0a11"


@pytest.fixture
async def quickbooks(connect: Connect) -> Connected:
    return await connected(
        connect,
        "quickbooks",
        "verifier_token",
        realm_id=REALM,
        verifier_token=random.token_urlsafe(24),
        client_id="qb-client",
        client_secret="qb-secret",
        refresh_token="refresh-1",
        access_token="access-1",
    )


@pytest.fixture
async def xero(connect: Connect) -> Connected:
    return await connected(
        connect,
        "xero",
        "webhook_key",
        tenant_id=TENANT,
        webhook_key=random.token_urlsafe(24),
        client_id="xero-client",
        client_secret="xero-secret",
        refresh_token="xero-refresh",
        access_token="xero-access",
    )


@dataclass
class FakeProvider:
    """A provider's REST API: answers by (method, URL path), records every request."""

    routes: dict[tuple[str, str], list[httpx.Response]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)

    def add(self, method: str, path: str, *responses: httpx.Response) -> None:
        """Answer `method path` with these responses in turn (the last one repeats)."""
        self.routes[(method, path)] = list(responses)

    def json(self, method: str, path: str, payload: Any) -> None:
        self.add(method, path, httpx.Response(200, json=payload))

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answers = self.routes.get((request.method, request.url.path))
        if not answers:
            return httpx.Response(404, json={"error": f"no route {request.url.path}"})
        return answers.pop(0) if len(answers) > 1 else answers[0]

    def calls(self, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path == path]


@pytest.fixture
def provider() -> FakeProvider:
    fake = FakeProvider()
    rest.set_transport(httpx.MockTransport(fake.handle))
    return fake


def form(request: httpx.Request) -> dict[str, str]:
    """The fields of an application/x-www-form-urlencoded request body."""
    return dict(httpx.QueryParams(request.content.decode()))


async def events_of(integration_id: int) -> list[InboxEvent]:
    return await InboxEvent.filter(integration_id=integration_id).order_by("id")


async def work_of(event: InboxEvent) -> WorkItem:
    return await WorkItem.get(task="integrations.process_event", ref=str(event.id))


def payload(event: InboxEvent) -> Any:
    return json.loads(event.payload)
