"""Secrets at rest: integration credentials and webhook signing keys, sealed with Fernet.

The key is derived from SECRET_KEY with HKDF-SHA256 (its own salt and purpose, so it is never
the key that signs cookies or tokens). Keys from PREVIOUS_SECRET_KEYS still open what they
sealed, so SECRET_KEY can rotate; new seals always use the current one. Opening a seal that
no key opens is an error: a secret is never silently empty.
"""

from __future__ import annotations

import base64
import json
from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crm.errors import CrmError
from crm.settings import Settings, get_settings, signing_secrets

SALT = b"crm-integrations"
INFO = b"integration secrets v1"

_settings: Settings | None = None


class SealError(CrmError):
    """A sealed value that none of the configured keys opens (SECRET_KEY changed?)."""

    code = "secret_unreadable"


def configure(settings: Settings) -> None:
    """Use these settings' keys in this process (the default: the environment's)."""
    global _settings
    _settings = settings


def _derive(secret: str) -> bytes:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=SALT, info=INFO).derive(secret.encode())
    return base64.urlsafe_b64encode(key)


@lru_cache(maxsize=8)
def _keyring(secrets: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(_derive(secret)) for secret in secrets])


def keyring() -> MultiFernet:
    """The current key first, then the previous ones."""
    return _keyring(tuple(signing_secrets(_settings or get_settings())))


def seal(values: dict[str, Any]) -> str:
    """Encrypt a JSON-ready dict."""
    return keyring().encrypt(json.dumps(values, sort_keys=True).encode()).decode()


def unseal(token: str) -> dict[str, Any]:
    """The dict `seal` encrypted; {} for an empty token. Raises SealError."""
    return dict(_open(token, keyring()))


def unseal_remembered(token: str) -> dict[str, Any]:
    """`unseal`, remembered per token and keys: for the receivers, which open the same seal on
    every delivery. A rotation or a disconnection seals anew, so it is a new token."""
    return dict(_remembered(token, keyring()))


@lru_cache(maxsize=1024)
def _remembered(token: str, ring: MultiFernet) -> tuple[tuple[str, Any], ...]:
    return tuple(_open(token, ring).items())


def _open(token: str, ring: MultiFernet) -> dict[str, Any]:
    if not token:
        return {}
    try:
        return dict(json.loads(ring.decrypt(token.encode())))
    except InvalidToken as exc:
        raise SealError("a stored secret cannot be decrypted with SECRET_KEY") from exc
