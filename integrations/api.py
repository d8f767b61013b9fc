"""Integrations and outgoing webhook endpoints over the API (admins only).

`POST /integrations` takes `{"provider", "name", "config"}`; the config's secrets are sealed
and never returned, not even in that response. An endpoint's signing secret is returned once,
when it is created or rotated.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import reduce
from operator import or_
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    RootModel,
    SecretStr,
    ValidationError,
    create_model,
    model_validator,
)
from starlette.requests import Request
from tortoise.queryset import QuerySet

from crm import events
from crm.api.routing import Call
from crm.api.v1 import api
from crm.contacts import queries
from crm.errors import Invalid
from crm.models import Role
from crm.settings import Settings
from integrations import connections, outgoing
from integrations.models import (
    DeliveryStatus,
    InboxEvent,
    InboxStatus,
    Integration,
    Provider,
    WebhookDelivery,
    WebhookEndpoint,
)
from integrations.providers import PROVIDERS

Out = TypeVar("Out", bound=BaseModel)
EventType = Literal[events.TYPES]  # type: ignore[valid-type]
MAX_GRACE_HOURS = 24 * 7  # old secrets stay valid a week at most: long enough to roll out


def _integration_in(provider: Provider) -> type[BaseModel]:
    return create_model(  # type: ignore[call-overload,no-any-return]
        f"{provider.value.capitalize()}IntegrationIn",
        __config__=ConfigDict(extra="forbid"),
        provider=(Literal[provider.value], ...),  # type: ignore[arg-type,valid-type]
        name=(str, Field("", max_length=200)),
        config=(PROVIDERS[provider].config, ...),
    )


class IntegrationIn(
    RootModel[  # type: ignore[misc]
        Annotated[reduce(or_, map(_integration_in, PROVIDERS)), Field(discriminator="provider")]
    ]
):
    """One provider's integration; the shape of `config` depends on `provider`."""

    @model_validator(mode="wrap")
    @classmethod
    def _named_as_sent(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        # Errors name the field as the caller wrote it (`config.client_secret`), not by the
        # union's branch (`shopify.config.client_secret`).
        try:
            return handler(data)
        except ValidationError as exc:
            error = exc.errors()[0]
            if error["type"].startswith("union_tag"):
                known = ", ".join(p.value for p in PROVIDERS)
                raise Invalid(f"provider must be one of {known}", field="provider") from exc
            field = ".".join(str(part) for part in error["loc"][1:])
            raise Invalid(error["msg"].removeprefix("Value error, "), field=field) from exc


class IntegrationOut(BaseModel):
    id: int
    provider: Provider
    name: str
    webhook_url: str | None = Field(description="give this to the provider; null for Fortnox")
    settings: dict[str, Any] = Field(description="the configuration without its secrets")
    secrets: list[str] = Field(description="the names of the secrets held (never their values)")
    previous_secrets_valid_until: datetime | None
    last_error: str
    created_at: datetime
    disabled_at: datetime | None


class IntegrationList(BaseModel):
    items: list[IntegrationOut]


class RotateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    secrets: dict[str, SecretStr] = Field(min_length=1, description="the new values, by name")
    grace_hours: int = Field(24, ge=0, le=MAX_GRACE_HOURS, description="the old ones stay valid")


class PageQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cursor: str | None = None
    limit: int = Field(50, ge=1, le=queries.MAX_PAGE)


class InboxQuery(PageQuery):
    status: InboxStatus | None = None


class InboxEventOut(BaseModel):
    id: int
    upstream_id: str
    topic: str
    status: InboxStatus
    occurred_at: datetime | None
    received_at: datetime
    processed_at: datetime | None
    contact_id: int | None
    note: str
    error: str


class InboxPage(BaseModel):
    items: list[InboxEventOut]
    next_cursor: str | None


class EndpointIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=2000, description="https, on a public host")
    events: list[EventType] = Field(
        default_factory=list, description="the event types to send; empty: all of them"
    )
    description: str = Field("", max_length=200)


class EndpointOut(BaseModel):
    id: int
    url: str
    events: list[str]
    description: str
    previous_secret_valid_until: datetime | None
    created_at: datetime


class NewEndpointOut(EndpointOut):
    secret: str = Field(description="the signing secret; shown this once and never again")


class EndpointList(BaseModel):
    items: list[EndpointOut]


class EndpointRotateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    grace_hours: int = Field(24, ge=0, le=MAX_GRACE_HOURS, description="the old one still signs")


class DeliveryQuery(PageQuery):
    status: DeliveryStatus | None = None


class DeliveryOut(BaseModel):
    id: int
    event_id: str
    type: str
    status: DeliveryStatus
    attempts: int
    response_status: int | None
    error: str
    created_at: datetime
    delivered_at: datetime | None


class DeliveryPage(BaseModel):
    items: list[DeliveryOut]
    next_cursor: str | None


async def _page(
    query: QuerySet[Any], q: InboxQuery | DeliveryQuery, out: type[Out]
) -> tuple[list[Out], str | None]:
    """One page of `query` in id order, narrowed to `q.status` when given, as `out`."""
    if q.status is not None:
        query = query.filter(status=q.status)
    rows, cursor = await queries.page(query.order_by("id"), q.cursor, q.limit)
    return [out.model_validate(row, from_attributes=True) for row in rows], cursor


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _out(request: Request, integration: Integration) -> IntegrationOut:
    spec = PROVIDERS[integration.provider]
    held = connections.secret_names(spec.config) if integration.disabled_at is None else set()
    return IntegrationOut(
        id=integration.id,
        provider=integration.provider,
        name=integration.name,
        webhook_url=connections.webhook_url(_settings(request).public_url, integration),
        settings=integration.settings,
        secrets=sorted(held),
        previous_secrets_valid_until=integration.previous_until,
        last_error=integration.last_error,
        created_at=integration.created_at,
        disabled_at=integration.disabled_at,
    )


@api.operation(
    "POST",
    "/integrations",
    summary="Connect a provider (Shopify, Stripe, QuickBooks, Xero, Fortnox)",
    tag="integrations",
    role=Role.ADMIN,
    body=IntegrationIn,
    response=IntegrationOut,
    status=201,
)
async def create_integration(call: Call) -> IntegrationOut:
    data = call.body.root
    integration = await connections.create(
        call.principal, Provider(data.provider), data.name, data.config
    )
    return _out(call.request, integration)


@api.operation(
    "GET",
    "/integrations",
    summary="List integrations",
    tag="integrations",
    role=Role.ADMIN,
    response=IntegrationList,
)
async def list_integrations(call: Call) -> IntegrationList:
    rows = await Integration.filter(workspace_id=call.principal.workspace_id).order_by("id")
    return IntegrationList(items=[_out(call.request, row) for row in rows])


@api.operation(
    "GET",
    "/integrations/{integration_id:int}",
    summary="Read an integration (without its secrets)",
    tag="integrations",
    role=Role.ADMIN,
    response=IntegrationOut,
)
async def get_integration(call: Call) -> IntegrationOut:
    integration = await connections.get(call.principal.workspace_id, call.path["integration_id"])
    return _out(call.request, integration)


@api.operation(
    "POST",
    "/integrations/{integration_id:int}/rotate",
    summary="Replace secrets; the old values stay valid for a grace period",
    tag="integrations",
    role=Role.ADMIN,
    body=RotateIn,
    response=IntegrationOut,
)
async def rotate_integration(call: Call) -> IntegrationOut:
    data: RotateIn = call.body
    integration = await connections.get(call.principal.workspace_id, call.path["integration_id"])
    new = {name: value.get_secret_value() for name, value in data.secrets.items()}
    await connections.rotate(call.principal, integration, new, timedelta(hours=data.grace_hours))
    return _out(call.request, integration)


@api.operation(
    "DELETE",
    "/integrations/{integration_id:int}",
    summary="Disconnect an integration: its URL stops answering and its secrets are destroyed",
    tag="integrations",
    role=Role.ADMIN,
    status=204,
)
async def delete_integration(call: Call) -> None:
    integration = await connections.get(call.principal.workspace_id, call.path["integration_id"])
    await connections.disable(call.principal, integration)


@api.operation(
    "GET",
    "/integrations/{integration_id:int}/events",
    summary="The integration's received events, with what processing did (no payloads)",
    tag="integrations",
    role=Role.ADMIN,
    query=InboxQuery,
    response=InboxPage,
)
async def list_inbox(call: Call) -> InboxPage:
    integration = await connections.get(call.principal.workspace_id, call.path["integration_id"])
    items, cursor = await _page(
        InboxEvent.filter(integration_id=integration.id), call.query, InboxEventOut
    )
    return InboxPage(items=items, next_cursor=cursor)


def _endpoint_out(endpoint: WebhookEndpoint) -> EndpointOut:
    return EndpointOut(
        id=endpoint.id,
        url=endpoint.url,
        events=endpoint.events,
        description=endpoint.description,
        previous_secret_valid_until=endpoint.previous_until,
        created_at=endpoint.created_at,
    )


@api.operation(
    "POST",
    "/webhook-endpoints",
    summary="Register a URL for the CRM's events (the signing secret is in this response only)",
    tag="webhooks",
    role=Role.ADMIN,
    body=EndpointIn,
    response=NewEndpointOut,
    status=201,
)
async def create_endpoint(call: Call) -> NewEndpointOut:
    data: EndpointIn = call.body
    endpoint, secret = await outgoing.create(
        call.principal, data.url, list(data.events), data.description
    )
    return NewEndpointOut(**_endpoint_out(endpoint).model_dump(), secret=secret)


@api.operation(
    "GET",
    "/webhook-endpoints",
    summary="List webhook endpoints",
    tag="webhooks",
    role=Role.ADMIN,
    response=EndpointList,
)
async def list_endpoints(call: Call) -> EndpointList:
    rows = await WebhookEndpoint.filter(
        workspace_id=call.principal.workspace_id, disabled_at__isnull=True
    ).order_by("id")
    return EndpointList(items=[_endpoint_out(row) for row in rows])


@api.operation(
    "POST",
    "/webhook-endpoints/{endpoint_id:int}/rotate",
    summary="A new signing secret (in this response only); the old one signs for a grace period",
    tag="webhooks",
    role=Role.ADMIN,
    body=EndpointRotateIn,
    response=NewEndpointOut,
)
async def rotate_endpoint(call: Call) -> NewEndpointOut:
    endpoint = await outgoing.get(call.principal.workspace_id, call.path["endpoint_id"])
    grace = timedelta(hours=call.body.grace_hours)
    secret = await outgoing.rotate(call.principal, endpoint, grace)
    return NewEndpointOut(**_endpoint_out(endpoint).model_dump(), secret=secret)


@api.operation(
    "DELETE",
    "/webhook-endpoints/{endpoint_id:int}",
    summary="Remove a webhook endpoint; deliveries not yet made are dropped",
    tag="webhooks",
    role=Role.ADMIN,
    status=204,
)
async def delete_endpoint(call: Call) -> None:
    endpoint = await outgoing.get(call.principal.workspace_id, call.path["endpoint_id"])
    await outgoing.disable(call.principal, endpoint)


@api.operation(
    "GET",
    "/webhook-endpoints/{endpoint_id:int}/deliveries",
    summary="An endpoint's deliveries and their fate",
    tag="webhooks",
    role=Role.ADMIN,
    query=DeliveryQuery,
    response=DeliveryPage,
)
async def list_deliveries(call: Call) -> DeliveryPage:
    endpoint = await outgoing.get(call.principal.workspace_id, call.path["endpoint_id"])
    items, cursor = await _page(
        WebhookDelivery.filter(endpoint_id=endpoint.id), call.query, DeliveryOut
    )
    return DeliveryPage(items=items, next_cursor=cursor)
