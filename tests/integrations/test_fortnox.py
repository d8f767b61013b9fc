"""Fortnox: the Topics WebSocket consumer against a local server speaking its commands, the
offsets that let a restart resume without loss, and the REST reads behind each event."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from decimal import Decimal
from pathlib import Path

import pytest

from crm import clock, work
from crm.models import ConsentState, Contact
from crm.settings import Settings
from integrations import fortnox, fortnox_topics, inbox
from integrations.models import (
    InboxEvent,
    InboxStatus,
    Integration,
    Order,
    OrderStatus,
    Provider,
    StreamOffset,
)
from tests.integrations.conftest import FakeProvider, events_of
from tests.integrations.fortnox_server import FortnoxTopics

TENANT = 29302
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def fortnox_account(connect) -> dict:
    # The consumer serves every enabled Fortnox integration: earlier tests' are retired.
    await Integration.filter(provider=Provider.FORTNOX).update(disabled_at=clock.now())
    await StreamOffset.filter(stream=fortnox_topics.STREAM).delete()
    return await connect(
        "fortnox",
        {
            "tenant_id": TENANT,
            "client_id": "fx-client",
            "client_secret": "fx-secret",
            "refresh_token": "fx-refresh",
            "access_token": "fx-access",
        },
    )


@pytest.fixture
async def topics(fortnox_account) -> AsyncIterator[FortnoxTopics]:
    server = FortnoxTopics("fx-secret", ["fx-access"], TENANT)
    await server.start()
    yield server
    await server.stop()


async def until(check: Callable[[], Awaitable[bool]], timeout: float = 10) -> None:
    async with asyncio.timeout(timeout):
        while not await check():
            await asyncio.sleep(0.05)


def stored(integration_id: int, count: int) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return await InboxEvent.filter(integration_id=integration_id).count() >= count

    return check


async def offsets() -> dict[str, str]:
    rows = await StreamOffset.filter(stream=fortnox_topics.STREAM).values_list("topic", "offset")
    return dict(rows)


# Rule: the consumer speaks the documented commands, stores each event in the inbox and
# saves each topic's offset; after a restart it asks from those offsets, so events published
# while it was down arrive, and the one replayed is dropped as a duplicate.
async def test_the_listener_stores_events_and_resumes_from_its_offsets(topics, fortnox_account):
    await topics.publish("invoices", "invoice-created-v1", "1001")
    await topics.publish("customers", "customer-updated-v1", "7")

    stop = asyncio.Event()
    running = asyncio.create_task(fortnox_topics.listen(topics.url, stop))
    await until(stored(fortnox_account["id"], 2))
    stop.set()
    await running

    first = topics.conversations[0]
    assert first[0] == {
        "command": "add-tenants-v1",
        "clientSecret": "fx-secret",
        "accessTokens": ["fx-access"],
    }
    assert first[1] == {
        "command": "add-topics-v1",
        "topics": [{"topic": "invoices"}, {"topic": "customers"}],
    }
    assert first[2] == {"command": "subscribe-v1"}
    assert await offsets() == {"invoices": "o0001", "customers": "o0001"}

    await topics.publish("invoices", "invoicepayment-bookkeep-v1", "55")  # while it is down
    stop = asyncio.Event()
    running = asyncio.create_task(fortnox_topics.listen(topics.url, stop))
    await until(stored(fortnox_account["id"], 3))
    await asyncio.sleep(0.2)  # time for a wrongly repeated event to show up
    stop.set()
    await running

    assert topics.conversations[1][1]["topics"] == [
        {"topic": "invoices", "offset": "o0001"},
        {"topic": "customers", "offset": "o0001"},
    ]
    assert topics.sent.count("invoices:o0001") == 2  # replayed by the server ...
    events = await events_of(fortnox_account["id"])
    assert [(e.upstream_id, e.topic) for e in events] == [  # ... stored once
        ("invoices:o0001", "invoice.created"),
        ("customers:o0001", "customer.updated"),
        ("invoices:o0002", "invoicepayment.bookkeep"),
    ]
    assert await offsets() == {"invoices": "o0002", "customers": "o0001"}


# Rule: refused credentials end the session and the consumer retries with backoff instead
# of dying.
async def test_a_refused_add_tenants_is_retried(topics, fortnox_account, monkeypatch):
    monkeypatch.setattr(fortnox_topics, "RECONNECT_BASE", fortnox_topics.POLL)
    topics.client_secret = "another-secret"
    stop = asyncio.Event()
    running = asyncio.create_task(fortnox_topics.listen(topics.url, stop))

    async def refused_twice() -> bool:
        return len(topics.conversations) >= 2

    await until(refused_twice)
    topics.client_secret = "fx-secret"
    await topics.publish("customers", "customer-created-v1", "7")
    await until(stored(fortnox_account["id"], 1))
    stop.set()
    await running


def invoice(balance: int) -> dict:
    """Fortnox's invoice 1001 of 1,250 SEK with `balance` still to pay."""
    return {
        "Invoice": {
            "DocumentNumber": "1001",
            "CustomerNumber": "7",
            "Total": 1250,
            "Balance": balance,
            "Currency": "SEK",
            "InvoiceDate": "2026-01-20",
            "Cancelled": False,
            "InvoiceRows": [
                {"Description": "Fotografering", "DeliveredQuantity": "1", "Price": 1000}
            ],
        }
    }


# Rule: an invoice event reads the invoice and its customer over REST; a payment event reads
# the payment, then the invoice it pays; the invoice never grants consent.
async def test_fortnox_events_read_invoices_and_customers(
    fortnox_account, provider: FakeProvider, workspace
):
    provider.json("GET", "/3/invoices/1001", invoice(balance=1250))
    provider.json(
        "GET",
        "/3/customers/7",
        {
            "Customer": {
                "CustomerNumber": "7",
                "Name": "Karin Andersson",
                "Email": "karin@example.se",
                "Phone1": "070-555 01 02",
                "City": "Uppsala",
                "CountryCode": "SE",
                "Type": "PRIVATE",
            }
        },
    )
    provider.json(
        "GET", "/3/invoicepayments/55", {"InvoicePayment": {"Number": 55, "InvoiceNumber": 1001}}
    )
    integration = await Integration.get(id=fortnox_account["id"])
    created = {
        "topic": "invoices",
        "offset": "o1",
        "type": "invoice-created-v1",
        "tenantId": TENANT,
        "entityId": "1001",
        "timestamp": "2026-01-20T12:00:00+01:00",
    }
    await inbox.store(integration, [fortnox.incoming(created)])
    await work.drain()

    contact = await Contact.get(workspace_id=workspace.id, email="karin@example.se")
    assert (contact.first_name, contact.last_name, contact.phone) == (
        "Karin",
        "Andersson",
        "+46705550102",
    )
    order = await Order.get(contact_id=contact.id)
    assert (order.number, order.status, order.total) == ("1001", OrderStatus.PENDING, Decimal(1250))
    for request in provider.requests:
        assert request.url.host == "api.fortnox.se"
        assert request.headers["authorization"] == "Bearer fx-access"

    # paid later: the payment names the invoice, which now reads as settled
    provider.json("GET", "/3/invoices/1001", invoice(balance=0))
    paid = created | {
        "offset": "o2",
        "type": "invoicepayment-bookkeep-v1",
        "entityId": "55",
        "timestamp": "2026-01-25T09:00:00+01:00",
    }
    await inbox.store(integration, [fortnox.incoming(paid)])
    await work.drain()

    await order.refresh_from_db()
    await contact.refresh_from_db()
    assert order.status == OrderStatus.PAID
    assert (contact.orders_count, contact.total_spent, contact.currency) == (
        1,
        Decimal("1250.00"),
        "SEK",
    )
    assert not await ConsentState.exists(contact_id=contact.id)
    assert {e.status for e in await events_of(integration.id)} == {InboxStatus.PROCESSED}


def _environment(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "BROKER_URL": "memory://",  # rows wait for the test's drain, not a shared queue
        "SECRET_KEY": settings.secret_key,
        "DATA_DIR": str(settings.data_dir),
        "LOG_LEVEL": "warning",
    }


async def _listen_until(settings: Settings, url: str, check: Callable[[], Awaitable[bool]]):
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "crm",
        "fortnox",
        "listen",
        "--url",
        url,
        cwd=ROOT,
        env=_environment(settings),
        stdout=-1,
        stderr=-1,
    )
    try:
        await until(check, timeout=30)
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err.decode()


# Rule: `crm fortnox listen` is the consumer as a command: it stops cleanly on SIGTERM and,
# started again, resumes without loss.
async def test_the_listen_command_stops_on_sigterm_and_resumes(topics, fortnox_account, settings):
    await topics.publish("invoices", "invoice-created-v1", "1001")
    await _listen_until(settings, topics.url, stored(fortnox_account["id"], 1))
    await topics.publish("invoices", "invoice-updated-v1", "1001")
    await topics.publish("customers", "customer-created-v1", "7")
    await _listen_until(settings, topics.url, stored(fortnox_account["id"], 3))

    events = await events_of(fortnox_account["id"])
    assert sorted(e.upstream_id for e in events) == [
        "customers:o0001",
        "invoices:o0001",
        "invoices:o0002",
    ]
    assert await offsets() == {"invoices": "o0002", "customers": "o0001"}
