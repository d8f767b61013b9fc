"""Recording consent: append an event to the contact's chain and update the projection.

    await ledger.record(actor, contact, Purpose.EMAIL_MARKETING, ConsentAction.GRANTED,
                        ConsentSource.FORM, evidence={"ip": ..., "wording": ...})

Both writes happen in one transaction, so the state campaigns read never disagrees with the
ledger. The projection follows the most recent `occurred_at`: an older event arriving late
(a retried webhook) is recorded in the ledger but does not overwrite a newer state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from crm import audit, clock, events
from crm.consent import chain, suppression
from crm.errors import Conflict
from crm.models import (
    ConsentAction,
    ConsentEvent,
    ConsentEvidence,
    ConsentSource,
    ConsentState,
    Contact,
    PolicyVersion,
    Purpose,
    SuppressionReason,
)
from crm.principal import Principal

# Evidence keys we understand; others are kept as given.
EVIDENCE_KEYS = (
    "ip",
    "user_agent",
    "wording",
    "policy_version",
    "form_id",
    "upstream_event_id",
    "user",
)


@dataclass(frozen=True)
class Grant:
    """What one consent event says, before it is chained."""

    purpose: Purpose
    action: ConsentAction
    source: ConsentSource
    topic_id: int = 0
    evidence: dict[str, Any] = field(default_factory=dict)
    occurred_at: datetime | None = None


async def policy_in_force(workspace_id: int, at: datetime) -> PolicyVersion | None:
    """The policy version effective at `at` (the latest published with effective_at <= at)."""
    return (
        await PolicyVersion.filter(workspace_id=workspace_id, effective_at__lte=at)
        .order_by("-effective_at", "-id")
        .first()
    )


class Suppressed(Conflict):
    """A grant for an address on the suppression list that is not a fresh, explicit one."""

    code = "suppressed"


# Actions that would let us process someone's data again.
ASKING = (ConsentAction.GRANTED, ConsentAction.CONFIRMED, ConsentAction.PENDING)


async def _check_suppression(contact: Contact, grant: Grant, occurred: datetime) -> None:
    """Refuse a grant that predates the person's erasure or unsubscribe, or comes by import.

    An erased person's address is kept only as a keyed hash; a webhook retried after the
    erasure, or an old CSV, must not make them "consented" again. A grant the person gave
    after that moment (a new signup, the preference centre) is fresh and lifts it.
    Erasure blocks every purpose; an unsubscribe blocks email marketing only.
    """
    if grant.action not in ASKING:
        return
    found = await suppression.reasons(contact.workspace_id, contact.email)
    blocking = {
        reason: at
        for reason, at in found.items()
        if reason == SuppressionReason.ERASED
        or (reason == SuppressionReason.UNSUBSCRIBED and grant.purpose == Purpose.EMAIL_MARKETING)
    }
    if not blocking:
        return
    if grant.source == ConsentSource.IMPORT or occurred <= max(blocking.values()):
        raise Suppressed(
            "this address was erased or unsubscribed; only a grant given after that "
            "can consent it again",
            field="action",
        )
    if grant.purpose == Purpose.EMAIL_MARKETING and grant.action != ConsentAction.PENDING:
        await suppression.lift(contact.workspace_id, contact.email)


async def record(actor: Principal, contact: Contact, grant: Grant) -> ConsentEvent:
    """Append `grant` to the contact's ledger and update the current state.

    Raises Suppressed for a grant that a suppression entry forbids (see _check_suppression).
    """
    await _check_suppression(contact, grant, grant.occurred_at or clock.now())
    async with in_transaction():
        return await _append(actor, contact, grant)


async def _append(actor: Principal, contact: Contact, grant: Grant) -> ConsentEvent:
    # One writer per person at a time, until the transaction ends: the next seq comes from the
    # last event, and two writers reading it together would clash on it, which on PostgreSQL
    # aborts the caller's whole transaction (no retry in here could save it). SQLite writes one
    # transaction at a time anyway.
    await Contact.select_for_update().filter(id=contact.id).first()
    now = clock.now()
    policy = await policy_in_force(contact.workspace_id, grant.occurred_at or now)
    last = await ConsentEvent.filter(contact_id=contact.id).order_by("-seq").first()
    values, evidence = chained(actor, contact, grant, policy, last, now)
    event = await ConsentEvent.create(**values)
    await ConsentEvidence.create(
        event_id=event.id, workspace_id=contact.workspace_id, contact_id=contact.id, data=evidence
    )
    await _project(event)
    await events.emit(contact.workspace_id, events.CONSENT_CHANGED, event_data(contact, values))
    action, subject_type, subject_id, details = audited(contact, grant)
    await audit.record(actor, action, subject_type, subject_id, **details)
    return event


def chained(
    actor: Principal,
    contact: Contact,
    grant: Grant,
    policy: PolicyVersion | None,
    last: ConsentEvent | None,
    now: datetime,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields of the contact's next event after `last` (hashed into the chain) and its
    evidence; `policy` is the one in force when the grant occurred."""
    occurred = grant.occurred_at or now
    evidence = dict(grant.evidence)
    if policy is not None:
        evidence.setdefault("policy_version", policy.version)
    if actor.kind == "user":
        evidence.setdefault("user", actor.label)
    values = {
        "workspace_id": contact.workspace_id,
        "contact_id": contact.id,
        "seq": last.seq + 1 if last else 1,
        "purpose": grant.purpose,
        "topic_id": grant.topic_id,
        "action": grant.action,
        "source": grant.source,
        "policy_version_id": policy.id if policy else None,
        "evidence_hash": chain.evidence_hash(evidence),
        "occurred_at": occurred,
        "recorded_at": now,
        "prev_hash": last.hash if last else chain.GENESIS,
    }
    return values | {"hash": chain.event_hash(**values)}, evidence


def audited(contact: Contact, grant: Grant) -> tuple[str, str, int, dict[str, Any]]:
    """The audit entry of a recorded grant: (action, subject type, subject id, details)."""
    details = {
        "purpose": str(grant.purpose),
        "topic_id": grant.topic_id,
        "consent": str(grant.action),
        "source": str(grant.source),
    }
    return "consent.record", "contact", contact.id, details


def event_data(contact: Contact, event: dict[str, Any]) -> dict[str, Any]:
    """What listeners learn of a recorded consent event, given its fields (its evidence
    stays here)."""
    return {
        "contact_id": contact.id,
        "email": contact.email,
        "purpose": str(event["purpose"]),
        "topic_id": event["topic_id"],
        "action": str(event["action"]),
        "source": str(event["source"]),
        "occurred_at": event["occurred_at"].isoformat(),
    }


async def _project(event: ConsentEvent) -> None:
    state = await ConsentState.get_or_none(
        contact_id=event.contact_id, purpose=event.purpose, topic_id=event.topic_id
    )
    if state is None:
        await ConsentState.create(
            workspace_id=event.workspace_id,
            contact_id=event.contact_id,
            purpose=event.purpose,
            topic_id=event.topic_id,
            status=event.action,
            event_id=event.id,
            since=event.occurred_at,
            policy_version_id=event.policy_version_id,
        )
    elif event.occurred_at >= state.since:
        state.status = event.action
        state.event_id = event.id
        state.since = event.occurred_at
        state.policy_version_id = event.policy_version_id
        await state.save()


# Consent states that still allow (or are about to allow) processing.
LIVE = (ConsentAction.GRANTED, ConsentAction.CONFIRMED, ConsentAction.PENDING)


async def transition(
    actor: Principal,
    contact: Contact,
    action: ConsentAction,
    source: ConsentSource,
    evidence: dict[str, Any],
    *,
    purposes: tuple[Purpose, ...] = tuple(Purpose),
    among: tuple[ConsentAction, ...] = LIVE,
) -> int:
    """Record `action` for every state of the contact in `purposes` whose status is in
    `among` (topics included), e.g. withdraw everything live; returns how many."""
    found = await ConsentState.filter(
        contact_id=contact.id, purpose__in=list(purposes), status__in=list(among)
    )
    for state in found:
        await record(actor, contact, Grant(state.purpose, action, source, state.topic_id, evidence))
    return len(found)


async def states(contact_id: int) -> list[ConsentState]:
    """The contact's current states, purpose-level first."""
    return await ConsentState.filter(contact_id=contact_id).order_by("purpose", "topic_id")


async def history(contact_ids: list[int]) -> list[ConsentEvent]:
    """The ledger of these contacts (a survivor and those merged into it), in order."""
    return await ConsentEvent.filter(contact_id__in=contact_ids).order_by("contact_id", "seq")
