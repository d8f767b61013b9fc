"""OAuth2 access tokens of the invoicing integrations, refreshed when they expire.

The tokens live in the integration's sealed secrets (`access_token`, its expiry, and the
`refresh_token`). QuickBooks, Xero and Fortnox all rotate the refresh token on every use, so
two workers must not refresh at once: the refresh holds the integration's row lock, and a
worker that waited for it takes the token the other one stored.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr
from tortoise.transactions import in_transaction

from crm import clock
from integrations import secrets
from integrations.errors import ProviderRejected, ProviderUnavailable, TokenRefused
from integrations.mapping import parse_time
from integrations.models import Integration, Provider

TOKEN_URLS = {
    Provider.QUICKBOOKS: "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
    Provider.XERO: "https://identity.xero.com/connect/token",
    Provider.FORTNOX: "https://apps.fortnox.se/oauth-v1/token",
}
EXPIRY_MARGIN = timedelta(seconds=60)  # refreshed this early: clocks drift, requests take time


class OAuthConfig(BaseModel):
    """The OAuth2 part of an invoicing integration's configuration."""

    model_config = ConfigDict(extra="forbid")

    client_id: str = Field(min_length=1, max_length=200, description="the app's client id")
    client_secret: SecretStr = Field(min_length=1, description="the app's client secret")
    refresh_token: SecretStr = Field(
        min_length=1, description="from the authorization; rotated and stored on every refresh"
    )
    access_token: SecretStr | None = Field(
        None, description="optional: used until the provider refuses it, then refreshed"
    )


def _fresh(values: dict[str, str]) -> bool:
    expires = parse_time(values.get("access_token_expires_at"))
    return bool(values.get("access_token")) and (
        expires is None or expires - EXPIRY_MARGIN > clock.now()
    )


async def access_token(integration: Integration, http: httpx.AsyncClient) -> str:
    """A bearer token for `integration`, refreshed first if it has expired."""
    values = secrets.unseal(integration.sealed)
    if _fresh(values):
        return str(values["access_token"])
    return await refresh(integration, http, rejected=str(values.get("access_token", "")))


async def refresh(integration: Integration, http: httpx.AsyncClient, rejected: str) -> str:
    """Exchange the refresh token for a new access token and store both.

    `rejected` is the token the caller found expired or had refused; if another worker has
    stored a different, fresh one meanwhile, that one is returned without a new exchange.
    Raises TokenRefused when the provider refuses the refresh token.
    """
    try:
        async with in_transaction():
            row = await Integration.select_for_update().get(id=integration.id)
            values = secrets.unseal(row.sealed)
            if values.get("access_token") != rejected and _fresh(values):
                integration.sealed = row.sealed
                return str(values["access_token"])
            token = await _exchange(row, values, http)
            integration.sealed = secrets.seal(values | token)
            await Integration.filter(id=row.id).update(sealed=integration.sealed, last_error="")
            return token["access_token"]
    except TokenRefused as exc:
        await Integration.filter(id=integration.id).update(last_error=exc.message)
        raise


async def _exchange(
    integration: Integration, values: dict[str, str], http: httpx.AsyncClient
) -> dict[str, str]:
    url = TOKEN_URLS[integration.provider]
    try:
        response = await http.post(
            url,
            auth=(str(integration.settings.get("client_id", "")), values.get("client_secret", "")),
            data={"grant_type": "refresh_token", "refresh_token": values.get("refresh_token", "")},
            headers={"Accept": "application/json"},
        )
    except httpx.HTTPError as exc:
        raise ProviderUnavailable(f"the token endpoint {url} is unreachable: {exc}") from exc
    if response.status_code in (400, 401):
        raise TokenRefused(
            f"{integration.provider.value} refused the refresh token "
            f"({response.status_code}): connect the integration again"
        )
    if response.status_code == 429 or response.status_code >= 500:
        raise ProviderUnavailable(
            f"the token endpoint answered {response.status_code}", status=response.status_code
        )
    try:
        data = response.json() if response.is_success else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict) or not data.get("access_token"):
        raise ProviderRejected(
            f"the token endpoint answered {response.status_code} without an access token",
            status=response.status_code,
        )
    expires_in = int(data.get("expires_in") or 3600)
    return {
        "access_token": data["access_token"],
        "refresh_token": data.get("refresh_token") or values.get("refresh_token", ""),
        "access_token_expires_at": (clock.now() + timedelta(seconds=expires_in)).isoformat(),
    }
