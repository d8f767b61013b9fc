"""Running an import: bad rows reported, duplicates folded, the precedence rule, tags, fields."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from crm import clock, db, work
from crm.contacts import fields, queries, service, tags
from crm.contacts.precedence import PROFILE_FIELDS
from crm.contacts.schemas import ContactIn
from crm.imports import batch, runner, uploads
from crm.models import (
    AuditEntry,
    ConsentEvent,
    ConsentState,
    Contact,
    ExternalId,
    ImportChunk,
    ImportRowError,
    Role,
    Workspace,
)
from crm.models.contact import FieldType
from crm.models.imports import ImportStatus
from crm.models.work import WorkStatus
from crm.principal import Principal

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


async def contact(workspace, email: str) -> Contact:
    return await Contact.get(workspace_id=workspace.id, email=email)


async def errors(job) -> list[tuple[int, str, str]]:
    rows = await ImportRowError.filter(job_id=job.id).order_by("line", "id")
    return [(e.line, e.field, e.reason) for e in rows]


# Rule: the batch's stand-in for a contact has every field the precedence rule writes.
def test_a_new_draft_starts_with_every_profile_field_empty():
    draft = batch.Draft({"email": "a@example.com"})
    assert [getattr(draft, name) for name in PROFILE_FIELDS] == [""] * len(PROFILE_FIELDS)
    assert (draft.custom, draft.field_times, draft.id) == ({}, {}, None)


# Rule: a bad row is reported by line and reason and skipped; every good row is stored.
async def test_bad_rows_are_reported_by_line_and_good_rows_all_stored(import_csv, workspace):
    job = await import_csv(
        "Email,First Name,Country,Notes\n"
        "anna@example.com,Anna,DE,\n"
        "not-an-email,Bad,DE,\n"
        'bob@example.com,Bob,SE,"two\nlines"\n'
        "carl@example.com,Carl,Germany,\n"
        "dora@example.com,Dora,NO,,surplus\n"
        "eve@example.com,Eve,,\n"
    )
    assert job.status == ImportStatus.DONE
    assert (job.rows_total, job.rows_created, job.rows_failed) == (6, 3, 3)
    assert await errors(job) == [
        (3, "Email", "not a valid email address: An email address must have an @-sign."),
        (6, "Country", "unknown country code 'Germany': use ISO 3166-1 alpha-2"),
        (7, "", "the row has 5 cells but the header has 4"),
    ]
    stored = await Contact.filter(workspace_id=workspace.id).order_by("email")
    assert [(c.email, c.first_name, c.source) for c in stored] == [
        ("anna@example.com", "Anna", "import"),
        ("bob@example.com", "Bob", "import"),
        ("eve@example.com", "Eve", "import"),
    ]


# Rule: one bad cell among many is enough to skip the row, and every bad cell is named.
async def test_every_bad_cell_of_a_row_is_reported(import_csv):
    job = await import_csv("Email,Phone,Locale\nx@example.com,12,not a locale!\n")
    assert [field for _, field, _ in await errors(job)] == ["Locale", "Phone"]


# Rule: a repeated email is one contact; later rows win where they say something.
async def test_duplicate_rows_fold_into_one_contact_later_cells_winning(import_csv, workspace):
    job = await import_csv(
        "Email,First Name,Last Name,City\n"
        "ann@example.com,Ann,Lee,\n"
        "ANN@example.com ,Annie,,Oslo\n"
        "ann@example.com,,,Bergen\n"
    )
    assert (job.rows_total, job.rows_created, job.rows_duplicate) == (3, 1, 2)
    ann = await contact(workspace, "ann@example.com")
    assert (ann.first_name, ann.last_name, ann.city) == ("Annie", "Lee", "Bergen")


# Rule: duplicates are recognised across batches too, not only within one.
async def test_duplicates_are_counted_across_batches(import_csv, workspace, monkeypatch):
    monkeypatch.setattr(runner, "BATCH_ROWS", 2)
    job = await import_csv(
        "Email,City\na@example.com,Oslo\nb@example.com,Rome\nc@example.com,Lima\na@example.com,Pisa\n"
    )
    assert (job.rows_created, job.rows_updated, job.rows_duplicate) == (3, 0, 1)
    assert (await contact(workspace, "a@example.com")).city == "Pisa"


# Rule: batches written at once (PostgreSQL: two transactions in flight) end exactly as batches
# written one after another: the same contacts, fields, stamps, tags and counts. Each batch here
# repeats the emails the batch before it creates, so the two meet on uncommitted rows.
async def test_overlapping_batches_end_as_batches_written_one_by_one(monkeypatch):
    rng = random.Random(7)
    lines = ["Email,First Name,Company,Tags,Updated At"]
    for k in range(40):
        emails = [f"n{k}a@example.com", f"n{k}b@example.com", f"n{k - 1}a@example.com"]
        emails += [f"n{k - 1}b@example.com"] + ["old@example.com"] * (k % 10 == 0)
        for email in rng.sample(emails, len(emails)):
            when = T0 + timedelta(hours=rng.randrange(-48, 48))
            first, company = rng.choice(["Ann", "Bo", ""]), rng.choice(["Acme", "Initech", ""])
            tag = rng.choice(["", "vip", "b2b; vip"])
            lines.append(f"{email},{first},{company},{tag},{when.isoformat()}")
    data = "\n".join(lines) + "\n"
    monkeypatch.setattr(runner, "BATCH_ROWS", 5)

    in_flight = most = folded = 0
    write, taken_meanwhile = batch.BatchWriter.write, batch.BatchWriter._taken_meanwhile

    async def counted(self, *args):  # type: ignore[no-untyped-def]
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        try:
            return await write(self, *args)
        finally:
            in_flight -= 1

    async def folds(self, conn, new, *args):  # type: ignore[no-untyped-def]
        nonlocal folded
        folded += sum(d.id is None for d in new.values())
        return await taken_meanwhile(self, conn, new, *args)

    monkeypatch.setattr(batch.BatchWriter, "write", counted)
    monkeypatch.setattr(batch.BatchWriter, "_taken_meanwhile", folds)

    async def imported(ahead: int) -> tuple[tuple[int, ...], list[tuple]]:
        monkeypatch.setattr(runner, "WRITES_AHEAD", ahead)
        workspace = await Workspace.create(name=f"ws-{ahead}")
        actor = Principal(workspace.id, Role.OWNER, "user", "1", "t@example.com", "127.0.0.1")
        await service.upsert(
            actor,
            ContactIn(email="old@example.com", first_name="Old", company="Old Co", tags=["old"]),
            observed_at=T0,
        )
        job = await runner.create(actor, "list.csv", mapping={}, tags=["fair"], encoding="auto")
        await uploads.store(job.id, _one(data.encode()))
        job = await runner.run(job.id)
        people = await Contact.filter(workspace_id=workspace.id).order_by("email")
        names = await tags.names_by_contact([c.id for c in people])
        counts = (job.rows_total, job.rows_created, job.rows_updated, job.rows_duplicate)
        return counts, [
            (c.email, c.first_name, c.company, c.field_times, sorted(names.get(c.id, [])))
            for c in people
        ]

    one_by_one = await imported(1)
    assert folded == 0
    at_once = await imported(2)
    assert at_once == one_by_one
    assert one_by_one[0] == (164, 82, 1, 81)
    if db.dialect() == "postgres":  # SQLite has one connection: its batches never overlap
        assert most == 2 and folded > 0


# Rule: a batch that finishes first still commits after the batch before it, so the job's
# counters and progress never run ahead of the rows stored.
async def test_a_batch_commits_after_the_one_before_it(actor, workspace, monkeypatch):
    monkeypatch.setattr(runner, "BATCH_ROWS", 2)
    write = batch.BatchWriter.write
    calls = 0

    async def first_slow(self, *args):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        outcome = await write(self, *args)
        if calls == 1:
            await asyncio.sleep(0.2)
        return outcome

    monkeypatch.setattr(batch.BatchWriter, "write", first_slow)
    data = b"Email\n" + b"".join(b"q%d@example.com\n" % i for i in range(5))
    job = await runner.create(actor, "list.csv", mapping={}, tags=[], encoding="auto")
    seen: list[tuple[int, list[str]]] = []

    async def progress(current):  # type: ignore[no-untyped-def]
        stored = Contact.filter(workspace_id=workspace.id).order_by("email")
        seen.append((current.rows_total, await stored.values_list("email", flat=True)))

    await runner.run(job.id, _one(data), progress)
    emails = [f"q{i}@example.com" for i in range(5)]
    assert seen == [(2, emails[:2]), (4, emails[:4]), (5, emails)]


# Rule: when a batch fails, the batches in flight beside it roll back too: the job fails with
# nothing of the file stored, whichever side of its claim the failure falls.
@pytest.mark.parametrize("step", ["insert_contacts", "link_tags"])
async def test_a_failing_batch_takes_the_batches_beside_it_down(
    actor, workspace, monkeypatch, step
):
    monkeypatch.setattr(runner, "BATCH_ROWS", 2)
    real = getattr(batch.queries, step)
    calls = 0

    async def first_fails(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 1:
            await asyncio.sleep(0.05)  # the next batch is under way meanwhile
            raise RuntimeError("disk full")
        return await real(*args, **kwargs)

    monkeypatch.setattr(batch.queries, step, first_fails)
    data = b"Email,Tags\n" + b"".join(b"f%d@example.com,vip\n" % i for i in range(5))
    job = await runner.create(actor, "list.csv", mapping={}, tags=[], encoding="auto")
    with pytest.raises(RuntimeError):
        await asyncio.wait_for(runner.run(job.id, _one(data)), timeout=30)

    await job.refresh_from_db()
    assert (job.status, job.rows_total) == (ImportStatus.FAILED, 0)
    assert not await Contact.exists(workspace_id=workspace.id)


# Rule: an import observes its rows when it starts; data observed later is not rolled back.
async def test_newer_data_of_an_existing_contact_is_not_overwritten(import_csv, actor, workspace):
    await service.upsert(
        actor,
        ContactIn(email="n@example.com", first_name="Fresh", company=""),
        observed_at=T0 + timedelta(hours=1),
    )
    with clock.frozen(T0):
        job = await import_csv("Email,First Name,Company\nn@example.com,Stale,Acme\n")
    n = await contact(workspace, "n@example.com")
    assert (n.first_name, n.company) == ("Fresh", "Acme")
    assert job.rows_updated == 1


# Rule: an empty cell is "not provided": it never erases what a contact has.
async def test_empty_cells_never_erase(import_csv, actor, workspace):
    await service.upsert(actor, ContactIn(email="k@example.com", first_name="Kim", company="Acme"))
    await import_csv("Email,First Name,Company,City\nk@example.com,,,Turku\n")
    k = await contact(workspace, "k@example.com")
    assert (k.first_name, k.company, k.city) == ("Kim", "Acme", "Turku")


# Rule: with an updated_at column each row counts as observed then, newer winning anywhere.
async def test_an_updated_at_column_orders_rows_and_existing_data(import_csv, actor, workspace):
    await service.upsert(actor, ContactIn(email="u@example.com", last_name="Known"), observed_at=T0)
    await import_csv(
        "Email,First Name,Last Name,Updated At\n"
        "u@example.com,Newest,Older,2026-02-01T00:00:00Z\n"
        "u@example.com,Oldest,,2026-01-01\n"
        "v@example.com,Vera,,2099-01-01\n"
    )
    u = await contact(workspace, "u@example.com")
    assert (u.first_name, u.last_name) == ("Newest", "Known")
    # A date in the future counts as the import's start, so it cannot lock the field.
    v = await contact(workspace, "v@example.com")
    assert datetime.fromisoformat(v.field_times["first_name"]) <= clock.now()


async def test_a_bad_updated_at_is_a_bad_row(import_csv):
    job = await import_csv("Email,Modified\nw@example.com,yesterday\n")
    assert await errors(job) == [(2, "Modified", "not a date or time in ISO 8601: 'yesterday'")]


# Rule: the job's tags and a tags column are both given, and existing tags stay.
async def test_tags_from_the_job_and_the_file_are_applied(import_csv, actor, workspace):
    await service.upsert(actor, ContactIn(email="t@example.com", tags=["old"]))
    job = await import_csv(
        "Email,Tags\nt@example.com,VIP; Newsletter\nu@example.com,\n", tags=["spring fair"]
    )
    assert job.status == ImportStatus.DONE
    names = await tags.names_by_contact(
        [(await contact(workspace, e)).id for e in ("t@example.com", "u@example.com")]
    )
    assert sorted(names.values()) == [
        ["newsletter", "old", "spring fair", "vip"],
        ["spring fair"],
    ]


# Rule: custom field cells are typed by their definition; a cell of the wrong type is a bad row.
async def test_custom_fields_are_typed(import_csv, workspace):
    await fields.define(workspace.id, "visits", "Visits", FieldType.NUMBER, [])
    await fields.define(workspace.id, "member", "Member", FieldType.BOOLEAN, [])
    await fields.define(workspace.id, "joined", "Joined", FieldType.DATE, [])
    job = await import_csv(
        "Email,Visits,Member,Joined\nf@example.com,42,yes,2025-05-04\ng@example.com,many,no,\n"
    )
    f = await contact(workspace, "f@example.com")
    assert f.custom == {"visits": 42, "member": True, "joined": "2025-05-04"}
    assert await errors(job) == [(3, "Visits", "expected a number, got 'many'")]
    assert await queries.search(workspace.id, queries.Search(field="visits"), 42).count() == 1


# Rule: external ids are linked, match a contact whose email differs, and are never stolen.
async def test_external_ids_link_match_and_conflict(import_csv, actor, workspace):
    await service.upsert(actor, ContactIn(email="s@example.com", external_ids={"shopify": "1"}))
    await service.upsert(actor, ContactIn(email="other@example.com"))
    job = await import_csv(
        "Email,Shop,City\n"
        "new-address@example.com,1,Oslo\n"
        "other@example.com,1,Rome\n"
        "fresh@example.com,2,Lima\n",
        mapping={"Shop": "external.shopify"},
    )
    assert (await contact(workspace, "s@example.com")).city == "Oslo"
    assert await errors(job) == [(3, "Shop", "shopify id 1 already belongs to another contact")]
    fresh = await contact(workspace, "fresh@example.com")
    assert await ExternalId.filter(contact_id=fresh.id).values_list("provider", "external_id") == [
        ("shopify", "2")
    ]
    assert not await Contact.exists(workspace_id=workspace.id, email="new-address@example.com")


# Rule: a row for a merged contact's email updates the contact it was merged into.
async def test_rows_for_a_merged_contact_reach_the_survivor(import_csv, actor, workspace):
    survivor = (await service.upsert(actor, ContactIn(email="keep@example.com"))).contact
    merged = (await service.upsert(actor, ContactIn(email="gone@example.com"))).contact
    await service.merge(actor, survivor.id, merged.id)
    await import_csv("Email,City\ngone@example.com,Quito\n")
    assert (await contact(workspace, "keep@example.com")).city == "Quito"
    assert (await contact(workspace, "gone@example.com")).city == ""


# Rule: a contact created by another writer while a batch is prepared is updated, not doubled.
async def test_a_contact_created_meanwhile_is_updated_by_the_rule(
    import_csv, actor, workspace, monkeypatch
):
    load = batch.queries.contacts_by_email

    async def late(conn, workspace_id, emails):
        if "race@example.com" in emails and len(emails) == 2:
            await service.upsert(actor, ContactIn(email="race@example.com", company="Theirs"))
            return []
        return await load(conn, workspace_id, emails)

    monkeypatch.setattr(batch.queries, "contacts_by_email", late)
    job = await import_csv("Email,First Name\nrace@example.com,Ours\nsolo@example.com,Solo\n")
    assert (job.rows_created, job.rows_updated) == (1, 1)
    race = await contact(workspace, "race@example.com")
    assert (race.first_name, race.company) == ("Ours", "Theirs")


# Rule: columns are mapped by header in any language, in any encoding and delimiter.
async def test_a_german_latin1_semicolon_export_is_imported(import_csv, workspace):
    job = await import_csv(
        "E-Mail-Adresse;Vorname;Nachname;PLZ\nm@example.com;Jürgen;Müller;10115\n".encode("latin-1")
    )
    m = await contact(workspace, "m@example.com")
    assert (m.first_name, m.last_name, m.postal_code) == ("Jürgen", "Müller", "10115")
    assert job.mapping == {
        "E-Mail-Adresse": "email",
        "Vorname": "first_name",
        "Nachname": "last_name",
        "PLZ": "postal_code",
    }


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", "the file is empty"),
        (b"Name,City\nAnn,Oslo\n", "no column holds the email address"),
        ("Email\nMüller@x.com\n".encode("latin-1"), "line 2 is not valid utf-8"),
    ],
)
async def test_a_file_that_cannot_be_read_fails_the_job_and_leaves_nothing(
    import_csv, workspace, data, error
):
    encoding = "utf-8" if b"\xfc" in data else "auto"
    job = await import_csv(data, encoding=encoding)
    assert job.status == ImportStatus.FAILED
    assert error in job.error
    assert not await ImportChunk.exists(job_id=job.id)


# Rule: the uploaded file holds personal data and is deleted when the job ends.
async def test_chunks_are_deleted_and_one_audit_row_records_the_run(import_csv, workspace):
    job = await import_csv("Email\na@example.com\nb@example.com\n")
    assert not await ImportChunk.exists(job_id=job.id)
    audit = await AuditEntry.filter(workspace_id=workspace.id, action="import.run")
    assert len(audit) == 1
    assert audit[0].details["rows_created"] == 2
    assert audit[0].subject_id == str(job.id)


# Rule: an import never grants consent; consent comes only from the ledger.
async def test_an_import_records_no_consent(import_csv, workspace):
    await import_csv("Email,Newsletter,Consent\na@example.com,yes,granted\n")
    assert not await ConsentEvent.filter(workspace_id=workspace.id).exists()
    assert not await ConsentState.filter(workspace_id=workspace.id).exists()


# Rule: a finished job is not run again (a duplicate broker message is harmless).
async def test_running_a_finished_job_again_changes_nothing(import_csv, workspace):
    job = await import_csv("Email\na@example.com\n")
    again = await runner.run(job.id)
    assert (again.status, again.rows_created, again.finished_at) == (
        ImportStatus.DONE,
        1,
        job.finished_at,
    )


async def _one(data: bytes) -> AsyncIterator[bytes]:
    yield data


# Rule: an unexpected error fails the job (not retried: a rerun would start over), deletes the
# uploaded file, and reaches the work queue, which records it.
async def test_an_unexpected_error_fails_the_job_and_its_work_item(actor, workspace, monkeypatch):
    async def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(batch.queries, "insert_contacts", broken)
    job = await runner.create(actor, "list.csv", mapping={}, tags=[], encoding="auto")
    await uploads.store(job.id, _one(b"Email\na@example.com\n"))
    item = await work.enqueue("imports.run", job.id)
    await work.drain()

    await job.refresh_from_db()
    await item.refresh_from_db()
    assert (job.status, job.error) == (ImportStatus.FAILED, "internal error: RuntimeError")
    assert (item.status, item.last_error) == (WorkStatus.FAILED, "RuntimeError: disk full")
    assert not await ImportChunk.exists(job_id=job.id)
    assert not await Contact.exists(workspace_id=workspace.id)


# Rule: progress is reported after every batch, in bytes of the file, reaching its size.
async def test_progress_is_reported_per_batch_in_bytes(actor, monkeypatch):
    monkeypatch.setattr(runner, "BATCH_ROWS", 2)
    data = b"Email\n" + b"".join(b"p%d@example.com\n" % i for i in range(5))
    job = await runner.create(actor, "list.csv", mapping={}, tags=[], encoding="auto")
    seen: list[tuple[int, int]] = []

    async def progress(current):
        seen.append((current.rows_total, current.bytes_done))

    await runner.run(job.id, _one(data), progress)
    assert [rows for rows, _ in seen] == [2, 4, 5]
    assert seen[-1][1] == len(data)
    assert [done for _, done in seen] == sorted(done for _, done in seen)


# Rule: the error report is capped; the count of bad rows is not.
async def test_row_errors_beyond_the_cap_are_counted_not_kept(import_csv, monkeypatch):
    monkeypatch.setattr(runner, "MAX_ROW_ERRORS", 2)
    job = await import_csv("Email\nbad1\nbad2\nbad3\nok@example.com\n")
    assert job.rows_failed == 3
    assert [line for line, _, _ in await errors(job)] == [2, 3]
