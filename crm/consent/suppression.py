"""The suppression list: keyed hashes of addresses that must not be mailed or re-consented.

The hash is HMAC-SHA256 with the workspace's own random key, so the list proves "this address
asked to be forgotten" without holding the address, and cannot be matched across workspaces.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime

from crm.contacts.normalize import normalize_email
from crm.models import Suppression, SuppressionReason, Workspace

# Reasons a fresh, explicit grant lifts; bounces and complaints stay (deliverability).
LIFTED_BY_FRESH_GRANT = (SuppressionReason.ERASED, SuppressionReason.UNSUBSCRIBED)


async def _key(workspace_id: int) -> bytes:
    workspace = await Workspace.get(id=workspace_id)
    return bytes.fromhex(workspace.pseudonym_key)


async def email_hash(workspace_id: int, email: str) -> str:
    """The keyed hash of a (normalized) address in this workspace."""
    key = await _key(workspace_id)
    return hmac.new(key, normalize_email(email).encode(), hashlib.sha256).hexdigest()


async def add(workspace_id: int, email: str, reason: SuppressionReason) -> None:
    digest = await email_hash(workspace_id, email)
    await Suppression.get_or_create(workspace_id=workspace_id, email_hash=digest, reason=reason)


async def reasons(workspace_id: int, email: str) -> dict[SuppressionReason, datetime]:
    """Why this address is suppressed, with when each reason was recorded (empty: it is not)."""
    digest = await email_hash(workspace_id, email)
    rows = await Suppression.filter(workspace_id=workspace_id, email_hash=digest)
    return {SuppressionReason(r.reason): r.created_at for r in rows}


async def lift(workspace_id: int, email: str) -> None:
    """Remove the reasons a fresh grant overrides."""
    digest = await email_hash(workspace_id, email)
    await Suppression.filter(
        workspace_id=workspace_id, email_hash=digest, reason__in=list(LIFTED_BY_FRESH_GRANT)
    ).delete()
