"""The append-only audit log of personal-data reads and of every change."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class AppendOnlyError(RuntimeError):
    """Raised when code tries to change or delete a row of an append-only table."""


class AppendOnlyModel(Model):
    """A model whose rows, once written, are never updated or deleted through the ORM.

    PostgreSQL backs this with a trigger (see the migrations), so raw SQL cannot either.
    """

    class Meta:
        abstract = True

    async def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._saved_in_db:
            await super().save(*args, **kwargs)
            return
        raise AppendOnlyError(f"{type(self).__name__} rows are append-only")

    async def delete(self, *args: Any, **kwargs: Any) -> None:
        raise AppendOnlyError(f"{type(self).__name__} rows are append-only")


class AuditEntry(AppendOnlyModel):
    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField(null=True)
    actor_type = fields.CharField(max_length=16)  # user, api_key, system
    actor_id = fields.CharField(max_length=64, default="")
    actor_label = fields.CharField(max_length=320, default="")
    action = fields.CharField(max_length=64)  # e.g. contact.read, contact.update
    subject_type = fields.CharField(max_length=32, default="")
    subject_id = fields.CharField(max_length=64, default="", db_index=True)
    ip = fields.CharField(max_length=64, default="")
    at = fields.DatetimeField(db_index=True)
    details: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)

    class Meta:
        table = "audit_log"
        indexes = (("workspace_id", "id"),)  # the log is read per workspace, newest first
