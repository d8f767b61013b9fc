"""The `crm` command: serve, migrate, worker, import and administration."""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import multiprocessing.connection
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, cast

import click

from crm import broker, db, principal, work, workspaces
from crm.contacts.normalize import normalize_email, normalize_tag
from crm.errors import CrmError, StorageError
from crm.models import ImportJob, ImportRowError, Role, User, WorkItem, Workspace
from crm.models.work import WorkStatus
from crm.security import apikeys
from crm.security.passwords import hash_password
from crm.settings import Settings, get_settings


def run_async(fn: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any) -> Any:
    """Run a coroutine with the database open; a StorageError becomes a one-line message."""

    async def wrapped() -> Any:
        settings = get_settings()
        await db.init(settings.database_url)
        try:
            return await fn(*args, **kwargs)
        finally:
            await db.close()

    try:
        return asyncio.run(wrapped())
    except StorageError as exc:
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(2)


@click.group()
def main() -> None:
    """Consent-first marketing CRM."""


@main.command()
def migrate() -> None:
    """Apply the database migrations that are not yet applied."""
    settings = get_settings()
    applied = run_async(db.migrate, settings.database_url)
    if applied:
        for name in applied:
            click.echo(f"applied {name}")
    else:
        click.echo("the database is up to date")


@main.command()
@click.option("--host", default=None, help="interface to listen on (default: HOST setting)")
@click.option("--port", default=None, type=int, help="port (default: PORT setting)")
def serve(host: str | None, port: int | None) -> None:
    """Run the web service (and, on memory://, the in-process worker)."""
    import uvicorn

    from crm.app import create_app

    settings = get_settings()
    run_async(_prepare_serve, settings)
    host, port = host or settings.host, port or settings.port
    click.echo(f"CRM listening on http://{host}:{port}/  (public URL {settings.public_url})")
    uvicorn.run(create_app(settings), host=host, port=port, log_level=settings.log_level)


async def _prepare_serve(settings: Settings) -> None:
    """Migrate the embedded database and create the first owner; elsewhere, only check."""
    if settings.is_embedded:
        await db.migrate(settings.database_url)
    await db.check_ready(settings.database_url)
    created = await workspaces.bootstrap_if_empty(settings.bootstrap_email)
    if created is not None:
        click.echo(
            f"created workspace {created.workspace.name!r} and its owner:\n"
            f"  email:    {created.user.email}\n"
            f"  password: {created.password}   (shown once; change it with "
            f"`crm users set-password {created.user.email}`)"
        )
    else:
        click.echo("log in with your user; `crm users set-password EMAIL` resets a password")


@main.group()
def users() -> None:
    """Manage users and their workspace roles."""


@users.command("create")
@click.argument("email")
@click.option("--workspace", "workspace_id", type=int, required=True)
@click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.MARKETER.value)
@click.password_option(help="prompted when not given")
def create_user(email: str, workspace_id: int, role: str, password: str) -> None:
    """Create a user with a role in a workspace."""

    async def create() -> str:
        workspace = await Workspace.get_or_none(id=workspace_id)
        if workspace is None:
            raise click.ClickException(f"no workspace {workspace_id}")
        user = await workspaces.create_user(email, password)
        await workspaces.add_member(workspace, user, Role(role))
        return user.email

    click.echo(f"created {_checked(create)} as {role} of workspace {workspace_id}")


@users.command("set-password")
@click.argument("email")
@click.password_option(help="prompted when not given")
def set_password(email: str, password: str) -> None:
    """Set a user's password."""

    async def change() -> int:
        return await User.filter(email=normalize_email(email)).update(
            password_hash=hash_password(password)
        )

    if not _checked(change):
        raise click.ClickException(f"no user {email}")
    click.echo("password changed")


@main.group()
def keys() -> None:
    """Manage API keys."""


@keys.command("create")
@click.option("--workspace", "workspace_id", type=int, required=True)
@click.option("--name", required=True)
@click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.MARKETER.value)
def create_key(workspace_id: int, name: str, role: str) -> None:
    """Create an API key; it is printed once."""

    async def issue() -> str:
        workspace = await Workspace.get_or_none(id=workspace_id)
        if workspace is None:
            raise click.ClickException(f"no workspace {workspace_id}")
        return (await apikeys.issue(workspace, name, Role(role))).token

    click.echo(_checked(issue))


def _checked(fn: Callable[[], Awaitable[Any]]) -> Any:
    """run_async, with validation errors shown as one line."""

    async def wrapped() -> Any:
        try:
            return await fn()
        except CrmError as exc:
            raise click.ClickException(exc.message) from exc

    return run_async(wrapped)


@main.group()
def consent() -> None:
    """The consent ledger."""


@consent.command("verify")
@click.option("--workspace", "workspace_id", type=int, default=None, help="default: all")
def verify_consent(workspace_id: int | None) -> None:
    """Recompute every hash chain; exit 1 and name the first broken link if one is broken."""
    from crm.consent import verify

    report = run_async(verify.verify_workspace, workspace_id)
    click.echo(f"checked {report.events} events of {report.contacts} contacts")
    if report.broken:
        b = report.broken
        click.echo(
            f"BROKEN at event {b.event_id} (contact {b.contact_id}, seq {b.seq}): {b.reason}",
            err=True,
        )
        sys.exit(1)
    click.echo("every chain is intact")


# -- commands of other modules are added below --


@main.command()
@click.option("--processes", default=1, show_default=True, type=click.IntRange(min=1))
@click.option(
    "--threads", default=broker.WORKER_THREADS, show_default=True, type=click.IntRange(min=1)
)
def worker(processes: int, threads: int) -> None:
    """Run background work from BROKER_URL (Redis or RabbitMQ) until SIGINT or SIGTERM."""
    from crm import app as _composition_root  # noqa: F401  (importing it registers every task)

    settings = get_settings()
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # pika logs every connection attempt; dramatiq reports the failures that matter.
    logging.getLogger("pika").setLevel(logging.CRITICAL)
    if processes == 1:
        sys.exit(_run_worker(settings, threads))
    sys.exit(_run_worker_processes(settings, processes, threads))


def _run_worker(settings: Settings, threads: int) -> int:
    """One worker process; its exit status (2 with a one-line error when it cannot start)."""
    try:
        broker.run_worker(settings, threads=threads)
    except CrmError as exc:
        click.echo(f"error: {exc.message}", err=True)
        return 2
    return 0


def _run_worker_processes(settings: Settings, count: int, threads: int) -> int:
    """Run `count` forked worker processes, passing SIGINT/SIGTERM on; the worst exit status.

    A child that exits takes the others down: a smaller pool would hide the failure.
    """
    # Fork (not spawn): the children inherit every task registered so far.
    context = multiprocessing.get_context("fork")
    children = [
        context.Process(target=lambda: sys.exit(_run_worker(settings, threads)))
        for _ in range(count)
    ]
    for child in children:
        child.start()

    def stop(*_: object) -> None:
        for child in children:
            if child.exitcode is None:
                child.terminate()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop)
    multiprocessing.connection.wait([child.sentinel for child in children])
    stop()
    for child in children:
        child.join()
    return max(abs(child.exitcode or 0) for child in children)


@main.group("work")
def work_group() -> None:
    """Background work: list what failed for good, replay it."""


@work_group.command("failed")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1))
def work_failed(limit: int) -> None:
    """List the work items that failed for good, newest first."""

    async def failed() -> list[WorkItem]:
        query = WorkItem.filter(status=WorkStatus.FAILED).order_by("-finished_at", "-id")
        return await query.limit(limit)

    items = run_async(failed)
    if not items:
        click.echo("no failed work")
    for item in items:
        when = item.finished_at.isoformat(timespec="seconds") if item.finished_at else "?"
        click.echo(
            f"{item.id}  {item.task}({item.ref})  failed {when} after {item.attempts} "
            f"attempts: {item.last_error}"
        )


@work_group.command("replay")
@click.argument("item_id", type=int)
def work_replay(item_id: int) -> None:
    """Give a failed work item a fresh set of attempts; a worker runs it soon."""
    settings = get_settings()

    async def replay() -> bool:
        runtime = broker.connect(settings)
        try:
            return await work.replay(item_id)
        finally:
            await runtime.stop()

    if not run_async(replay):
        raise click.ClickException(f"work item {item_id} has not failed")
    click.echo(f"work item {item_id} is pending again")


IMPORT_ERRORS_SHOWN = 10  # the first bad rows printed; the job keeps all of them
IMPORT_GC_THRESHOLDS = (50_000, 20, 100)  # collector pace for `crm import`; see _import_file


@main.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--workspace", "workspace_id", type=int, default=None, help="default: the only one")
@click.option(
    "--map",
    "pairs",
    multiple=True,
    metavar="HEADER=FIELD",
    help="feed a column to email, first_name, ..., tags, custom.KEY or external.PROVIDER "
    "(HEADER= skips it); unmapped columns are guessed from their header",
)
@click.option("--tag", "tag_names", multiple=True, help="a tag for every imported contact")
@click.option("--encoding", default="auto", show_default=True, help="e.g. utf-8, latin-1, cp1252")
def import_contacts(
    file: Path,
    workspace_id: int | None,
    pairs: tuple[str, ...],
    tag_names: tuple[str, ...],
    encoding: str,
) -> None:
    """Import contacts from a CSV file, here and now, with a progress bar.

    An import never grants marketing consent: consent comes only from the consent ledger.
    """
    from crm.imports import mapping, reader

    try:
        explicit = mapping.parse_pairs(pairs)
        encoding = reader.check_encoding(encoding)
        tag_list = [normalize_tag(name) for name in tag_names]
    except CrmError as exc:
        raise click.UsageError(exc.message) from exc
    job, errors = _checked(lambda: _import_file(file, workspace_id, explicit, tag_list, encoding))
    click.echo(
        f"{job.filename}: {job.status.value}, {job.rows_total} rows: {job.rows_created} created, "
        f"{job.rows_updated} updated, {job.rows_duplicate} duplicates, {job.rows_failed} failed"
    )
    for error in errors:
        where = f" ({error.field})" if error.field else ""
        click.echo(f"  line {error.line}{where}: {error.reason}")
    if job.error:
        click.echo(f"error: {job.error}", err=True)
        sys.exit(1)


async def _import_file(
    path: Path,
    workspace_id: int | None,
    explicit: dict[str, str],
    tag_list: list[str],
    encoding: str,
) -> tuple[ImportJob, list[ImportRowError]]:
    """Run an import job over the file inline (no broker); the job and its first bad rows."""
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    from crm.imports import runner, uploads

    if workspace_id is None:
        query = Workspace.all().order_by("id").limit(2)
        ids = cast("list[int]", await query.values_list("id", flat=True))
        if len(ids) != 1:
            raise click.ClickException("name the workspace with --workspace ID")
        workspace_id = ids[0]
    elif not await Workspace.exists(id=workspace_id):
        raise click.ClickException(f"no workspace {workspace_id}")
    actor = principal.system(workspace_id, f"crm import {path.name}")
    size = path.stat().st_size
    job = await runner.create(
        actor, path.name, mapping=explicit, tags=tag_list, encoding=encoding, size_bytes=size
    )
    # An import makes some ten small containers a row and frees nearly all of them by reference
    # count. At the collector's default pace (every 700 allocations) it would re-scan the
    # batches in flight, and at each full collection every module and model, every few dozen
    # rows: some 15 µs a row. This process does nothing else, so it collects rarely and never
    # re-scans what was alive at start.
    gc.freeze()
    gc.set_threshold(*IMPORT_GC_THRESHOLDS)

    async def chunks() -> AsyncIterator[bytes]:
        with path.open("rb") as handle:
            while data := handle.read(uploads.CHUNK_BYTES):
                yield data

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
    )
    # On stderr, so the summary on stdout stays clean for scripts.
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(path.name, total=size)

        async def progress(current: ImportJob) -> None:
            bar.update(task, completed=current.bytes_done)

        job = await runner.run(job.id, chunks(), progress)
    errors = (
        await ImportRowError.filter(job_id=job.id).order_by("line", "id").limit(IMPORT_ERRORS_SHOWN)
    )
    return job, errors


@main.group()
def webhooks() -> None:
    """The webhook inbox: events whose processing failed, and replaying them."""


@webhooks.command("failed")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1))
def webhooks_failed(limit: int) -> None:
    """List the inbox events whose last processing failed, newest first."""
    from integrations import inbox

    events = run_async(inbox.failed, limit)
    if not events:
        click.echo("no failed events")
    for event in events:
        click.echo(
            f"{event.id}  {event.provider.value} {event.topic} ({event.upstream_id}) "
            f"received {event.received_at.isoformat(timespec='seconds')}: {event.error}"
        )


@webhooks.command("replay")
@click.argument("event_ids", nargs=-1, type=int)
@click.option("--all", "replay_all", is_flag=True, help="every failed event")
def webhooks_replay(event_ids: tuple[int, ...], replay_all: bool) -> None:
    """Process failed inbox events again; a worker runs them soon."""
    from integrations import inbox

    if not event_ids and not replay_all:
        raise click.UsageError("name the event ids to replay, or pass --all")
    settings = get_settings()

    async def replay() -> list[int]:
        runtime = broker.connect(settings)
        try:
            return await inbox.replay(list(event_ids) if event_ids else None)
        finally:
            await runtime.stop()

    queued = run_async(replay)
    for event_id in queued:
        click.echo(f"event {event_id} is queued again")
    skipped = sorted(set(event_ids) - set(queued))
    if skipped:
        raise click.ClickException(
            f"not failed, or a retry is already queued: {', '.join(map(str, skipped))}"
        )
    if not queued:
        click.echo("no failed events")


@main.group()
def fortnox() -> None:
    """Fortnox, which streams its events over a WebSocket instead of sending webhooks."""


@fortnox.command("listen")
@click.option("--url", default=None, help="the Topics WebSocket (default: Fortnox's own)")
def fortnox_listen(url: str | None) -> None:
    """Store Fortnox events in the inbox until SIGINT or SIGTERM; a restart resumes from the
    last stored offset of each topic."""
    from integrations import fortnox_topics

    settings = get_settings()
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

    async def listen() -> None:
        runtime = broker.connect(settings)
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            asyncio.get_running_loop().add_signal_handler(sig, stop.set)
        try:
            await fortnox_topics.listen(url or fortnox_topics.URL, stop)
        finally:
            await runtime.stop()

    run_async(listen)
