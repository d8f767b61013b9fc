"""The audit log: who read or changed which personal data, when and from where.

Rows are append-only (the model refuses updates and deletes; PostgreSQL also has a trigger).
Reads are recorded one row per contact, so "who saw this person" is one indexed query.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from crm import clock
from crm.models import AuditEntry
from crm.principal import Principal


async def record(
    actor: Principal,
    action: str,
    subject_type: str = "",
    subject_id: object = "",
    **details: Any,
) -> None:
    """Write one audit row, e.g. `record(p, "contact.update", "contact", 42, fields=[...])`."""
    await AuditEntry.create(**_row(actor, action, subject_type, subject_id, details))


def entry(
    actor: Principal, action: str, subject_type: str, subject_id: object, **details: Any
) -> dict[str, Any]:
    """The fields of one audit row, for a caller that writes many rows in one statement."""
    return _row(actor, action, subject_type, subject_id, details)


async def record_reads(actor: Principal, subject_type: str, subject_ids: Iterable[object]) -> None:
    """Write one `<type>.read` row per subject read by this request, in one statement."""
    rows = [
        AuditEntry(**_row(actor, f"{subject_type}.read", subject_type, sid, {}))
        for sid in subject_ids
    ]
    if rows:
        await AuditEntry.bulk_create(rows)


def _row(
    actor: Principal, action: str, subject_type: str, subject_id: object, details: dict[str, Any]
) -> dict[str, Any]:
    return {
        "workspace_id": actor.workspace_id,
        "actor_type": actor.kind,
        "actor_id": actor.id,
        "actor_label": actor.label,
        "action": action,
        "subject_type": subject_type,
        "subject_id": "" if subject_id in (None, "") else str(subject_id),
        "ip": actor.ip,
        "at": clock.now(),
        "details": details,
    }
