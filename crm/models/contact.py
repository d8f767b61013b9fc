"""Contacts and what hangs off them: tags, custom field definitions, external ids, merges."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model

from crm.models.workspace import Workspace


class FieldType(StrEnum):
    """The type of a workspace-defined custom field; values are checked against it."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"  # ISO 8601 calendar date, stored as "YYYY-MM-DD"
    BOOLEAN = "boolean"
    CHOICE = "choice"  # one of the definition's `choices`


class Contact(Model):
    """A person, unique per workspace by normalized email.

    `field_times` maps each profile field (and `custom.<key>`) to the ISO time its value was
    observed at the source; an upsert only replaces a value with one observed at the same
    time or later (see crm/contacts/upsert.py).
    """

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="contacts", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    email = fields.CharField(max_length=320)
    first_name = fields.CharField(max_length=200, default="")
    last_name = fields.CharField(max_length=200, default="")
    phone = fields.CharField(max_length=32, default="")  # E.164
    company = fields.CharField(max_length=200, default="")
    address_line1 = fields.CharField(max_length=200, default="")
    address_line2 = fields.CharField(max_length=200, default="")
    city = fields.CharField(max_length=120, default="")
    region = fields.CharField(max_length=120, default="")
    postal_code = fields.CharField(max_length=32, default="")
    country = fields.CharField(max_length=2, default="")  # ISO 3166-1 alpha-2
    locale = fields.CharField(max_length=35, default="")  # BCP 47
    timezone = fields.CharField(max_length=64, default="")  # IANA
    source = fields.CharField(max_length=32, default="api")
    custom: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    field_times: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    orders_count = fields.IntField(default=0)
    total_spent = fields.DecimalField(max_digits=14, decimal_places=2, default=0)
    currency = fields.CharField(max_length=3, default="")
    first_order_at = fields.DatetimeField(null=True)
    last_order_at = fields.DatetimeField(null=True)
    # A merged contact is kept, pointing at the survivor, so both histories stay provable.
    merged_into: fields.ForeignKeyNullableRelation[Contact] = fields.ForeignKeyField(
        "models.Contact", related_name="merged_from", null=True, on_delete=fields.SET_NULL
    )
    merged_into_id: int | None  # the column behind `merged_into`
    # Kept but excluded from every processing (campaigns, audiences, scoring): GDPR art. 18.
    restricted_at = fields.DatetimeField(null=True)
    # Opted out of sale/share (CCPA): never sent to ad platforms.
    sale_opt_out_at = fields.DatetimeField(null=True)
    erased_at = fields.DatetimeField(null=True)  # personal fields scrubbed; the row stays as proof
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "contacts"
        unique_together = (("workspace", "email"),)
        indexes = (("workspace", "id"),)  # keyset pages of one workspace


class Tag(Model):
    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="tags", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    name = fields.CharField(max_length=100)  # stored lower-cased, so tags match however typed
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "tags"
        unique_together = (("workspace", "name"),)


class ContactTag(Model):
    id = fields.BigIntField(primary_key=True)
    contact: fields.ForeignKeyRelation[Contact] = fields.ForeignKeyField(
        "models.Contact", related_name="tag_links", on_delete=fields.CASCADE
    )
    contact_id: int  # the column behind `contact`
    tag: fields.ForeignKeyRelation[Tag] = fields.ForeignKeyField(
        "models.Tag", related_name="contact_links", on_delete=fields.CASCADE
    )
    tag_id: int  # the column behind `tag`

    class Meta:
        table = "contact_tags"
        unique_together = (("contact", "tag"),)
        indexes = (("tag", "contact"),)


class FieldDefinition(Model):
    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="field_definitions", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    key = fields.CharField(max_length=64)
    label = fields.CharField(max_length=200)
    type = fields.CharEnumField(FieldType, max_length=16)
    choices: fields.JSONField[list[Any]] = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "field_definitions"
        unique_together = (("workspace", "key"),)


class ExternalId(Model):
    """The contact's id in another system (Shopify customer id, Stripe customer id, ...)."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="external_ids", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    contact: fields.ForeignKeyRelation[Contact] = fields.ForeignKeyField(
        "models.Contact", related_name="external_ids", on_delete=fields.CASCADE
    )
    contact_id: int  # the column behind `contact`
    provider = fields.CharField(max_length=32)
    external_id = fields.CharField(max_length=128)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "external_ids"
        unique_together = (("workspace", "provider", "external_id"),)
        indexes = (("contact",),)


class ContactMerge(Model):
    """A record that `merged` was folded into `survivor`, by whom and when."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="merges", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    survivor: fields.ForeignKeyRelation[Contact] = fields.ForeignKeyField(
        "models.Contact", related_name="merges_won", on_delete=fields.CASCADE
    )
    survivor_id: int  # the column behind `survivor`
    merged: fields.ForeignKeyRelation[Contact] = fields.ForeignKeyField(
        "models.Contact", related_name="merges_lost", on_delete=fields.CASCADE
    )
    merged_id: int  # the column behind `merged`
    actor = fields.CharField(max_length=200)
    merged_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "contact_merges"
