"""Data subject requests: what was asked, when it is due, when it was done."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model

from crm.models.workspace import Workspace


class RequestType(StrEnum):
    ACCESS = "access"  # GDPR art. 15 / CCPA right to know
    PORTABILITY = "portability"  # GDPR art. 20: the same data, machine-readable
    RECTIFICATION = "rectification"  # GDPR art. 16
    ERASURE = "erasure"  # GDPR art. 17 / CCPA right to delete
    RESTRICTION = "restriction"  # GDPR art. 18: kept, but excluded from all processing
    OBJECTION = "objection"  # GDPR art. 21(2): no more direct marketing
    OPT_OUT_SALE = "opt_out_sale"  # CCPA: do not sell or share (no audience sync)


class Jurisdiction(StrEnum):
    GDPR = "gdpr"  # answer within one month (30 days here)
    CCPA = "ccpa"  # answer within 45 days


class RequestStatus(StrEnum):
    RECEIVED = "received"
    COMPLETED = "completed"
    REJECTED = "rejected"  # e.g. the person could not be found


class PrivacyRequest(Model):
    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="privacy_requests", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    contact_id = fields.BigIntField(null=True)
    type = fields.CharEnumField(RequestType, max_length=16)
    jurisdiction = fields.CharEnumField(Jurisdiction, max_length=8)
    status = fields.CharEnumField(RequestStatus, max_length=16, default=RequestStatus.RECEIVED)
    received_at = fields.DatetimeField()
    due_at = fields.DatetimeField()
    completed_at = fields.DatetimeField(null=True)
    requested_by = fields.CharField(max_length=320, default="")  # the actor who filed it
    notes = fields.TextField(default="")
    result: fields.JSONField[dict[str, Any]] = fields.JSONField(
        default=dict
    )  # what was done (no personal data after erasure)

    class Meta:
        table = "privacy_requests"
        indexes = (("workspace", "status", "due_at"),)
