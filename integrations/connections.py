"""Integrations as data: create one from a provider's configuration, read it, rotate its
secrets, disable it. Secrets are sealed at once and never handed back.

A rotation keeps the replaced secrets valid for a grace period, so deliveries the provider
signed with the old secret (already in flight, or retried) are still accepted while the new
one is being set up on the provider's side.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any, get_args

from pydantic import BaseModel, SecretStr

from crm import audit, clock
from crm.errors import Invalid, NotFound
from crm.principal import Principal
from integrations import secrets
from integrations.errors import UnknownIntegration
from integrations.models import Integration, Provider
from integrations.providers import PROVIDERS

# Other processes see a rotation or a disconnection this late at most.
RECEIVER_CACHE = timedelta(seconds=5)
RECEIVER_CACHE_SIZE = 10_000  # integrations remembered at once

_receiving: dict[int, tuple[float, Integration | None]] = {}


def split(config: BaseModel) -> tuple[dict[str, Any], dict[str, str]]:
    """(settings, secrets) of a validated configuration: SecretStr fields are the secrets."""
    hidden = secret_names(type(config))
    settings = {k: v for k, v in config.model_dump(mode="json").items() if k not in hidden}
    sealed = {
        name: value.get_secret_value()
        for name in hidden
        if isinstance(value := getattr(config, name), SecretStr)
    }
    return settings, sealed


def secret_names(config: type[BaseModel]) -> set[str]:
    """The names of a configuration's secret fields."""
    return {
        name
        for name, field in config.model_fields.items()
        if SecretStr in (get_args(field.annotation) or (field.annotation,))
    }


async def create(actor: Principal, provider: Provider, name: str, config: BaseModel) -> Integration:
    settings, sealed = split(config)
    integration = await Integration.create(
        workspace_id=actor.workspace_id,
        provider=provider,
        name=name,
        settings=settings,
        sealed=secrets.seal(sealed),
    )
    await audit.record(
        actor, "integration.create", "integration", integration.id, provider=provider.value
    )
    return integration


async def get(workspace_id: int, integration_id: int) -> Integration:
    """The workspace's integration (disabled ones included); NotFound otherwise."""
    integration = await Integration.get_or_none(id=integration_id, workspace_id=workspace_id)
    if integration is None:
        raise NotFound(f"no integration {integration_id}")
    return integration


async def active(integration_id: int, provider: Provider) -> Integration:
    """The enabled integration a receiver URL names; UnknownIntegration otherwise.

    Kept in memory for RECEIVER_CACHE: a busy shop sends many deliveries a second, and
    each would otherwise read the same row.
    """
    now = time.monotonic()
    cached = _receiving.get(integration_id)
    if cached is None or cached[0] < now:
        if len(_receiving) >= RECEIVER_CACHE_SIZE:
            _receiving.clear()  # ids that do not exist must not fill the memory
        found = await Integration.get_or_none(id=integration_id, disabled_at__isnull=True)
        cached = _receiving[integration_id] = (now + RECEIVER_CACHE.total_seconds(), found)
    integration = cached[1]
    if integration is None or integration.provider != provider:
        raise UnknownIntegration(f"no {provider.value} integration {integration_id}")
    return integration


def forget(integration: Integration) -> None:
    """Drop the integration from this process's receiver cache (it changed)."""
    _receiving.pop(integration.id, None)


def signing_secrets(integration: Integration, name: str) -> list[str]:
    """The secret `name`, then its predecessor while the rotation's grace period lasts."""
    found = [secrets.unseal_remembered(integration.sealed).get(name)]
    if integration.previous_until is not None and integration.previous_until > clock.now():
        found.append(secrets.unseal_remembered(integration.previous_sealed).get(name))
    return [secret for secret in found if secret]


async def rotate(
    actor: Principal, integration: Integration, new: dict[str, str], grace: timedelta
) -> Integration:
    """Replace some secrets; the replaced ones stay valid for `grace`."""
    allowed = secret_names(PROVIDERS[integration.provider].config)
    unknown = sorted(set(new) - allowed)
    if unknown:
        raise Invalid(
            f"{unknown[0]} is not a secret of {integration.provider.value}; "
            f"rotate one of {', '.join(sorted(allowed))}",
            field=f"secrets.{unknown[0]}",
        )
    current = secrets.unseal(integration.sealed)
    integration.previous_sealed = secrets.seal({k: current[k] for k in new if k in current})
    integration.previous_until = clock.now() + grace
    integration.sealed = secrets.seal(current | new)
    await integration.save()
    forget(integration)
    await audit.record(
        actor, "integration.rotate", "integration", integration.id, secrets=sorted(new)
    )
    return integration


async def disable(actor: Principal, integration: Integration) -> None:
    """Stop receiving: its URL answers 404 and its secrets are destroyed."""
    integration.disabled_at = clock.now()
    integration.sealed = secrets.seal({})
    integration.previous_sealed, integration.previous_until = "", None
    await integration.save()
    forget(integration)
    await audit.record(actor, "integration.disable", "integration", integration.id)


def webhook_url(public_url: str, integration: Integration) -> str | None:
    """Where the provider must send its webhooks; None for a provider that sends none."""
    if PROVIDERS[integration.provider].receiver is None:
        return None
    return f"{public_url.rstrip('/')}/webhooks/{integration.provider.value}/{integration.id}"
