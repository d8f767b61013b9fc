"""Outgoing webhooks: the CRM's own events, signed, to the URLs a workspace registers.

    POST <endpoint url>
    Content-Type: application/json
    X-CRM-Event: contact.created
    X-CRM-Delivery: evt_3f2a...            (the same on every retry: dedupe on it)
    X-CRM-Signature: t=1767268800,v1=<hex>[,v1=<hex>]

    {"id": "evt_3f2a...", "type": "contact.created", "created": 1767268800,
     "workspace_id": 1, "data": {"contact_id": 42, "email": "bob@example.com"}}

The signature is Stripe's scheme: HMAC-SHA256 with the endpoint's secret over
`"<t>.<body>"`, in lowercase hex; receivers should accept any `v1` (during a secret rotation
there is one per secret) and refuse a `t` far from their clock. Each (event, endpoint) pair is
a delivery row and a work row, written in the transaction of the change itself (crm.events);
a non-2xx answer or a network failure is retried with backoff. `data` carries ids and the
address only: never profile values or consent evidence.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import uuid
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import timedelta
from secrets import token_urlsafe
from typing import Any
from urllib.parse import urlsplit

import httpx

from crm import audit, clock, events, work
from crm.errors import CrmError, Invalid, NotFound
from crm.models import Workspace
from crm.principal import Principal
from crm.privacy import retention
from crm.privacy.hooks import eraser
from integrations import rest, secrets, signatures
from integrations.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint

DELIVER = "integrations.deliver_webhook"
# With work.py's doubling backoff capped at an hour: retries over about nine hours.
DELIVERY_ATTEMPTS = 18
# The emitting transaction commits within this; the sweeper covers a slower one.
DELIVERY_DELAY = timedelta(seconds=1)
SECRET_PREFIX = "whsec_"
# What each event tells a receiver; an event type not listed tells only the contact id.
FIELDS: dict[str, tuple[str, ...]] = {
    events.CONTACT_CREATED: ("contact_id", "email"),
    events.CONTACT_UPDATED: ("contact_id", "email", "fields"),
    events.CONTACT_UNSUBSCRIBED: ("contact_id", "email", "topic_id"),
    events.CONTACT_ERASED: ("contact_id",),
    events.CONSENT_CHANGED: (
        "contact_id",
        "email",
        "purpose",
        "topic_id",
        "action",
        "source",
        "occurred_at",
    ),
}


class DeliveryFailed(CrmError):
    """The endpoint did not answer 2xx; the work row retries it."""


def check_url(url: str) -> str:
    """An https URL on a public host: the CRM must not be made to call its own network (a
    first check by the URL alone; deliveries check every address the host resolves to)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host:
        raise Invalid("the URL must be an https:// URL", field="url")
    try:
        private = not ipaddress.ip_address(host).is_global
    except ValueError:
        private = host == "localhost" or host.endswith((".localhost", ".local", ".internal"))
    if private:
        raise Invalid("the URL must point to a public host", field="url")
    return url


def new_secret() -> str:
    return SECRET_PREFIX + token_urlsafe(32)


async def create(
    actor: Principal, url: str, types: list[str], description: str
) -> tuple[WebhookEndpoint, str]:
    """Register an endpoint; returns it and its signing secret (shown this once)."""
    secret = new_secret()
    endpoint = await WebhookEndpoint.create(
        workspace_id=actor.workspace_id,
        url=check_url(url),
        events=sorted(set(types)),
        description=description,
        sealed_secret=secrets.seal({"secret": secret}),
    )
    await audit.record(actor, "webhook_endpoint.create", "webhook_endpoint", endpoint.id)
    return endpoint, secret


async def get(workspace_id: int, endpoint_id: int) -> WebhookEndpoint:
    endpoint = await WebhookEndpoint.get_or_none(
        id=endpoint_id, workspace_id=workspace_id, disabled_at__isnull=True
    )
    if endpoint is None:
        raise NotFound(f"no webhook endpoint {endpoint_id}")
    return endpoint


async def rotate(actor: Principal, endpoint: WebhookEndpoint, grace: timedelta) -> str:
    """A new signing secret (returned once); the old one also signs for `grace`."""
    secret = new_secret()
    endpoint.previous_sealed = endpoint.sealed_secret
    endpoint.previous_until = clock.now() + grace
    endpoint.sealed_secret = secrets.seal({"secret": secret})
    await endpoint.save()
    await audit.record(actor, "webhook_endpoint.rotate", "webhook_endpoint", endpoint.id)
    return secret


async def disable(actor: Principal, endpoint: WebhookEndpoint) -> None:
    endpoint.disabled_at = clock.now()
    await endpoint.save()
    await audit.record(actor, "webhook_endpoint.disable", "webhook_endpoint", endpoint.id)


def signing_secrets(endpoint: WebhookEndpoint) -> list[str]:
    """The current secret, and the previous one during a rotation's grace period."""
    sealed = [endpoint.sealed_secret]
    if endpoint.previous_until is not None and endpoint.previous_until > clock.now():
        sealed.append(endpoint.previous_sealed)
    return [secrets.unseal(s)["secret"] for s in sealed]


# Inside `endpoints_read_once`, each workspace's endpoints are read once, not per event.
_endpoints: ContextVar[dict[int, list[WebhookEndpoint]] | None] = ContextVar(
    "outgoing_endpoints", default=None
)


@contextlib.contextmanager
def endpoints_read_once() -> Iterator[None]:
    """For a batch of changes written in one transaction: its events all see the endpoints
    as they were when the first was recorded."""
    token = _endpoints.set({})
    try:
        yield
    finally:
        _endpoints.reset(token)


async def _live_endpoints(workspace_id: int) -> list[WebhookEndpoint]:
    known = _endpoints.get()
    if known is not None and workspace_id in known:
        return known[workspace_id]
    found = await WebhookEndpoint.filter(workspace_id=workspace_id, disabled_at__isnull=True)
    if known is not None:
        known[workspace_id] = found
    return found


@events.listen
async def record(workspace_id: int, type: str, data: dict[str, Any]) -> None:
    """Write a delivery (and its work) for each endpoint of the workspace wanting `type`."""
    endpoints = [e for e in await _live_endpoints(workspace_id) if not e.events or type in e.events]
    if not endpoints:
        return
    now = clock.now()
    event_id = f"evt_{uuid.uuid4().hex}"
    body = {
        "id": event_id,
        "type": type,
        "created": int(now.timestamp()),
        "workspace_id": workspace_id,
        "data": {key: data[key] for key in FIELDS.get(type, ("contact_id",)) if key in data},
    }
    payload = json.dumps(body, separators=(",", ":"))
    for endpoint in endpoints:
        delivery = await WebhookDelivery.create(
            workspace_id=workspace_id,
            endpoint=endpoint,
            event_id=event_id,
            type=type,
            contact_id=data.get("contact_id"),
            payload=payload,
            created_at=now,
        )
        await work.enqueue(DELIVER, delivery.id, delay=DELIVERY_DELAY)


@work.task(DELIVER, max_attempts=DELIVERY_ATTEMPTS)
async def deliver(ref: str) -> None:
    """POST one delivery; raises DeliveryFailed (to be retried) unless it gets a 2xx."""
    delivery = await WebhookDelivery.get_or_none(id=int(ref)).prefetch_related("endpoint")
    if delivery is None or delivery.status == DeliveryStatus.DELIVERED:
        return  # erased with its contact, or already delivered
    endpoint = delivery.endpoint
    attempts = delivery.attempts + 1
    if endpoint.disabled_at is not None:
        await _update(delivery, attempts, DeliveryStatus.FAILED, None, "the endpoint is disabled")
        return
    body = delivery.payload.encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "consent-crm-webhooks/1",
        "X-CRM-Event": delivery.type,
        "X-CRM-Delivery": delivery.event_id,
        "X-CRM-Signature": signatures.timestamped_header(
            signing_secrets(endpoint), int(clock.now().timestamp()), body
        ),
    }
    status = None
    try:
        async with (
            rest.http_client(public_only=True) as http,
            http.stream("POST", endpoint.url, content=body, headers=headers) as response,
        ):
            status = response.status_code  # the body is not read: it is not ours to store
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__}: {exc}"
    else:
        if response.is_success:
            await _update(delivery, attempts, DeliveryStatus.DELIVERED, status, "")
            return
        error = f"the endpoint answered {status}"
    final = attempts >= DELIVERY_ATTEMPTS
    await _update(
        delivery,
        attempts,
        DeliveryStatus.FAILED if final else DeliveryStatus.PENDING,
        status,
        error,
    )
    raise DeliveryFailed(error)


async def _update(
    delivery: WebhookDelivery,
    attempts: int,
    status: DeliveryStatus,
    response_status: int | None,
    error: str,
) -> None:
    await WebhookDelivery.filter(id=delivery.id).update(
        attempts=attempts,
        status=status,
        response_status=response_status,
        error=error,
        delivered_at=clock.now() if status == DeliveryStatus.DELIVERED else None,
    )


@eraser("webhook_deliveries")
async def erase_deliveries(workspace_id: int, contact_ids: list[int], email_hash: str) -> int:
    # Undelivered announcements naming the person are dropped too: they carry the address.
    return await WebhookDelivery.filter(
        workspace_id=workspace_id, contact_id__in=contact_ids
    ).delete()


@retention.step("webhook_deliveries")
async def delete_old_deliveries(workspace: Workspace) -> int:
    cutoff = clock.now() - timedelta(days=workspace.webhook_payload_days)
    return await WebhookDelivery.filter(workspace_id=workspace.id, created_at__lt=cutoff).delete()
