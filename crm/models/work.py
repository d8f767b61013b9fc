"""Work rows: every background job is a row first and a broker message second."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class WorkStatus(StrEnum):
    PENDING = "pending"  # due at `due_at`; the sweeper re-sends it if the message was lost
    RUNNING = "running"  # claimed by a worker until `lease_until`
    DONE = "done"
    FAILED = "failed"  # gave up after `max_attempts`; kept with its error for replay


class WorkItem(Model):
    id = fields.BigIntField(primary_key=True)
    task = fields.CharField(max_length=100)  # the registered task name
    ref = fields.CharField(max_length=100)  # the id of the row the task works on
    status = fields.CharEnumField(WorkStatus, max_length=16, default=WorkStatus.PENDING)
    attempts = fields.IntField(default=0)
    max_attempts = fields.IntField(default=8)
    due_at = fields.DatetimeField()
    lease_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "work_items"
        indexes = (("status", "due_at"),)
