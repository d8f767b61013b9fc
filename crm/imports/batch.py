"""Writing one batch of good rows: a fixed number of statements however many rows it holds.

The batch loads the contacts its emails (and external ids) name in one query each, applies
every row by the precedence rule (crm/contacts/precedence.py: newer data wins field by field,
an empty cell never erases), then inserts the new contacts, updates the changed ones and links
tags and external ids in bulk. Rows repeating an email of an earlier row of the file are
applied the same way, in file order: with the same observed time the later row's non-empty
cells win, with an `updated_at` column the newer row wins wherever it stands. They are counted
as duplicates. Consent is never touched: it must come from the ledger.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from tortoise.backends.base.client import BaseDBAsyncClient

from crm.contacts import precedence
from crm.imports import queries
from crm.imports.rows import Problem, Row
from crm.models import Contact

MAX_MERGE_HOPS = 10  # merges never chain this deep; the bound guards against a cycle
_CUSTOM_STAMP = "custom.{}"  # a custom field's key in field_times, as precedence.apply_custom


class Draft:
    """A contact as a batch works on it: loaded, or about to be inserted.

    It carries exactly what `precedence.apply` reads and writes on a Contact, without the
    ORM's per-instance cost (a Contact takes some 30 µs to build; an import makes millions).
    """

    # Class-level defaults: a new contact's fields are empty until the rule writes them, and a
    # loaded one's come in with one dict update.
    id: int | None = None
    email: str
    merged_into_id: int | None = None
    updated_at: datetime | None = None  # the fallback stamp when a draft is folded
    changed: bool = False
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    company: str = ""
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    locale: str = ""
    timezone: str = ""

    @property
    def stored_id(self) -> int:
        """The id, once the contact is in the database (loaded, or inserted by the batch)."""
        if self.id is None:
            raise RuntimeError(f"{self.email} is not stored yet")
        return self.id

    def __init__(self, values: dict[str, Any]) -> None:
        """`values`: a row of queries.CONTACT_COLUMNS, or `email` and `updated_at` for a new one."""
        self.__dict__.update(values)
        self.custom: dict[str, Any] = values.get("custom") or {}
        self.field_times: dict[str, str] = values.get("field_times") or {}

    @classmethod
    def fresh(cls, row: Row) -> Draft:
        """The contact the row makes when its email is new: `apply` on a blank draft, cheaper.

        On a blank contact the precedence rule takes every value the row gives (a row holds no
        empty ones) and stamps each with the row's time; building that directly saves most of
        a row's staging cost. tests/imports/test_batch.py holds the two to the same result.
        """
        draft = cls.__new__(cls)
        stamp = row.observed_at.isoformat()
        values, custom = row.values, row.custom
        times = dict.fromkeys(values, stamp)
        if custom:
            times.update(dict.fromkeys(map(_CUSTOM_STAMP.format, custom), stamp))
        # `custom` is shared with the row, not copied: neither is changed in place (the rule
        # always writes a new dict).
        draft.__dict__.update(
            values,
            email=row.email,
            updated_at=row.observed_at,
            custom=custom,
            field_times=times,
            changed=bool(values or custom),
        )
        return draft

    def apply(self, row: Row) -> None:
        """Take the row's values by the precedence rule."""
        # Draft has every attribute the rule touches; the rule is typed for the model.
        if precedence.take(cast(Contact, self), row.values, row.observed_at, row.custom).dirty:
            self.changed = True


@dataclass
class Staged:
    """Good rows ready to write, each with the contact it makes if its email is new.

    Applying the rule to a blank contact needs no database, so it is done ahead, while the
    previous batch is being written (see runner); the writer takes a row's draft when no
    contact has the email yet, and applies the row to the stored contact otherwise.
    """

    rows: list[Row] = field(default_factory=list)
    fresh: list[Draft] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        self.fresh.append(Draft.fresh(row))


@dataclass
class Outcome:
    """What a batch did, for the job's counters and error report."""

    created: int = 0
    updated: int = 0  # rows matching a contact that already existed, changed or not
    duplicate: int = 0  # rows repeating an email of an earlier row of the file
    problems: list[Problem] = field(default_factory=list)


async def _live(conn: BaseDBAsyncClient, drafts: Iterable[Draft]) -> dict[int, Draft]:
    """`{id: draft}` for these contacts, a merged one replaced by the contact it was merged into."""
    found = {d.id: d for d in drafts if d.id is not None}
    resolved: dict[int, Draft] = {}
    for _ in range(MAX_MERGE_HOPS):
        missing = {d.merged_into_id for d in found.values() if d.merged_into_id is not None}
        missing -= found.keys()
        if not missing:
            break
        found.update((r["id"], Draft(r)) for r in await queries.contacts_by_id(conn, list(missing)))
    for contact_id, draft in found.items():
        live = draft
        for _ in range(MAX_MERGE_HOPS):
            if live.merged_into_id is None or live.merged_into_id not in found:
                break
            live = found[live.merged_into_id]
        resolved[contact_id] = live
    return resolved


class BatchWriter:
    """Writes batches of one import; remembers which emails earlier batches held.

    The memory of earlier emails holds 64-bit fingerprints (some 75 bytes a distinct email),
    the only state that grows with the file.
    """

    def __init__(
        self, workspace_id: int, extra_tags: list[str], external_headers: dict[str, str]
    ) -> None:
        self.workspace_id = workspace_id
        self.extra_tags = extra_tags  # given to every imported contact
        self.external_headers = external_headers  # provider -> CSV column, for reports
        # A dict, not a set: holding only ints, it is untracked by the garbage collector, which
        # would otherwise walk a million fingerprints at every full collection.
        self.seen: dict[int, None] = {}

    async def write(
        self,
        conn: BaseDBAsyncClient,
        staged: Staged,
        tag_ids: dict[str, int],
        now: datetime,
        on_claimed: Callable[[], None] | None = None,
    ) -> Outcome:
        """Apply the staged rows (good rows, in file order) inside the caller's transaction.

        `tag_ids` holds the id of every tag the rows and the job name (see `tag_names`).
        `on_claimed` is called once the batch's new contacts are inserted: from then on a
        later batch's load finds them, or waits for this transaction, on any connection.
        """
        outcome = Outcome()
        rows = staged.rows
        # Load: the contacts the rows name by email or external id, merged ones followed.
        emails = list(dict.fromkeys(r.email for r in rows))
        found = await queries.contacts_by_email(conn, self.workspace_id, emails)
        loaded = [Draft(r) for r in found]
        live = await _live(conn, loaded)
        known = {d.email: live[d.id] for d in loaded if d.id is not None}
        pairs = {pair for r in rows for pair in r.external_ids.items()}
        owners = await queries.external_owners(conn, self.workspace_id, pairs) if pairs else {}
        unknown = [i for i in set(owners.values()) if i not in live]
        if unknown:
            more = await queries.contacts_by_id(conn, unknown)
            live.update(await _live(conn, [Draft(r) for r in more]))

        # Apply: each row to its contact, in file order, by the precedence rule.
        new: dict[str, Draft] = {}
        claims: dict[tuple[str, str], Draft] = {}  # external id -> contact, as this batch sets it
        tagged: list[tuple[Draft, list[str]]] = []
        in_batch: set[str] = set()
        repeats: set[str] = set()  # new drafts for emails an earlier batch has (see runner)
        for row, fresh in zip(rows, staged.fresh, strict=True):
            contact = known.get(row.email)
            if row.external_ids:  # most files have none: no calls for them
                contact = contact or _by_external_id(row, owners, live, claims)
                problems = self._conflicts(row, contact, owners, live, claims)
                if problems:
                    outcome.problems += problems
                    continue
            repeat = row.email in in_batch or hash(row.email) in self.seen
            if repeat:
                outcome.duplicate += 1
            elif contact is None:
                outcome.created += 1
            else:
                outcome.updated += 1
            if contact is None:
                contact = new[row.email] = fresh
                if repeat:
                    repeats.add(row.email)
            else:
                contact.apply(row)
            known.setdefault(row.email, contact)
            in_batch.add(row.email)
            for pair in row.external_ids.items():
                claims[pair] = contact
            if row.tags or self.extra_tags:
                tagged.append((contact, row.tags))

        # Before the first write, so that a later batch overlapping this one counts its repeats.
        self.seen.update(dict.fromkeys(map(hash, in_batch)))

        # Store: a statement per kind of change, whatever the number of rows.
        inserted = await queries.insert_contacts(conn, self.workspace_id, list(new.values()), now)
        if on_claimed is not None:
            on_claimed()
        for email, contact_id in inserted.items():
            new[email].id = contact_id
        changed = {id(d): d for d in live.values() if d.changed}
        for contact in await self._taken_meanwhile(conn, new, outcome, repeats):
            changed[id(contact)] = contact
        await queries.update_contacts(conn, list(changed.values()), now)
        await queries.link_external_ids(
            conn,
            self.workspace_id,
            [(d.stored_id, p, x) for (p, x), d in claims.items() if (p, x) not in owners],
            now,
        )
        extra = [tag_ids[name] for name in self.extra_tags]
        links = {
            (contact.stored_id, tag_id)
            for contact, row_tags in tagged
            for tag_id in [*extra, *(tag_ids[name] for name in row_tags)]
        }
        await queries.link_tags(conn, sorted(links))
        return outcome

    def _conflicts(
        self,
        row: Row,
        contact: Draft | None,
        owners: dict[tuple[str, str], int],
        live: dict[int, Draft],
        claims: dict[tuple[str, str], Draft],
    ) -> list[Problem]:
        """A problem for each external id of the row that belongs to another contact."""
        problems = []
        for pair in row.external_ids.items():
            holder = live.get(owners[pair]) if pair in owners else claims.get(pair)
            if holder is not None and holder is not contact:
                provider, external_id = pair
                problems.append(
                    Problem(
                        row.line,
                        self.external_headers.get(provider, f"external.{provider}"),
                        f"{provider} id {external_id} already belongs to another contact",
                    )
                )
        return problems

    async def _taken_meanwhile(
        self, conn: BaseDBAsyncClient, new: dict[str, Draft], outcome: Outcome, repeats: set[str]
    ) -> list[Draft]:
        """Fold the drafts whose email another writer took since the load into that contact.

        Returns those contacts, to be updated. Their rows count as updates, not creations,
        unless they were counted as `repeats` of an earlier batch (which took the email).
        """
        lost = [d for d in new.values() if d.id is None]
        if not lost:
            return []
        found = await queries.contacts_by_email(conn, self.workspace_id, [d.email for d in lost])
        theirs = {r["email"]: Draft(r) for r in found}
        for ours in lost:
            contact = theirs[ours.email]
            precedence.fold(cast(Contact, contact), cast(Contact, ours))
            ours.id = contact.id
            contact.changed = True
            if ours.email not in repeats:
                outcome.created -= 1
                outcome.updated += 1
        return list(theirs.values())

    def tag_names(self, rows: Iterable[Row]) -> set[str]:
        """Every tag the rows and the job give, for `tags.ensure` before the batch's transaction."""
        return {name for row in rows for name in row.tags} | set(self.extra_tags)


def _by_external_id(
    row: Row,
    owners: dict[tuple[str, str], int],
    live: dict[int, Draft],
    claims: dict[tuple[str, str], Draft],
) -> Draft | None:
    """The contact the row's external ids point at, for a row whose email is not known."""
    for pair in row.external_ids.items():
        if pair in owners:
            return live.get(owners[pair])
        if pair in claims:
            return claims[pair]
    return None
