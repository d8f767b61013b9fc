"""The people of many events written together: `people.save`'s rules in a few statements per
batch instead of some thirty per person.

The people are split into rounds in which no two share an address, an upstream id or an
order, each after the last round that names any of them: within a round the rows can be read
with one query per table and written with one statement per table, and a later round reads
what an earlier one wrote, so events still take effect in the order received. The set-based
path covers the common person (an address that is new or names a live contact, upstream ids
that are new or already name it, consent and purchases); `people.save` writes the rest, one
by one within their round: an address on the suppression list (the erasure and refusal rules
live there), an upstream id naming another contact, a merged contact, tags or custom fields,
an event that names no one.
"""

from __future__ import annotations

import copy
import functools
import logging
from collections import defaultdict
from collections.abc import Hashable
from datetime import datetime
from typing import Any

from crm import audit, clock, db, events
from crm.consent import ledger, suppression
from crm.contacts import precedence, service
from crm.models import (
    ConsentEvent,
    ConsentEvidence,
    ConsentState,
    Contact,
    ExternalId,
    PolicyVersion,
    Purpose,
)
from crm.models.audit import AuditEntry
from integrations import consent, orders, people, rows
from integrations.base import Context
from integrations.mapping import Person
from integrations.models import IntegrationContact, Order

log = logging.getLogger(__name__)

Item = tuple[Context, Person]


# The tables the rounds look rows up in by index.
LOOKED_UP = (Contact, ExternalId, ConsentEvent, ConsentState, Order, IntegrationContact)


async def analyze_if_stale() -> None:
    """Refresh the statistics of the tables a batch looks up, when they changed much (outside
    a transaction: before a batch)."""
    analyzed = await db.analyze_if_stale([model._meta.db_table for model in LOOKED_UP])
    if analyzed:
        log.info("statistics refreshed before a batch", extra={"tables": analyzed})


async def save(items: list[Item]) -> None:
    """Write these people (in the order their events were received), within the caller's
    transaction."""
    for round_ in _rounds(items):
        by_workspace: dict[int, list[Item]] = defaultdict(list)
        for item in round_:
            by_workspace[item[0].integration.workspace_id].append(item)
        for workspace_id, found in by_workspace.items():
            await _save_round(workspace_id, found)


def _keys(ctx: Context, person: Person) -> set[Hashable]:
    """What a person's writes touch: no two people of a round share any of it."""
    workspace_id = ctx.integration.workspace_id
    keys: set[Hashable] = set()
    if person.contact is not None:
        keys.add((workspace_id, person.contact.email))
        keys |= {(workspace_id, str(p), x) for p, x in person.contact.external_ids.items()}
    keys |= {(workspace_id, orders.key(ctx.integration, p)) for p in person.purchases}
    return keys


async def _links(workspace_id: int, items: list[Item]) -> dict[tuple[str, str], int]:
    """The contacts the people's upstream ids already name: (provider, id) -> contact id."""
    wanted: dict[str, list[str]] = defaultdict(list)
    for _, person in items:
        for provider, external_id in person.contact.external_ids.items() if person.contact else ():
            wanted[str(provider)].append(external_id)
    links = {}
    for provider, external_ids in wanted.items():  # by provider: the unique index leads with it
        for external_id, contact_id in await ExternalId.filter(
            workspace_id=workspace_id, provider=provider, external_id__in=external_ids
        ).values_list("external_id", "contact_id"):
            links[(provider, external_id)] = contact_id
    return links


def _rounds(items: list[Item]) -> list[list[Item]]:
    rounds: list[list[Item]] = []
    last: dict[Hashable, int] = {}  # key -> the last round that touches it
    for item in items:
        keys = _keys(*item)
        index = max((last[key] + 1 for key in keys if key in last), default=0)
        if index == len(rounds):
            rounds.append([])
        rounds[index].append(item)
        last.update(dict.fromkeys(keys, index))
    return rounds


async def _save_round(workspace_id: int, items: list[Item]) -> None:
    emails = [p.contact.email for _, p in items if p.contact is not None]
    contacts = {
        c.email: c for c in await Contact.filter(workspace_id=workspace_id, email__in=emails)
    }
    links = await _links(workspace_id, items)
    suppressed = await suppression.suppressed(workspace_id, emails)
    fast: list[tuple[Context, Person, Contact | None]] = []
    slow: list[Item] = []
    for ctx, person in items:
        data = person.contact
        contact = contacts.get(data.email) if data is not None else None
        if (
            data is None
            or data.tags
            or data.custom_fields
            or data.email in suppressed
            or (contact is not None and contact.merged_into_id is not None)
            or any(
                links.get((str(p), x), contact.id if contact else None)
                != (contact.id if contact else None)
                for p, x in data.external_ids.items()
            )
        ):
            slow.append((ctx, person))
        else:
            fast.append((ctx, person, contact))
    if fast:
        await _write(workspace_id, fast, links)
    for ctx, person in slow:
        await people.save(ctx, person)


async def _write(
    workspace_id: int,
    found: list[tuple[Context, Person, Contact | None]],
    links: dict[tuple[str, str], int],
) -> None:
    """The contacts (new ones in one statement), their upstream ids and integration links,
    consent, orders and summaries, audit rows and events of people on the set-based path."""
    entries: list[dict[str, Any]] = []
    new: list[Contact] = []
    written: list[tuple[Context, Person, Contact, list[str] | None]] = []  # None: created
    for ctx, person, contact in found:
        assert person.contact is not None
        data = person.contact
        created = contact is None
        if contact is None:
            contact = _new_contact(workspace_id, data.email, data.source)
            new.append(contact)
        changed, dirty = precedence.take(contact, service.upsert_values(data), person.observed_at)
        if dirty and not created:
            await contact.save()
        written.append((ctx, person, contact, None if created else changed))
    ids = await rows.insert(Contact, [rows.values_of(c) for c in new], key=("email",))
    for contact in new:
        contact.pk, contact._saved_in_db = ids[(contact.email,)], True
    for ctx, _, contact, fields_changed in written:
        ctx.contact_ids.append(contact.id)
        if fields_changed is None:
            kind, what = events.CONTACT_CREATED, service.event_data(contact)
            entries.append(
                audit.entry(
                    ctx.actor, "contact.create", "contact", contact.id, source=contact.source
                )
            )
        elif fields_changed:
            kind, what = events.CONTACT_UPDATED, service.event_data(contact, fields_changed)
            entries.append(
                audit.entry(
                    ctx.actor, "contact.update", "contact", contact.id, fields=fields_changed
                )
            )
        else:
            continue
        await events.emit(workspace_id, kind, what)
    await rows.insert(
        ExternalId,
        [
            {"workspace_id": workspace_id, "contact_id": c.id, "provider": p, "external_id": x}
            for _, person, c, _ in written
            for p, x in person.contact.external_ids.items()  # type: ignore[union-attr]
            if (str(p), x) not in links
        ],
    )
    await rows.insert(
        IntegrationContact,
        [{"integration_id": ctx.integration.id, "contact_id": c.id} for ctx, _, c, _ in written],
        ignore_conflicts=True,
    )
    await _consent(workspace_id, [(c, p, k) for c, p, k, _ in written], entries)
    await _orders(workspace_id, [(c, p, k) for c, p, k, _ in written])
    await rows.insert(AuditEntry, entries)


@functools.cache
def _blank() -> tuple[Contact, tuple[str, ...]]:
    """A new contact's defaults, and its fields whose values are dicts or lists."""
    blank = Contact(workspace_id=0, email="", source="")
    fields = rows.values_of(blank)
    return blank, tuple(name for name, value in fields.items() if isinstance(value, dict | list))


def _new_contact(workspace_id: int, email: str, source: str) -> Contact:
    """Contact(workspace_id=…, email=…, source=…), copied from a blank one: a fifth of the
    cost of the ORM making one field by field."""
    blank, mutable = _blank()
    contact = blank.clone()
    for name in mutable:  # each its own, never the blank's
        setattr(contact, name, copy.copy(getattr(blank, name)))
    contact.workspace_id, contact.email, contact.source = workspace_id, email, source
    return contact


async def _consent(
    workspace_id: int,
    found: list[tuple[Context, Person, Contact]],
    entries: list[dict[str, Any]],
) -> None:
    """Ledger the statements that change a state, as `consent.apply` would, chained and
    projected. None of these addresses is suppressed (those take `people.save`)."""
    stated = [(ctx, p, c) for ctx, p, c in found if p.consent is not None]
    if not stated:
        return
    states = {
        s.contact_id: s
        for s in await ConsentState.filter(
            contact_id__in=[c.id for _, _, c in stated],
            purpose=Purpose.EMAIL_MARKETING,
            topic_id=0,
        )
    }
    changing = [
        (ctx, p, c)
        for ctx, p, c in stated
        if p.consent is not None and consent.changes(states.get(c.id), p.consent)
    ]
    if not changing:
        return
    policies = await PolicyVersion.filter(workspace_id=workspace_id).order_by(
        "-effective_at", "-id"
    )
    # A chain spans every purpose: a contact without this state may have one.
    last: dict[int, ConsentEvent] = {}
    for prior in await ConsentEvent.filter(contact_id__in=[c.id for _, _, c in changing]).order_by(
        "seq"
    ):
        last[prior.contact_id] = prior
    now = clock.now()
    recorded: list[tuple[Context, Contact, dict[str, Any], dict[str, Any]]] = []
    for ctx, person, contact in changing:
        assert person.consent is not None
        grant = consent.grant(ctx, person.consent)
        policy = _in_force(policies, grant.occurred_at or now)
        event, evidence = ledger.chained(
            ctx.actor, contact, grant, policy, last.get(contact.id), now
        )
        recorded.append((ctx, contact, event, evidence))
        action, subject_type, subject_id, details = ledger.audited(contact, grant)
        entries.append(audit.entry(ctx.actor, action, subject_type, subject_id, **details))
    ids = await rows.insert(
        ConsentEvent, [event for _, _, event, _ in recorded], key=("contact_id", "seq")
    )
    for _, _, event, _ in recorded:
        event["id"] = ids[(event["contact_id"], event["seq"])]
    await rows.insert(
        ConsentEvidence,
        [
            {"event_id": e["id"], "workspace_id": workspace_id, "contact_id": c.id, "data": data}
            for _, c, e, data in recorded
        ],
    )
    fresh = []
    for _, contact, event, _ in recorded:
        state = states.get(contact.id)
        if state is None:
            fresh.append(
                {
                    "workspace_id": workspace_id,
                    "contact_id": contact.id,
                    "purpose": event["purpose"],
                    "topic_id": event["topic_id"],
                    "status": event["action"],
                    "event_id": event["id"],
                    "since": event["occurred_at"],
                    "policy_version_id": event["policy_version_id"],
                }
            )
        else:  # changes() let through only statements newer than the state
            state.status, state.event_id = event["action"], event["id"]
            state.since, state.policy_version_id = event["occurred_at"], event["policy_version_id"]
            await state.save()
        data = ledger.event_data(contact, event)
        await events.emit(workspace_id, events.CONSENT_CHANGED, data)
    await rows.insert(ConsentState, fresh)


def _in_force(policies: list[PolicyVersion], at: datetime) -> PolicyVersion | None:
    """`ledger.policy_in_force` over the workspace's versions, newest first."""
    return next((p for p in policies if p.effective_at <= at), None)


async def _orders(workspace_id: int, found: list[tuple[Context, Person, Contact]]) -> None:
    """Each purchase as `orders.save` keeps it, then the summaries of the contacts touched."""
    purchases = [(ctx, c, p) for ctx, person, c in found for p in person.purchases]
    if not purchases:
        return
    wanted: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ctx, _, purchase in purchases:
        provider, kind, external_id = orders.key(ctx.integration, purchase)
        wanted[(provider, kind)].append(external_id)
    stored = {}
    for (provider, kind), external_ids in wanted.items():  # the unique index leads with these
        for known in await Order.filter(
            workspace_id=workspace_id, provider=provider, kind=kind, external_id__in=external_ids
        ):
            stored[(provider, kind, known.external_id)] = known
    new: list[dict[str, Any]] = []
    touched: set[int] = set()
    for ctx, contact, purchase in purchases:
        key = orders.key(ctx.integration, purchase)
        written = orders.version(ctx.integration, contact.id, purchase, stored.get(key))
        if written is None:
            continue
        order, values = written
        if order is None:
            new.append(values)
        else:
            await orders.update(order, values)
        touched.add(contact.id)
    await rows.insert(Order, new)
    await orders.rollup_many(sorted(touched))
