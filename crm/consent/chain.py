"""The hash chain of a contact's consent events.

Each event's hash is SHA-256 over a canonical JSON of its content and the previous event's
hash, so changing, removing or reordering any event breaks every link after it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of a contact's first event


def canonical(value: Any) -> bytes:
    """Deterministic JSON: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def evidence_hash(evidence: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(evidence)).hexdigest()


def _time(value: datetime) -> str:
    # Both databases keep microseconds; UTC ISO text is the same wherever it is computed.
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def event_hash(
    *,
    workspace_id: int,
    contact_id: int,
    seq: int,
    purpose: str,
    topic_id: int,
    action: str,
    source: str,
    policy_version_id: int | None,
    evidence_hash: str,
    occurred_at: datetime,
    recorded_at: datetime,
    prev_hash: str,
) -> str:
    """The hash of one event given the hash of the event before it."""
    content = {
        "workspace_id": workspace_id,
        "contact_id": contact_id,
        "seq": seq,
        "purpose": str(purpose),
        "topic_id": topic_id,
        "action": str(action),
        "source": str(source),
        "policy_version_id": policy_version_id,
        "evidence_hash": evidence_hash,
        "occurred_at": _time(occurred_at),
        "recorded_at": _time(recorded_at),
        "prev_hash": prev_hash,
    }
    return hashlib.sha256(canonical(content)).hexdigest()
