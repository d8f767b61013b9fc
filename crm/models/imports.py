"""CSV import jobs: the uploaded file (in chunks), progress counters and per-row errors."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model

from crm.models.workspace import Workspace


class ImportStatus(StrEnum):
    QUEUED = "queued"  # stored, waiting for a worker
    RUNNING = "running"
    DONE = "done"  # finished; bad rows, if any, are in import_row_errors
    FAILED = "failed"  # the file itself could not be read (encoding, no header)


class ImportJob(Model):
    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="imports", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    filename = fields.CharField(max_length=255)
    status = fields.CharEnumField(ImportStatus, max_length=16, default=ImportStatus.QUEUED)
    mapping: fields.JSONField[dict[str, Any]] = fields.JSONField(
        default=dict
    )  # CSV column -> contact field
    encoding = fields.CharField(max_length=32, default="auto")
    tags: fields.JSONField[list[Any]] = fields.JSONField(
        default=list
    )  # tags given to every imported contact
    size_bytes = fields.BigIntField(default=0)
    bytes_done = fields.BigIntField(default=0)
    rows_total = fields.IntField(default=0)
    rows_created = fields.IntField(default=0)
    rows_updated = fields.IntField(default=0)
    rows_duplicate = fields.IntField(default=0)  # repeated email within the file
    rows_failed = fields.IntField(default=0)
    error = fields.TextField(default="")
    created_by = fields.CharField(max_length=320, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "import_jobs"


class ImportChunk(Model):
    """A piece of the uploaded file, so any worker on any host can read it from the database."""

    id = fields.BigIntField(primary_key=True)
    job: fields.ForeignKeyRelation[ImportJob] = fields.ForeignKeyField(
        "models.ImportJob", related_name="chunks", on_delete=fields.CASCADE
    )
    job_id: int  # the column behind `job`
    seq = fields.IntField()
    data = fields.BinaryField()

    class Meta:
        table = "import_chunks"
        unique_together = (("job", "seq"),)


class ImportRowError(Model):
    id = fields.BigIntField(primary_key=True)
    job: fields.ForeignKeyRelation[ImportJob] = fields.ForeignKeyField(
        "models.ImportJob", related_name="row_errors", on_delete=fields.CASCADE
    )
    job_id: int  # the column behind `job`
    line = fields.IntField()  # 1-based line number in the file, the header being line 1
    field = fields.CharField(max_length=64, default="")
    reason = fields.TextField()

    class Meta:
        table = "import_row_errors"
        indexes = (("job", "line"),)
