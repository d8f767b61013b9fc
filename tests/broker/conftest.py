"""The broker under test and the namespace of this run.

`CRM_TEST_BROKER_URL` (default memory://) is the broker every test here uses;
`CRM_TEST_RABBITMQ_URL` adds RabbitMQ to the tests of the `crm worker` process. A run takes
its own namespace (queue names, Redis key prefix) and deletes what it left on those servers
at the end, so runs on shared servers never see each other's messages.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from urllib.parse import urlsplit

import pytest

from crm import broker
from crm.broker import Runtime
from crm.settings import Settings


def network_broker_urls() -> list[str]:
    """The Redis and RabbitMQ servers this run may use."""
    urls = [os.environ.get("CRM_TEST_BROKER_URL", ""), os.environ.get("CRM_TEST_RABBITMQ_URL", "")]
    return list(dict.fromkeys(url for url in urls if url and not broker.is_memory(url)))


def _purge(url: str, namespace: str) -> None:
    if urlsplit(url).scheme in {"redis", "rediss"}:
        import redis

        client = redis.Redis.from_url(url)
        with contextlib.closing(client):
            for key in client.scan_iter(match=f"{namespace}:*"):
                client.delete(key)
    else:
        import pika

        connection = pika.BlockingConnection(pika.URLParameters(url))
        with contextlib.closing(connection):
            channel = connection.channel()
            for queue in (namespace, f"{namespace}.DQ", f"{namespace}.XQ"):
                channel.queue_delete(queue)


@pytest.fixture(scope="session")
def namespace() -> Iterator[str]:
    name = f"crm_test_{secrets.token_hex(4)}"
    yield name
    for url in network_broker_urls():
        _purge(url, name)


@pytest.fixture
def broker_settings(settings: Settings, namespace: str) -> Settings:
    return settings.model_copy(update={"broker_namespace": namespace})


@pytest.fixture
async def runtime(
    broker_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Runtime]:
    """Worker threads on the test's own loop, as inside `crm serve`, with a sweeper."""
    # Sweep often, so the tests of lost and crashed work need not wait 15 s.
    monkeypatch.setattr(broker, "SWEEP_INTERVAL", timedelta(milliseconds=200))
    running = await broker.start_embedded(broker_settings, threads=2)
    yield running
    await running.stop()
