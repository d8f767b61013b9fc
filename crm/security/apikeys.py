"""API keys: `crm_<prefix>_<secret>`, shown once, stored as SHA-256, scoped to a workspace.

SHA-256 rather than argon2 because the key carries 256 bits of randomness (nothing to
brute-force) and is checked on every request.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from crm import clock
from crm.errors import Unauthenticated
from crm.models import ApiKey, Role, User, Workspace

KEY_PREFIX = "crm"
LAST_USED_RESOLUTION = timedelta(minutes=1)  # write last_used_at at most once a minute per key


@dataclass(frozen=True)
class IssuedKey:
    """A new key: `token` is the only time the full secret exists outside the client."""

    key: ApiKey
    token: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def issue(
    workspace: Workspace, name: str, role: Role = Role.MARKETER, created_by: User | None = None
) -> IssuedKey:
    prefix = secrets.token_hex(6)
    token = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    key = await ApiKey.create(
        workspace=workspace,
        name=name,
        prefix=prefix,
        key_hash=_digest(token),
        role=role,
        created_by=created_by,
    )
    return IssuedKey(key=key, token=token)


async def authenticate(token: str) -> ApiKey:
    """The live key for `token`, or Unauthenticated. Records when it was last used."""
    parts = token.split("_")
    if len(parts) < 3 or parts[0] != KEY_PREFIX:
        raise Unauthenticated("malformed API key")
    key = await ApiKey.get_or_none(prefix=parts[1])
    # compare_digest so the time taken does not reveal how much of the hash matched
    if key is None or not hmac.compare_digest(key.key_hash, _digest(token)):
        raise Unauthenticated("unknown API key")
    if key.revoked_at is not None:
        raise Unauthenticated("this API key has been revoked")
    now = clock.now()
    if key.last_used_at is None or now - key.last_used_at >= LAST_USED_RESOLUTION:
        key.last_used_at = now
        await ApiKey.filter(id=key.id).update(last_used_at=now)
    return key


async def revoke(workspace_id: int, key_id: int) -> bool:
    """Revoke a key of this workspace; False if there is no such live key."""
    count = await ApiKey.filter(
        id=key_id, workspace_id=workspace_id, revoked_at__isnull=True
    ).update(revoked_at=clock.now())
    return count > 0
