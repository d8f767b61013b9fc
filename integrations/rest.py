"""Reading entities from the providers' REST APIs: bearer tokens, retries, errors translated.

    async with rest.Client(integration) as api:
        invoice = await api.get(f"{base}/invoice/{id}")

A 429, a 5xx or a network failure is retried here with backoff (honouring `Retry-After`) a
few times; past that, or when the provider asks for a longer wait, ProviderUnavailable leaves
the retry to the work row, whose backoff reaches hours. A 401 refreshes the token once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
from types import TracebackType
from typing import Any

import httpx

from integrations import oauth
from integrations.errors import ProviderRejected, ProviderUnavailable
from integrations.models import Integration
from integrations.public_network import PublicTransport

TIMEOUT = httpx.Timeout(10.0, connect=5.0)  # a processing run must not hang on one call
ATTEMPTS = 4  # of one call within one processing run
BACKOFF_BASE = timedelta(milliseconds=500)  # 0.5 s, 1 s, 2 s between those attempts
LONGEST_WAIT = timedelta(seconds=30)  # a longer Retry-After is left to the work row's backoff

Sleep = Callable[[float], Awaitable[None]]

_transport: httpx.AsyncBaseTransport | None = None


def set_transport(transport: httpx.AsyncBaseTransport | None) -> None:
    """Send every outgoing call (provider APIs, outgoing webhooks) through `transport`
    (tests: httpx.MockTransport that checks them)."""
    global _transport
    _transport = transport


def http_client(*, public_only: bool = False) -> httpx.AsyncClient:
    """An HTTP client for outgoing calls; redirects are not followed. With `public_only`
    (for URLs a workspace chose) it connects to public addresses only (public_network.py)."""
    transport = _transport or (PublicTransport() if public_only else None)
    return httpx.AsyncClient(transport=transport, timeout=TIMEOUT)


def _wait(response: httpx.Response | None, attempt: int) -> float:
    """Seconds before the next attempt: the provider's Retry-After, else doubling backoff."""
    header = response.headers.get("retry-after", "") if response is not None else ""
    if header.strip().isdigit():
        return float(header)
    return BACKOFF_BASE.total_seconds() * 2 ** (attempt - 1)


class Client:
    """Authenticated GETs against one integration's provider."""

    def __init__(self, integration: Integration, *, sleep: Sleep = asyncio.sleep) -> None:
        self.integration = integration
        self.sleep = sleep
        self.http = http_client()

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.http.aclose()

    async def get(self, url: str, headers: dict[str, str] | None = None) -> Any:
        """The JSON at `url`. Raises ProviderUnavailable (retry later) or ProviderRejected."""
        token = await oauth.access_token(self.integration, self.http)
        refreshed = False
        attempt = 0
        while True:
            response, failure = await self._attempt(url, headers or {}, token)
            if response is not None and response.status_code == 401 and not refreshed:
                refreshed = True
                token = await oauth.refresh(self.integration, self.http, rejected=token)
                continue
            if failure is None:
                assert response is not None
                return self._json(url, response)
            attempt += 1
            wait = _wait(response, attempt)
            if attempt == ATTEMPTS or wait > LONGEST_WAIT.total_seconds():
                raise failure
            await self.sleep(wait)

    async def _attempt(
        self, url: str, headers: dict[str, str], token: str
    ) -> tuple[httpx.Response | None, ProviderUnavailable | None]:
        """One GET: the response, and the failure to retry after (None: it is final)."""
        auth = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        try:
            response = await self.http.get(url, headers=headers | auth)
        except httpx.HTTPError as exc:
            return None, ProviderUnavailable(f"GET {url} failed: {exc!r}")
        if response.status_code == 429 or response.status_code >= 500:
            return response, ProviderUnavailable(
                f"GET {url} answered {response.status_code}", status=response.status_code
            )
        return response, None

    @staticmethod
    def _json(url: str, response: httpx.Response) -> Any:
        if response.is_error:
            raise ProviderRejected(
                f"GET {url} answered {response.status_code}: {response.text[:200]}",
                status=response.status_code,
            )
        try:
            return response.json()
        except ValueError as exc:
            raise ProviderRejected(f"GET {url} answered with something not JSON") from exc
