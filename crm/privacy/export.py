"""Access and portability: everything held about a person, as JSON and as CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from crm import clock
from crm.consent import ledger
from crm.contacts import service
from crm.models import ConsentEvidence, Contact, PrivacyRequest
from crm.privacy.hooks import EXPORTERS

FORMAT_VERSION = 1


async def _family(contact: Contact) -> list[Contact]:
    """The contact and every contact merged into it: their histories are this person's too."""
    merged = await Contact.filter(merged_into_id=contact.id, workspace_id=contact.workspace_id)
    return [contact, *merged]


async def document(contact: Contact) -> dict[str, Any]:
    """One JSON-ready document with everything held about the person."""
    family = await _family(contact)
    ids = [c.id for c in family]
    profiles = await service.to_out(family)
    events = await ledger.history(ids)
    evidence = dict(
        await ConsentEvidence.filter(event_id__in=[e.id for e in events]).values_list(
            "event_id", "data"
        )
    )
    states = [s for cid in ids for s in await ledger.states(cid)]
    requests = await PrivacyRequest.filter(contact_id__in=ids).order_by("id")
    doc: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "generated_at": clock.now().isoformat(),
        "contact": profiles[0].model_dump(mode="json"),
        "merged_contacts": [p.model_dump(mode="json") for p in profiles[1:]],
        "consent": {
            "state": [
                {
                    "contact_id": s.contact_id,
                    "purpose": s.purpose,
                    "topic_id": s.topic_id,
                    "status": s.status,
                    "since": s.since.isoformat(),
                }
                for s in states
            ],
            "ledger": [
                {
                    "contact_id": e.contact_id,
                    "seq": e.seq,
                    "purpose": e.purpose,
                    "topic_id": e.topic_id,
                    "action": e.action,
                    "source": e.source,
                    "occurred_at": e.occurred_at.isoformat(),
                    "recorded_at": e.recorded_at.isoformat(),
                    "evidence": evidence.get(e.id),
                    "hash": e.hash,
                }
                for e in events
            ],
        },
        "privacy_requests": [
            {
                "id": r.id,
                "type": r.type,
                "jurisdiction": r.jurisdiction,
                "status": r.status,
                "received_at": r.received_at.isoformat(),
                "due_at": r.due_at.isoformat(),
                "completed_at": r.completed_at.isoformat() if r.completed_at else None,
            }
            for r in requests
        ],
    }
    for section, fn in sorted(EXPORTERS.items()):
        doc[section] = await fn(contact.workspace_id, ids)
    return doc


def as_csv(doc: dict[str, Any]) -> str:
    """The document flattened to `section,item,field,value` rows, for spreadsheet users."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["section", "item", "field", "value"])

    def walk(section: str, item: str, value: Any, prefix: str = "") -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(section, item, inner, f"{prefix}{key}.")
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for index, inner in enumerate(value):
                walk(section, f"{item}{prefix}{index}", inner)
        else:
            text = json.dumps(value) if isinstance(value, list) else value
            writer.writerow([section, item, prefix.rstrip("."), "" if text is None else text])

    for section, value in doc.items():
        walk(section, "", value)
    return out.getvalue()
