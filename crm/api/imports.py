"""CSV imports over the API: upload a file, follow its progress, read its bad rows.

The upload is checked before anything is stored (a readable header, a mapping that names real
fields and an email column), kept as database chunks and run by a worker. An import never
grants marketing consent; consent comes only from the ledger.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import StreamingResponse
from tortoise.transactions import in_transaction

from crm import audit, work
from crm.api.routing import Call
from crm.api.v1 import api
from crm.contacts import fields
from crm.contacts.normalize import normalize_tag
from crm.contacts.queries import decode_cursor, encode_cursor
from crm.errors import BadRequest, Invalid, NotFound
from crm.imports import mapping, reader, runner, uploads
from crm.models import ImportJob, ImportRowError, Role
from crm.models.imports import ImportStatus

MAX_UPLOAD_BYTES = 1024**3  # some ten million contacts; larger lists go through `crm import`
MAX_TAGS = 20  # tags given to every row of one import
CSV_PAGE = 1000  # error rows fetched per query while streaming the CSV report
_TAG_SEPARATORS = re.compile(r"[,;]")


class ImportOut(BaseModel):
    id: int
    filename: str
    status: ImportStatus
    encoding: str
    mapping: dict[str, str] = Field(description='CSV column -> contact field; "" is skipped')
    tags: list[str] = Field(description="given to every imported contact")
    size_bytes: int
    bytes_done: int
    progress: float = Field(description="share of the file read, 0 to 1")
    rows_total: int
    rows_created: int
    rows_updated: int = Field(description="rows matching a contact already there, changed or not")
    rows_duplicate: int = Field(description="rows repeating an email of an earlier row")
    rows_failed: int = Field(description="bad rows; see /imports/{id}/errors")
    error: str = Field(description="why the whole import failed, when it did")
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class RowErrorOut(BaseModel):
    line: int = Field(description="line in the file, the header being line 1")
    field: str = Field(description="the CSV column, or empty for the row as a whole")
    reason: str


class RowErrorPage(BaseModel):
    items: list[RowErrorOut]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page")


class ErrorsQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cursor: str | None = None
    limit: int = Field(100, ge=1, le=1000)
    format: Literal["json", "csv"] = Field("json", description="csv: the whole report as a file")


def _out(job: ImportJob) -> ImportOut:
    done = job.status in (ImportStatus.DONE, ImportStatus.FAILED)
    share = 1.0 if done else job.bytes_done / job.size_bytes if job.size_bytes else 0.0
    return ImportOut(
        id=job.id,
        filename=job.filename,
        status=job.status,
        encoding=job.encoding,
        mapping=job.mapping,
        tags=job.tags,
        size_bytes=job.size_bytes,
        bytes_done=job.bytes_done,
        progress=round(min(share, 1.0), 4),
        rows_total=job.rows_total,
        rows_created=job.rows_created,
        rows_updated=job.rows_updated,
        rows_duplicate=job.rows_duplicate,
        rows_failed=job.rows_failed,
        error=job.error,
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
    )


async def _job(call: Call) -> ImportJob:
    job_id = call.path["import_id"]
    job = await ImportJob.get_or_none(id=job_id, workspace_id=call.principal.workspace_id)
    if job is None:
        raise NotFound(f"no import {job_id}")
    return job


async def _form(request: Request) -> FormData:
    try:
        return await request.form(max_files=1, max_fields=10)
    except (HTTPException, MultiPartException) as exc:
        raise BadRequest(f"the multipart body cannot be read: {exc}") from exc


def _explicit_mapping(raw: object) -> dict[str, str]:
    if raw is None or raw == "":
        return {}
    try:
        value = json.loads(str(raw))
    except json.JSONDecodeError as exc:
        raise BadRequest(f"`mapping` is not JSON: {exc}", field="mapping") from exc
    if not isinstance(value, dict) or not all(isinstance(t, str) for t in value.values()):
        raise BadRequest(
            '`mapping` must be a JSON object like {"E-Mail": "email"}', field="mapping"
        )
    return value


def _tags(values: Sequence[object]) -> list[str]:
    names: list[str] = []
    for value in values:
        for part in _TAG_SEPARATORS.split(str(value)):
            if part.strip() and (name := normalize_tag(part)) not in names:
                names.append(name)
    if len(names) > MAX_TAGS:
        raise Invalid(f"at most {MAX_TAGS} tags per import", field="tags")
    return names


async def _rest(first: bytes, upload: UploadFile) -> AsyncIterator[bytes]:
    """The upload from its start (`first` already read), refused past MAX_UPLOAD_BYTES."""
    size = len(first)
    yield first
    while data := await upload.read(uploads.CHUNK_BYTES):
        size += len(data)
        if size > MAX_UPLOAD_BYTES:
            raise BadRequest(f"the file is larger than {MAX_UPLOAD_BYTES} bytes", field="file")
        yield data


@api.operation(
    "POST",
    "/imports",
    summary="Import contacts from a CSV file (never grants consent)",
    tag="imports",
    role=Role.MARKETER,
    response=ImportOut,
    status=201,
    form={
        "file": "the CSV file (UTF-8 with or without BOM, or Latin-1; `,` `;` or tab separated)",
        "mapping": 'JSON object {"CSV header": "field"}: email, first_name, last_name, phone, '
        "company, address_line1, address_line2, city, region, postal_code, country, locale, "
        'timezone, tags, updated_at, custom.<key>, external.<provider>, or "" to skip; '
        "other columns are guessed from their header",
        "tags": "tags for every imported contact, comma separated",
        "encoding": "auto (default), utf-8, latin-1, cp1252, ...",
    },
)
async def create_import(call: Call) -> ImportOut:
    form = await _form(call.request)
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise BadRequest("send the CSV file as the multipart field `file`", field="file")
        explicit = _explicit_mapping(form.get("mapping"))
        encoding = reader.check_encoding(str(form.get("encoding") or reader.AUTO))
        tags = _tags(form.getlist("tags"))
        first = await upload.read(uploads.CHUNK_BYTES)
        header = reader.read_header(first, encoding, complete=len(first) < uploads.CHUNK_BYTES)
        definitions = await fields.definitions_for(call.principal.workspace_id)
        resolved = mapping.resolve(header, explicit, definitions)
        async with in_transaction():
            job = await runner.create(
                call.principal,
                upload.filename or "upload.csv",
                mapping=resolved.as_dict(),
                tags=tags,
                encoding=encoding,
            )
            job.size_bytes = await uploads.store(job.id, _rest(first, upload))
            await job.save(update_fields=["size_bytes"])
            await audit.record(
                call.principal, "import.create", "import", job.id, filename=job.filename
            )
            await work.enqueue("imports.run", job.id)
    finally:
        await form.close()
    return _out(job)


@api.operation(
    "GET",
    "/imports/{import_id:int}",
    summary="An import's status and progress",
    tag="imports",
    response=ImportOut,
)
async def get_import(call: Call) -> ImportOut:
    return _out(await _job(call))


@api.operation(
    "GET",
    "/imports/{import_id:int}/errors",
    summary="An import's bad rows: line, column and reason",
    tag="imports",
    query=ErrorsQuery,
    response=RowErrorPage,
)
async def import_errors(call: Call) -> RowErrorPage | StreamingResponse:
    job = await _job(call)
    query: ErrorsQuery = call.query
    # Reasons can quote the cells they reject, so reading them is a read of personal data.
    await audit.record(call.principal, "import.read_errors", "import", job.id)
    if query.format == "csv":
        return StreamingResponse(
            _error_csv(job.id),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="import-{job.id}-errors.csv"'},
        )
    rows = ImportRowError.filter(job_id=job.id).order_by("id")
    if query.cursor:
        rows = rows.filter(id__gt=decode_cursor(query.cursor))
    page = await rows.limit(query.limit + 1)
    more = len(page) > query.limit
    page = page[: query.limit]
    return RowErrorPage(
        items=[RowErrorOut(line=e.line, field=e.field, reason=e.reason) for e in page],
        next_cursor=encode_cursor(page[-1].id) if more else None,
    )


async def _error_csv(job_id: int) -> AsyncIterator[str]:
    """The whole report as CSV, fetched `CSV_PAGE` rows at a time."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["line", "field", "reason"])
    after = 0
    while True:
        rows = ImportRowError.filter(job_id=job_id, id__gt=after).order_by("id")
        page = await rows.limit(CSV_PAGE)
        for error in page:
            writer.writerow([error.line, error.field, error.reason])
        yield out.getvalue()
        out.seek(0)
        out.truncate()
        if len(page) < CSV_PAGE:
            return
        after = page[-1].id
