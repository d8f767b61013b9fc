"""Outgoing webhooks connect to public addresses only, whatever the host's DNS says."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import pytest

from crm import clock, work
from integrations import public_network, rest
from integrations.models import DeliveryStatus, WebhookDelivery
from integrations.outgoing import DELIVERY_DELAY
from integrations.public_network import PublicOnly


class Recorder(httpcore.AsyncNetworkBackend):
    """Records where connections go; `refuse` lists addresses that do not answer."""

    def __init__(self, refuse: Iterable[str] = ()) -> None:
        self.calls: list[tuple[str, int]] = []
        self.refuse = set(refuse)

    async def connect_tcp(
        self, host: str, port: int, *args: Any, **kwargs: Any
    ) -> httpcore.AsyncNetworkStream:
        self.calls.append((host, port))
        if host in self.refuse:
            raise httpcore.ConnectError("connection refused")
        return httpcore.AsyncMockStream([])


def resolving_to(*addresses: str) -> public_network.Resolve:
    async def resolve(host: str, port: int) -> list[str]:
        return list(addresses)

    return resolve


# A name pointing inside (loopback, private ranges, link-local cloud metadata, IPv6 unique
# local), or listing one such address among public ones, is refused before any connection.
@pytest.mark.parametrize(
    "addresses",
    [
        ["127.0.0.1"],
        ["10.1.2.3"],
        ["192.168.1.10"],
        ["169.254.169.254"],
        ["::1"],
        ["fd00::1"],
        ["::ffff:127.0.0.1"],
        ["93.184.215.14", "172.16.0.5"],
        [],
    ],
)
async def test_a_host_resolving_inside_is_refused_before_connecting(addresses):
    inner = Recorder()
    backend = PublicOnly(inner, resolving_to(*addresses))
    with pytest.raises(httpcore.ConnectError, match="non-public"):
        await backend.connect_tcp("hooks.example.com", 443)
    assert inner.calls == []


# A public host is connected to at the address checked, not resolved again; the next address
# is tried when one does not answer.
async def test_a_public_host_is_connected_at_the_checked_address():
    inner = Recorder(refuse={"93.184.215.14"})
    backend = PublicOnly(inner, resolving_to("93.184.215.14", "2606:2800:21f:cb07::1"))
    await backend.connect_tcp("hooks.example.com", 443)
    assert inner.calls == [("93.184.215.14", 443), ("2606:2800:21f:cb07::1", 443)]


# A name that does not resolve, and any request for a Unix socket, are refused plainly.
async def test_an_unresolvable_name_or_a_unix_socket_is_refused():
    async def fails(host: str, port: int) -> list[str]:
        raise socket.gaierror(-2, "Name or service not known")

    inner = Recorder()
    with pytest.raises(httpcore.ConnectError, match="cannot be resolved"):
        await PublicOnly(inner, fails).connect_tcp("nowhere.example.com", 443)
    with pytest.raises(httpcore.ConnectError, match="TCP only"):
        await PublicOnly(inner).connect_unix_socket("/var/run/docker.sock")
    assert inner.calls == []


# When no checked address answers, the error names the host and the last failure.
async def test_when_no_address_answers_the_connection_fails():
    inner = Recorder(refuse={"93.184.215.14"})
    with pytest.raises(httpcore.ConnectError, match=r"hooks\.example\.com: connection refused"):
        await PublicOnly(inner, resolving_to("93.184.215.14")).connect_tcp("hooks.example.com", 443)


# End to end: an endpoint registered under a public-looking name whose DNS now points at this
# machine gets no request; the delivery records why and is retried later.
async def test_a_delivery_to_a_name_rebound_to_this_machine_is_not_made(client, monkeypatch):
    connections = 0

    async def count(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        writer.close()

    server = await asyncio.start_server(count, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    monkeypatch.setattr(public_network, "resolve", resolving_to("127.0.0.1"))
    rest.set_transport(None)  # the real transport, as in production
    try:
        r = await client.post(
            "/api/v1/webhook-endpoints", json={"url": f"https://hooks.example.com:{port}/crm"}
        )
        assert r.status_code == 201, r.text
        await client.post("/api/v1/contacts", json={"email": "rebound@example.com"})
        with clock.frozen(clock.now() + DELIVERY_DELAY * 2):  # the delivery is due
            await work.drain()
    finally:
        server.close()
        await server.wait_closed()
    [delivery] = await WebhookDelivery.filter(endpoint_id=r.json()["id"])
    assert delivery.status == DeliveryStatus.PENDING and delivery.response_status is None
    assert "non-public address (127.0.0.1)" in delivery.error
    assert connections == 0
