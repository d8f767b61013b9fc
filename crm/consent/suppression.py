"""The suppression list: keyed hashes of addresses that must not be mailed or re-consented.

The hash is HMAC-SHA256 with the workspace's own random key, so the list proves "this address
asked to be forgotten" without holding the address, and cannot be matched across workspaces.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from datetime import datetime

from tortoise import connections

from crm import db
from crm.contacts.normalize import normalize_email
from crm.models import Suppression, SuppressionReason, Workspace

# The suppression entries of some hashes, which travel as one parameter: building an IN list
# of a thousand values through the ORM costs more than the query. Parameters: workspace id,
# the hashes (an array on PostgreSQL, a JSON array on SQLite).
_SELECT = "SELECT email_hash, reason FROM suppressions WHERE "
_MATCH = {
    "postgres": _SELECT + "workspace_id = $1 AND email_hash = ANY($2)",
    "sqlite": _SELECT + "workspace_id = ? AND email_hash IN (SELECT value FROM json_each(?))",
}

# Reasons a fresh, explicit grant lifts; bounces and complaints stay (deliverability).
LIFTED_BY_FRESH_GRANT = (SuppressionReason.ERASED, SuppressionReason.UNSUBSCRIBED)


async def _key(workspace_id: int) -> bytes:
    workspace = await Workspace.get(id=workspace_id)
    return bytes.fromhex(workspace.pseudonym_key)


def _digest(key: bytes, normalized: str) -> str:
    return hmac.new(key, normalized.encode(), hashlib.sha256).hexdigest()


async def email_hash(workspace_id: int, email: str) -> str:
    """The keyed hash of a (normalized) address in this workspace."""
    return _digest(await _key(workspace_id), normalize_email(email))


async def add(workspace_id: int, email: str, reason: SuppressionReason) -> None:
    digest = await email_hash(workspace_id, email)
    await Suppression.get_or_create(workspace_id=workspace_id, email_hash=digest, reason=reason)


async def reasons(workspace_id: int, email: str) -> dict[SuppressionReason, datetime]:
    """Why this address is suppressed, with when each reason was recorded (empty: it is not)."""
    digest = await email_hash(workspace_id, email)
    rows = await Suppression.filter(workspace_id=workspace_id, email_hash=digest)
    return {SuppressionReason(r.reason): r.created_at for r in rows}


async def suppressed(
    workspace_id: int, normalized: Iterable[str]
) -> dict[str, set[SuppressionReason]]:
    """Which of these addresses (normalized, as contacts store them) are on the suppression
    list, and why: one query for a whole batch."""
    key = await _key(workspace_id)
    by_hash = {_digest(key, email): email for email in normalized}
    found: dict[str, set[SuppressionReason]] = {}
    if not by_hash:
        return found
    dialect = db.dialect()
    hashes = list(by_hash) if dialect == "postgres" else json.dumps(list(by_hash))
    rows = await connections.get("default").execute_query_dict(
        _MATCH[dialect], [workspace_id, hashes]
    )
    for row in rows:
        found.setdefault(by_hash[row["email_hash"]], set()).add(SuppressionReason(row["reason"]))
    return found


async def lift(workspace_id: int, email: str) -> None:
    """Remove the reasons a fresh grant overrides."""
    digest = await email_hash(workspace_id, email)
    await Suppression.filter(
        workspace_id=workspace_id, email_hash=digest, reason__in=list(LIFTED_BY_FRESH_GRANT)
    ).delete()
