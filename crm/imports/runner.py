"""An import job from upload to DONE or FAILED.

    job = await runner.create(actor, "list.csv", mapping={...}, tags=[...], encoding="auto")
    await uploads.store(job.id, data)           # the API; `crm import` streams the file instead
    await work.enqueue("imports.run", job.id)   # a worker calls run(job.id)

`run` streams the file through the reader in constant memory, writes `BATCH_ROWS` records per
transaction (contacts, row errors and the job's counters together, so progress never runs
ahead of the data) and ends with one `import.run` audit row. A row's data counts as observed
at the job's first start (or its `updated_at` cell): a run restarted after a crash applies the
same rows with the same times, which the precedence rule makes harmless. An import never
grants consent; consent must come from the ledger.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import AsyncIterable, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

from tortoise.transactions import in_transaction

from crm import audit, clock, db, principal, work
from crm.contacts import fields, tags
from crm.errors import Invalid
from crm.imports import mapping as m
from crm.imports import uploads
from crm.imports.batch import BatchWriter, Staged
from crm.imports.reader import CsvReader, Record, header_of
from crm.imports.rows import Problem, Row, RowParser
from crm.models import ImportJob, ImportRowError
from crm.models.imports import ImportStatus
from crm.principal import Principal

log = logging.getLogger(__name__)

BATCH_ROWS = 2000  # records per transaction: locks held briefly, round trips amortized
PARSED_AHEAD = 4  # batches parsed while one is written, so the parser is rarely held up
WRITES_AHEAD = 2  # batches in flight on PostgreSQL (one transaction each); SQLite writes one
YIELD_EVERY = 16  # records parsed between yields (~0.5 ms), so a write whose reply came goes on
FEED_BYTES = 16 * 1024  # bytes decoded and split into records between yields, likewise
MAX_ROW_ERRORS = 100_000  # past this the file is wrong as a whole; rows_failed still counts
IMPORT_LEASE = timedelta(hours=2)  # longer than any import runs; a killed worker's job restarts
MAX_FIELD = 64  # ImportRowError.field

Progress = Callable[[ImportJob], Awaitable[None]]


async def create(
    actor: Principal,
    filename: str,
    *,
    mapping: dict[str, str],
    tags: list[str],
    encoding: str,
    size_bytes: int = 0,
) -> ImportJob:
    """A QUEUED job; its file comes as chunks (uploads.store) or as a stream given to `run`."""
    return await ImportJob.create(
        workspace_id=actor.workspace_id,
        filename=filename[:255],
        mapping=mapping,
        tags=tags,
        encoding=encoding,
        size_bytes=size_bytes,
        created_by=actor.label[:320],
    )


@work.task("imports.run", max_attempts=1, lease=IMPORT_LEASE)
async def run_task(ref: str) -> None:
    """The worker's entry: run the job whose id is `ref` from its stored chunks."""
    await run(int(ref))


async def run(
    job_id: int, source: AsyncIterable[bytes] | None = None, on_progress: Progress | None = None
) -> ImportJob:
    """Run the job to DONE or FAILED and return it; a finished job is returned as it is.

    `source` is the file (its stored chunks by default); `on_progress` is awaited after each
    batch. A file that cannot be read at all ends FAILED with the reason in `error`; an
    unexpected error too, and is raised again for the work queue to record.
    """
    job = await ImportJob.get(id=job_id)
    if job.status in (ImportStatus.DONE, ImportStatus.FAILED):
        return job
    await _start(job)
    failure: Exception | None = None
    try:
        await _Run(job, on_progress).through(source or uploads.chunks(job.id))
    except Invalid as exc:
        job.status, job.error = ImportStatus.FAILED, exc.message
    except Exception as exc:
        log.exception("import failed", extra={"job": job.id})
        job.status, job.error = ImportStatus.FAILED, f"internal error: {type(exc).__name__}"
        failure = exc
    else:
        job.status = ImportStatus.DONE
    job.finished_at = clock.now()
    await job.save()
    await uploads.discard(job.id)
    await audit.record(
        principal.system(job.workspace_id, f"import {job.id} by {job.created_by}"),
        "import.run",
        "import",
        job.id,
        status=job.status.value,
        rows_total=job.rows_total,
        rows_created=job.rows_created,
        rows_updated=job.rows_updated,
        rows_duplicate=job.rows_duplicate,
        rows_failed=job.rows_failed,
    )
    if failure is not None:
        raise failure
    return job


async def _start(job: ImportJob) -> None:
    # A restart (the worker died mid-run) counts again from the top, at the same observed time.
    job.started_at = job.started_at or clock.now()
    job.status = ImportStatus.RUNNING
    job.bytes_done = job.rows_total = job.rows_created = job.rows_updated = 0
    job.rows_duplicate = job.rows_failed = 0
    job.error = ""
    await job.save()
    await ImportRowError.filter(job_id=job.id).delete()


@dataclass
class _Batch:
    """Records parsed and staged by the parsing task, for the writing one."""

    staged: Staged = field(default_factory=Staged)
    problems: list[Problem] = field(default_factory=list)
    records: int = 0
    failed: int = 0
    bytes_read: int = 0  # of the file, when the batch was cut


@dataclass
class _Write:
    """A batch being written: `claimed` once its new contacts are inserted, `task` when done."""

    claimed: asyncio.Future[None]
    task: asyncio.Task[None]


class _Run:
    """One pass over the file: a task parses batches ahead while others write them.

    Parsing and staging are CPU work that needs no database, so they overlap the database's
    work (the event loop runs the parser while a write awaits its reply). On PostgreSQL two
    batches are written at once, each in its own transaction: the next batch's Python work
    overlaps the database's work on the one before, and each commits after the one before
    (see `_write` for why that keeps the file's order).
    """

    def __init__(self, job: ImportJob, on_progress: Progress | None) -> None:
        self.job = job
        self.on_progress = on_progress
        self.reader = CsvReader(job.encoding)
        self.parser: RowParser | None = None
        self.writer = BatchWriter(job.workspace_id, list(job.tags), {})
        self.batch = _Batch()  # being parsed
        self.errors_kept = 0

    async def through(self, source: AsyncIterable[bytes]) -> None:
        parsed: asyncio.Queue[_Batch | Exception | None] = asyncio.Queue(PARSED_AHEAD)
        parsing = asyncio.create_task(self._parse(source, parsed))
        ahead = WRITES_AHEAD if db.dialect() == "postgres" else 1
        writes: deque[_Write] = deque()
        try:
            while (item := await parsed.get()) is not None:
                if isinstance(item, Exception):
                    raise item
                if len(writes) == ahead:
                    await writes.popleft().task
                writes.append(self._start(item, writes[-1] if writes else None))
            while writes:
                await writes.popleft().task
        finally:
            # After a failure: what is still running is cancelled (its transaction rolls back);
            # a finished task ignores it.
            for task in (parsing, *(w.task for w in writes)):
                task.cancel()
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await task

    async def _parse(
        self, source: AsyncIterable[bytes], parsed: asyncio.Queue[_Batch | Exception | None]
    ) -> None:
        try:
            async for chunk in source:
                # In slices: decoding a whole chunk at once would keep a finished write
                # waiting for its next statement for tens of milliseconds.
                for start in range(0, len(chunk), FEED_BYTES):
                    await self._take(self.reader.feed(chunk[start : start + FEED_BYTES]), parsed)
                    await asyncio.sleep(0)
            await self._take(self.reader.close(), parsed)
            if self.parser is None:
                raise Invalid("the file is empty: it has no header line", field="file")
            await parsed.put(self._cut())
        except Exception as exc:
            await parsed.put(exc)  # for the writing task to raise
        else:
            await parsed.put(None)

    async def _take(
        self, records: list[Record], parsed: asyncio.Queue[_Batch | Exception | None]
    ) -> None:
        for record in records:
            if self.parser is None:
                await self._begin(record)
                continue
            batch = self.batch
            batch.records += 1
            if record.error:
                batch.problems.append(Problem(record.line, "", record.error))
                batch.failed += 1
            else:
                row = self.parser.parse(record.line, record.cells)
                if isinstance(row, Row):
                    batch.staged.add(row)
                else:
                    batch.problems += row
                    batch.failed += 1
            if batch.records >= BATCH_ROWS:
                await parsed.put(self._cut())
            elif batch.records % YIELD_EVERY == 0:
                await asyncio.sleep(0)  # let a write whose reply has come go on

    def _cut(self) -> _Batch:
        batch, self.batch = self.batch, _Batch()
        batch.bytes_read = self.reader.bytes_read
        return batch

    async def _begin(self, header: Record) -> None:
        definitions = await fields.definitions_for(self.job.workspace_id)
        resolved = m.resolve(header_of(header), self.job.mapping, definitions)
        self.parser = RowParser(resolved, definitions, self.job.started_at or clock.now())
        self.writer.external_headers = {
            c.target.removeprefix(m.EXTERNAL): c.header
            for c in resolved.columns
            if c.target.startswith(m.EXTERNAL)
        }
        self.job.mapping = resolved.as_dict()
        await self.job.save(update_fields=["mapping"])

    def _start(self, batch: _Batch, previous: _Write | None) -> _Write:
        claimed = asyncio.get_running_loop().create_future()
        return _Write(claimed, asyncio.create_task(self._write(batch, previous, claimed)))

    async def _write(
        self, batch: _Batch, previous: _Write | None, claimed: asyncio.Future[None]
    ) -> None:
        """Write the batch in a transaction of its own, overlapping `previous`, the batch before.

        Its loads start once `previous` has inserted its new contacts, so an email both hold
        is found (locked rows wait for that commit) or conflicts on insert (ON CONFLICT waits
        for it too, and the batch folds its row in): later rows still win as in a serial
        run. A batch naming external ids waits for `previous` to commit, as an id linked
        there must be seen here. Counters, row errors and the commit follow `previous`'s.
        `previous` never waits for this batch (past its inserts it touches only rows it has
        locked or inserted), so the two cannot deadlock.
        """
        job = self.job
        # Tags are found or created before the transaction: creating one can collide with a
        # concurrent creator, which on PostgreSQL would abort the whole batch.
        tag_ids = await tags.ensure(job.workspace_id, self.writer.tag_names(batch.staged.rows))
        # A `previous` that fails before its claim leaves this one waiting: `through` awaits
        # the oldest write first, so it sees that failure and cancels this one.
        if previous is not None:
            external = any(row.external_ids for row in batch.staged.rows)
            await (previous.task if external else previous.claimed)
        async with in_transaction() as conn:
            outcome = await self.writer.write(
                conn, batch.staged, tag_ids, clock.now(), lambda: claimed.set_result(None)
            )
            if previous is not None:
                await previous.task
            job.rows_total += batch.records
            job.rows_created += outcome.created
            job.rows_updated += outcome.updated
            job.rows_duplicate += outcome.duplicate
            job.rows_failed += batch.failed + len({p.line for p in outcome.problems})
            job.bytes_done = batch.bytes_read
            await self._keep_errors(batch.problems + outcome.problems)
            await ImportJob.filter(id=job.id).update(
                bytes_done=job.bytes_done,
                rows_total=job.rows_total,
                rows_created=job.rows_created,
                rows_updated=job.rows_updated,
                rows_duplicate=job.rows_duplicate,
                rows_failed=job.rows_failed,
            )
        if self.on_progress is not None:
            await self.on_progress(job)

    async def _keep_errors(self, problems: list[Problem]) -> None:
        room = MAX_ROW_ERRORS - self.errors_kept
        kept = sorted(problems, key=lambda p: p.line)[: max(room, 0)]
        if kept:
            await ImportRowError.bulk_create(
                [
                    ImportRowError(
                        job_id=self.job.id, line=p.line, field=p.field[:MAX_FIELD], reason=p.reason
                    )
                    for p in kept
                ]
            )
            self.errors_kept += len(kept)
