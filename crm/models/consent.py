"""The consent ledger, its projection, topics, policy versions and the suppression list."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model

from crm.models.audit import AppendOnlyModel
from crm.models.workspace import Workspace


class Purpose(StrEnum):
    """What a person consents to; each has its own ledger history and state."""

    EMAIL_MARKETING = "email_marketing"  # campaigns; topics refine it
    ADS = "ads"  # retargeting and audience sync to ad platforms
    PROFILING = "profiling"  # engagement scoring


class ConsentAction(StrEnum):
    GRANTED = "granted"  # a single opt-in
    PENDING = "pending"  # asked, waiting for the confirmation click of a double opt-in
    CONFIRMED = "confirmed"  # a double opt-in confirmed (or upstream confirmed opt-in)
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"  # a pending request never confirmed, or consent past its lifetime


class ConsentSource(StrEnum):
    SHOPIFY = "shopify"
    STRIPE = "stripe"
    INVOICING = "invoicing"
    FORM = "form"
    IMPORT = "import"
    API = "api"
    UNSUBSCRIBE_LINK = "unsubscribe_link"
    PREFERENCE_CENTRE = "preference_centre"
    ADMIN = "admin"


class Topic(Model):
    """A list a person can join or leave one by one, under email marketing."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="topics", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    key = fields.CharField(max_length=64)
    name = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "topics"
        unique_together = (("workspace", "key"),)


class SignupForm(Model):
    """A public signup form; its `key` is the only thing the page embedding it knows."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="forms", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    key = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=200)
    wording = fields.TextField()  # the consent text shown beside the button, kept as evidence
    topics: fields.JSONField[list[Any]] = fields.JSONField(
        default=list
    )  # topic keys a signup joins
    enabled = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "signup_forms"


class PolicyVersion(Model):
    """A published version of the workspace's privacy policy; evidence points at one."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="policies", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    version = fields.CharField(max_length=64)
    text = fields.TextField()
    effective_at = fields.DatetimeField()
    published_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "policy_versions"
        unique_together = (("workspace", "version"),)


class ConsentEvent(AppendOnlyModel):
    """One entry of a contact's consent history, hash-chained to the one before it.

    Holds no clear personal data: the evidence (IP, user agent, wording) lives in
    `consent_evidence`, which erasure deletes, and only its SHA-256 is chained here, so the
    proof survives erasure. `contact_id` is a bare number, not a foreign key, for the same reason.
    """

    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField()
    contact_id = fields.BigIntField()
    seq = fields.IntField()  # 1, 2, 3 ... per contact: a gap or a repeat is tampering
    purpose = fields.CharEnumField(Purpose, max_length=32)
    topic_id = fields.IntField(default=0)  # 0: the purpose as a whole
    action = fields.CharEnumField(ConsentAction, max_length=16)
    source = fields.CharEnumField(ConsentSource, max_length=32)
    policy_version_id = fields.IntField(null=True)
    evidence_hash = fields.CharField(max_length=64)
    occurred_at = fields.DatetimeField()  # when the person acted (upstream time)
    recorded_at = fields.DatetimeField()  # when we wrote it down
    prev_hash = fields.CharField(max_length=64)
    hash = fields.CharField(max_length=64)

    class Meta:
        table = "consent_events"
        unique_together = (("contact_id", "seq"),)
        indexes = (("workspace_id", "contact_id", "seq"),)


class ConsentEvidence(Model):
    """The clear evidence of one event; deleted by erasure, its hash stays in the ledger."""

    id = fields.BigIntField(primary_key=True)
    event_id = fields.BigIntField(unique=True)
    workspace_id = fields.IntField()
    contact_id = fields.BigIntField(db_index=True)
    data: fields.JSONField[Any] = fields.JSONField()

    class Meta:
        table = "consent_evidence"


class ConsentState(Model):
    """The current state per contact, purpose and topic: a projection of the ledger.

    Written in the same transaction as the event; what campaigns and audience sync read.
    """

    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField()
    contact_id = fields.BigIntField()
    purpose = fields.CharEnumField(Purpose, max_length=32)
    topic_id = fields.IntField(default=0)
    status = fields.CharEnumField(ConsentAction, max_length=16)
    event_id = fields.BigIntField()
    since = fields.DatetimeField()  # occurred_at of the event that set this status
    policy_version_id = fields.IntField(null=True)

    class Meta:
        table = "consent_state"
        unique_together = (("contact_id", "purpose", "topic_id"),)
        indexes = (("workspace_id", "purpose", "topic_id", "status"),)


class SuppressionReason(StrEnum):
    ERASED = "erased"  # the person asked to be forgotten
    UNSUBSCRIBED = "unsubscribed"
    BOUNCED = "bounced"  # a hard bounce
    COMPLAINED = "complained"  # marked as spam


class Suppression(Model):
    """An address that must not be mailed or re-consented without a fresh grant.

    Holds a keyed hash of the email (HMAC with the workspace's pseudonym key), never the email.
    """

    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField()
    email_hash = fields.CharField(max_length=64)
    reason = fields.CharEnumField(SuppressionReason, max_length=16)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "suppressions"
        unique_together = (("workspace_id", "email_hash", "reason"),)
