"""Compact signed tokens for the public URLs in emails (open pixel, click, unsubscribe).

A token is base64url of `version | key id | kind | workspace id | message id | link index`
followed by the first 16 bytes of an HMAC-SHA256 over those bytes (44 characters in all).
The key is derived from SECRET_KEY *and the workspace id*, so a token cannot be moved to
another workspace, and the key id names which secret signed it, so SECRET_KEY can rotate
(the previous secrets stay valid through `PREVIOUS_SECRET_KEYS`). It names a message, never
an email address, and `verify` needs no database: a forged token costs one HMAC. In an email
address (the List-Unsubscribe mailto) the same bytes are spelled in base32 (`mailbox`), which
survives a mail system changing the case of the address.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import struct
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple

VERSION = 1
_LAYOUT = struct.Struct(">BBcIQH")  # version, key id, kind, workspace, message, link index
_MAC_BYTES = 16  # 128 bits: forging by guessing is out of reach
# Exactly the characters `sign` writes: base64 decoding alone would skip stray characters and
# padding, so that many strings (a tampered one among them) would read as one genuine token.
_TOKEN = re.compile(rf"[A-Za-z0-9_-]{{{(_LAYOUT.size + _MAC_BYTES) * 4 // 3}}}")
# The same bytes in base32 for email addresses (`mailbox`): 53 characters, any case.
_MAILBOX = re.compile(rf"[a-z2-7]{{{-(-(_LAYOUT.size + _MAC_BYTES) * 8 // 5)}}}", re.IGNORECASE)
_SHA256_BLOCK = 64  # bytes; HMAC pads its key to this
# The link index of the hidden link in every tracked message: no person sees it, so whatever
# follows it is a machine (see tracking/classify.py). No CampaignLink ever has this index.
HONEYPOT_LINK = 0xFFFF


class Kind(StrEnum):
    OPEN = "o"
    CLICK = "c"
    UNSUBSCRIBE = "u"


_KIND_BYTES = {kind: kind.value.encode() for kind in Kind}


class TokenError(ValueError):
    """A token that is malformed, forged, of another kind, or signed by an unknown key."""


class Claims(NamedTuple):
    """What a token says (a tuple: made on every pixel and click, at a third of a frozen
    dataclass's cost)."""

    kind: Kind
    workspace_id: int
    message_id: int
    link: int = 0  # the link index, for clicks


@lru_cache(maxsize=16)
def key_id(secret: str) -> int:
    """One byte naming a secret, so the verifier knows which one signed a token."""
    return hashlib.sha256(b"crm-token-kid|" + secret.encode()).digest()[0]


def _key(secret: str, workspace_id: int) -> bytes:
    return hmac.new(secret.encode(), f"crm-token|{workspace_id}".encode(), hashlib.sha256).digest()


@lru_cache(maxsize=4096)
def _pads(secret: str, workspace_id: int) -> tuple[Any, Any]:
    """SHA-256 states fed the key's inner and outer pads (RFC 2104, section 4), made once per
    secret and workspace: an HMAC is then two copies and two updates, a third of the time of
    `hmac.digest`, on every request of the tracking hot paths."""
    key = _key(secret, workspace_id).ljust(_SHA256_BLOCK, b"\0")
    inner = hashlib.sha256(bytes(byte ^ 0x36 for byte in key))
    outer = hashlib.sha256(bytes(byte ^ 0x5C for byte in key))
    return inner, outer


def _mac(secret: str, workspace_id: int, body: bytes) -> bytes:
    """HMAC-SHA256 of `body` with the workspace's key, cut to _MAC_BYTES."""
    return _padded_mac(*_pads(secret, workspace_id), body)


def _padded_mac(inner_pad: Any, outer_pad: Any, body: bytes) -> bytes:
    inner = inner_pad.copy()
    inner.update(body)
    outer = outer_pad.copy()
    outer.update(inner.digest())
    return outer.digest()[:_MAC_BYTES]


def sign(secret: str, claims: Claims) -> str:
    return Signer(secret, claims.workspace_id).sign(claims.kind, claims.message_id, claims.link)


class Signer:
    """`sign` for one secret and workspace, with what they share looked up once: a campaign
    message carries a token per link, signed here at 40% of the cost of `sign` each."""

    def __init__(self, secret: str, workspace_id: int) -> None:
        self.workspace_id = workspace_id
        self._key_id = key_id(secret)
        self._inner, self._outer = _pads(secret, workspace_id)

    def sign(self, kind: Kind, message_id: int, link: int = 0) -> str:
        """The token of `kind` for `message_id` (and `link`, for clicks)."""
        body = _LAYOUT.pack(
            VERSION, self._key_id, _KIND_BYTES[kind], self.workspace_id, message_id, link
        )
        mac = _padded_mac(self._inner, self._outer, body)
        # 33 bytes: 44 base64 characters with no padding to strip.
        return base64.urlsafe_b64encode(body + mac).decode()


def verify(secrets: list[str], token: str, kind: Kind) -> Claims:
    """The claims of a token signed by one of `secrets` for `kind`, or TokenError."""
    if _TOKEN.fullmatch(token) is None:
        raise TokenError("not a token: wrong length or characters")
    # The regex admits only the URL-safe alphabet: mapping it to the standard one and decoding
    # in C is a third of urlsafe_b64decode's Python layers.
    return _claims(secrets, binascii.a2b_base64(token.replace("-", "+").replace("_", "/")), kind)


def mailbox(token: str) -> str:
    """`token` spelled for the local part of an email address: lower-case base32, 53
    characters. Mail systems may change the case of a local part, which base64 cannot bear."""
    raw = base64.urlsafe_b64decode(token)
    return base64.b32encode(raw).decode().rstrip("=").lower()


def verify_mailbox(secrets: list[str], text: str, kind: Kind) -> Claims:
    """The claims of a token spelled by `mailbox`, in any case, or TokenError."""
    if _MAILBOX.fullmatch(text) is None:
        raise TokenError("not a token: wrong length or characters")
    raw = base64.b32decode(text.upper() + "=" * (-len(text) % 8))
    # The last character carries a bit of padding: only the one spelling `mailbox` writes.
    if base64.b32encode(raw).decode().rstrip("=") != text.upper():
        raise TokenError("not a token: stray padding bits")
    return _claims(secrets, raw, kind)


def _claims(secrets: list[str], raw: bytes, kind: Kind) -> Claims:
    body, mac = raw[: _LAYOUT.size], raw[_LAYOUT.size :]
    version, kid, raw_kind, workspace_id, message_id, link = _LAYOUT.unpack(body)
    if version != VERSION:
        raise TokenError("unknown token version")
    for secret in secrets:
        if key_id(secret) != kid:
            continue
        if hmac.compare_digest(_mac(secret, workspace_id, body), mac):
            break
    else:
        raise TokenError("bad signature")
    if raw_kind != _KIND_BYTES[kind]:
        raise TokenError("token of another kind")
    return Claims(kind, workspace_id, message_id, link)
