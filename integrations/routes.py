"""The public webhook receivers: POST /webhooks/{provider}/{integration_id}.

Each request: find the integration (404), read the raw body (413 past MAX_BODY), verify its
signature before parsing anything (401, nothing stored), parse it (400 and stored as
rejected when it is not the provider's JSON), store the events with their work rows, and
answer an empty 200 (Xero wants no body). Processing happens later, in a worker.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from crm import clock
from crm.api.errors import error_response
from crm.settings import Settings
from integrations import connections, inbox, secrets
from integrations.base import Delivery, Receiver
from integrations.errors import IntegrationError, MalformedEvent, PayloadTooLarge
from integrations.models import Provider
from integrations.providers import PROVIDERS

log = logging.getLogger(__name__)

MAX_BODY = 5_000_000  # bytes; Shopify's largest orders are a fraction of this


async def read_body(request: Request) -> bytes:
    """The raw body, refused past MAX_BODY without reading it all."""
    if int(request.headers.get("content-length") or 0) > MAX_BODY:
        raise PayloadTooLarge(f"the body is larger than {MAX_BODY} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise PayloadTooLarge(f"the body is larger than {MAX_BODY} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def receiver(provider: Provider, verifier: Receiver) -> Callable[[Request], Awaitable[Response]]:
    """The endpoint of one provider's webhooks."""

    async def receive(request: Request) -> Response:
        integration_id: int = request.path_params["integration_id"]
        try:
            integration = await connections.active(integration_id, provider)
            delivery = Delivery(request.headers, await read_body(request), clock.now())
            accepted = connections.signing_secrets(integration, verifier.signing_secret)
            verifier.verify(delivery, accepted, integration.settings)
            incoming = verifier.parse(delivery)
        except MalformedEvent as exc:
            await inbox.reject(integration, delivery, exc.message)
            return error_response(exc.status_code, exc.code, exc.message)
        except IntegrationError as exc:
            if exc.status_code == 401:
                log.warning(
                    "webhook signature refused",
                    extra={"integration": integration_id, "reason": exc.message},
                )
            return error_response(exc.status_code, exc.code, exc.message)
        await inbox.store(integration, incoming)
        return Response(status_code=200)

    receive.__name__ = f"receive_{provider.value}"
    return receive


def routes(settings: Settings) -> list[BaseRoute]:
    """The receivers of every provider that sends webhooks.

    Secrets are sealed with this app's SECRET_KEY, in its requests and in its workers.
    """
    secrets.configure(settings)
    return [
        Route(
            f"/webhooks/{provider.value}/{{integration_id:int}}",
            receiver(provider, spec.receiver),
            methods=["POST"],
        )
        for provider, spec in PROVIDERS.items()
        if spec.receiver is not None
    ]
