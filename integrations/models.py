"""The tables of integrations: connections, the webhook inbox, orders, stream offsets, and the
endpoints and deliveries of outgoing webhooks."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:  # imported for the annotations only: Tortoise would list them here too
    from crm.models import Contact, Workspace


class Provider(StrEnum):
    """A system the CRM takes customers, orders and invoices from."""

    SHOPIFY = "shopify"
    STRIPE = "stripe"
    QUICKBOOKS = "quickbooks"
    XERO = "xero"
    FORTNOX = "fortnox"  # no HTTP webhooks: `crm fortnox listen` reads its WebSocket topics


class Integration(Model):
    """One workspace's connection to one provider account.

    `settings` holds the non-secret part of its configuration; the secrets (webhook signing
    keys, OAuth2 client secret and tokens) live only in `sealed`, encrypted (see secrets.py).
    After a rotation the replaced secrets stay in `previous_sealed`, accepted until
    `previous_until`.
    """

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="integrations", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    provider = fields.CharEnumField(Provider, max_length=16)
    name = fields.CharField(max_length=200, default="")
    settings: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    sealed = fields.TextField()
    previous_sealed = fields.TextField(default="")
    previous_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(default="")  # e.g. a refused refresh token: reconnect it
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    disabled_at = fields.DatetimeField(null=True)  # deleted through the API; receivers 404

    class Meta:
        table = "integrations"
        indexes = (("workspace", "provider"),)


class InboxStatus(StrEnum):
    RECEIVED = "received"  # stored and acknowledged; process_events will read it
    PROCESSED = "processed"
    IGNORED = "ignored"  # a topic or entity the CRM does not act on; `note` says which
    FAILED = "failed"  # the last attempt failed (`error`); retried, then `crm webhooks replay`
    REJECTED = "rejected"  # correctly signed but unreadable; `error` says why; never processed


class InboxEvent(Model):
    """One upstream event, stored before it is acknowledged.

    Unique per integration (one provider account) and upstream event id, so a retried or
    duplicated delivery is acknowledged and dropped. Not per provider alone: two workspaces
    connected to one Stripe account both receive its events. `payload` is the raw event; it
    is blanked when the person it names is erased (the row stays, so a late retry is still
    recognised) and the row is deleted after the workspace's `webhook_payload_days`.
    """

    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField()
    integration: fields.ForeignKeyRelation[Integration] = fields.ForeignKeyField(
        "models.Integration", related_name="inbox", on_delete=fields.CASCADE
    )
    integration_id: int  # the column behind `integration`
    provider = fields.CharEnumField(Provider, max_length=16)
    upstream_id = fields.CharField(max_length=255)
    topic = fields.CharField(max_length=100)
    status = fields.CharEnumField(InboxStatus, max_length=16, default=InboxStatus.RECEIVED)
    payload = fields.TextField()
    occurred_at = fields.DatetimeField(null=True)  # when the provider says it happened
    received_at = fields.DatetimeField()
    processed_at = fields.DatetimeField(null=True)
    contact_id = fields.BigIntField(null=True)  # the person it named, once processed
    note = fields.TextField(default="")  # what processing did not do, and why
    error = fields.TextField(default="")

    class Meta:
        table = "webhook_inbox"
        unique_together = (("integration", "upstream_id"),)
        indexes = (("workspace_id", "received_at"), ("status", "received_at"), ("contact_id",))


class IntegrationContact(Model):
    """A contact that came through an integration: whom a Shopify `shop/redact` erases."""

    id = fields.BigIntField(primary_key=True)
    integration: fields.ForeignKeyRelation[Integration] = fields.ForeignKeyField(
        "models.Integration", related_name="contact_links", on_delete=fields.CASCADE
    )
    integration_id: int  # the column behind `integration`
    contact: fields.ForeignKeyRelation[Contact] = fields.ForeignKeyField(
        "models.Contact", related_name="integration_links", on_delete=fields.CASCADE
    )
    contact_id: int  # the column behind `contact`
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "integration_contacts"
        unique_together = (("integration", "contact"),)
        indexes = (("contact",),)


class OrderKind(StrEnum):
    ORDER = "order"  # a shop order or a one-off payment
    INVOICE = "invoice"


class OrderStatus(StrEnum):
    """Ranked: on equal upstream timestamps the later stage wins (created, then paid)."""

    DRAFT = "draft"  # not yet issued
    PENDING = "pending"  # placed or issued, not (fully) paid
    PAID = "paid"  # the only status counted in the contact's commerce summary
    CANCELLED = "cancelled"  # cancelled, voided, deleted or refunded upstream

    @property
    def rank(self) -> int:
        return list(OrderStatus).index(self)


class Order(Model):
    """An order or an invoice as its provider last described it (the newest version wins)."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="orders", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    integration: fields.ForeignKeyNullableRelation[Integration] = fields.ForeignKeyField(
        "models.Integration", related_name="orders", null=True, on_delete=fields.SET_NULL
    )
    integration_id: int | None  # the column behind `integration`
    contact: fields.ForeignKeyNullableRelation[Contact] = fields.ForeignKeyField(
        "models.Contact", related_name="orders", null=True, on_delete=fields.SET_NULL
    )
    contact_id: int | None  # the column behind `contact`
    provider = fields.CharEnumField(Provider, max_length=16)
    kind = fields.CharEnumField(OrderKind, max_length=8)
    external_id = fields.CharField(max_length=128)
    number = fields.CharField(max_length=64, default="")
    status = fields.CharEnumField(OrderStatus, max_length=16)
    currency = fields.CharField(max_length=3, default="")
    total = fields.DecimalField(max_digits=14, decimal_places=2, default=0)
    placed_at = fields.DatetimeField(null=True)
    upstream_updated_at = fields.DatetimeField()  # decides which version of it wins
    items: fields.JSONField[list[Any]] = fields.JSONField(
        default=list
    )  # [{"title", "quantity", "price"}], the first few
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "orders"
        unique_together = (("workspace", "provider", "kind", "external_id"),)
        indexes = (("contact", "status"),)


class StreamOffset(Model):
    """The last event stored from a streamed topic, so a restart resumes after it."""

    id = fields.IntField(primary_key=True)
    stream = fields.CharField(max_length=32)  # "fortnox"
    topic = fields.CharField(max_length=64)
    offset = fields.CharField(max_length=128)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "stream_offsets"
        unique_together = (("stream", "topic"),)


class WebhookEndpoint(Model):
    """A URL a workspace registered for the CRM's own events, with its signing secret."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="webhook_endpoints", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    url = fields.CharField(max_length=2000)
    events: fields.JSONField[list[Any]] = fields.JSONField(default=list)  # the event types it wants
    description = fields.CharField(max_length=200, default="")
    sealed_secret = fields.TextField()
    previous_sealed = fields.TextField(default="")  # also signs until `previous_until`
    previous_until = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    disabled_at = fields.DatetimeField(null=True)

    class Meta:
        table = "webhook_endpoints"
        indexes = (("workspace", "disabled_at"),)


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # waiting for its first attempt or a retry
    DELIVERED = "delivered"  # the endpoint answered 2xx
    FAILED = "failed"  # every attempt failed; `error` holds the last reason


class WebhookDelivery(Model):
    """One event for one endpoint; erased with the contact it names, kept for
    `webhook_payload_days` otherwise."""

    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField()
    endpoint: fields.ForeignKeyRelation[WebhookEndpoint] = fields.ForeignKeyField(
        "models.WebhookEndpoint", related_name="deliveries", on_delete=fields.CASCADE
    )
    endpoint_id: int  # the column behind `endpoint`
    event_id = fields.CharField(max_length=40)  # the receiver's idempotency key
    type = fields.CharField(max_length=64)
    contact_id = fields.BigIntField(null=True)
    payload = fields.TextField()  # the exact bytes signed and sent
    status = fields.CharEnumField(DeliveryStatus, max_length=16, default=DeliveryStatus.PENDING)
    attempts = fields.IntField(default=0)
    response_status = fields.IntField(null=True)
    error = fields.TextField(default="")
    created_at = fields.DatetimeField()
    delivered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "webhook_deliveries"
        indexes = (("workspace_id", "created_at"), ("contact_id",), ("endpoint", "id"))
