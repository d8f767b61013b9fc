"""Outgoing webhooks reach public addresses only, whatever their host's DNS says.

A URL is checked when it is registered (`outgoing.check_url`), but a host name is only a
name: its DNS can point at 127.0.0.1, a cloud metadata service or the office network, and
change between that check and any delivery (DNS rebinding). So the deliveries' connections
are made here: the host is resolved once per connection, every address it has must be
public, and the connection goes to one of those addresses, never resolved again. TLS still
checks the certificate against the host name (httpcore starts TLS with the URL's host).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import httpcore
import httpx

Resolve = Callable[[str, int], Awaitable[list[str]]]


async def resolve(host: str, port: int) -> list[str]:
    """The addresses of `host`, in the resolver's order, each once."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_global
    except ValueError:
        return False


class PublicOnly(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting only to public addresses."""

    def __init__(
        self, inner: httpcore.AsyncNetworkBackend | None = None, resolver: Resolve | None = None
    ) -> None:
        self._inner = inner or httpcore.AnyIOBackend()
        self._resolver = resolver  # None: the system's, by `resolve`

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            addresses = await (self._resolver or resolve)(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"{host} cannot be resolved: {exc}") from exc
        # One private address refuses the host: an attacker's DNS can list both kinds.
        private = [a for a in addresses if not is_public(a)]
        if not addresses or private:
            found = private[0] if private else "no address"
            raise httpcore.ConnectError(f"{host} resolves to a non-public address ({found})")
        error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                error = exc
        raise httpcore.ConnectError(f"{host}: {error}")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("outgoing calls use TCP only")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class PublicTransport(httpx.AsyncHTTPTransport):
    """httpx's transport with the `PublicOnly` backend and no proxy from the environment
    (a proxy would make the connection, and resolve the name, itself)."""

    def __init__(self) -> None:
        super().__init__(trust_env=False)
        # httpx takes no network backend of its own: the pool it would make, with one.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=PublicOnly(),
        )
