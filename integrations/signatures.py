"""HMAC-SHA256 signatures over raw bodies, computed before anything is parsed.

Two schemes cover every provider. `base64_matches`: the base64 HMAC of the body (Shopify,
QuickBooks, Xero). `timestamped_matches`: Stripe's `t=<unix>,v1=<hex>,v1=<hex>` over
`"<t>.<body>"`, accepted when any `v1` matches and `t` is within the tolerance; the CRM signs
its own outgoing webhooks the same way (`timestamped_header`). Every comparison is constant
time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable
from datetime import datetime, timedelta

from integrations.errors import SignatureError

STRIPE_TOLERANCE = timedelta(seconds=300)  # Stripe's own default; older deliveries are replays


def _digest(secret: str, message: bytes) -> bytes:
    return hmac.new(secret.encode(), message, hashlib.sha256).digest()


def base64_hmac(secret: str, body: bytes) -> str:
    """Standard base64 of HMAC-SHA256(secret, body)."""
    return base64.b64encode(_digest(secret, body)).decode()


def base64_matches(header: str | None, body: bytes, secrets: Iterable[str]) -> None:
    """Raise SignatureError unless `header` is the base64 HMAC of `body` under a secret."""
    if not header:
        raise SignatureError("the signature header is missing")
    given = header.strip().encode()
    # Every secret is tried, so the time taken does not tell which one nearly matched.
    matched = False
    for secret in secrets:
        matched |= hmac.compare_digest(base64_hmac(secret, body).encode(), given)
    if not matched:
        raise SignatureError("the signature does not match the body")


def timestamped_hmac(secret: str, timestamp: int, body: bytes) -> str:
    """Lowercase hex HMAC-SHA256 of `"<timestamp>.<body>"`."""
    return _digest(secret, f"{timestamp}.".encode() + body).hex()


def timestamped_header(secrets: Iterable[str], timestamp: int, body: bytes) -> str:
    """`t=<timestamp>,v1=<hex>` with one `v1` per secret (several during a rotation)."""
    return ",".join(
        [f"t={timestamp}", *(f"v1={timestamped_hmac(s, timestamp, body)}" for s in secrets)]
    )


def timestamped_matches(
    header: str | None,
    body: bytes,
    secrets: Iterable[str],
    now: datetime,
    tolerance: timedelta = STRIPE_TOLERANCE,
) -> int:
    """Check a `t=…,v1=…` header; returns its timestamp or raises SignatureError.

    Any `v1` may match (a rotating sender signs with old and new secrets); `v0` and unknown
    schemes are ignored.
    """
    if not header:
        raise SignatureError("the signature header is missing")
    timestamp: int | None = None
    candidates: list[bytes] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            candidates.append(value.strip().encode())
    if timestamp is None or not candidates:
        raise SignatureError("the signature header has no timestamp or no v1 signature")
    if abs(now.timestamp() - timestamp) > tolerance.total_seconds():
        raise SignatureError("the signature timestamp is outside the tolerance")
    matched = False
    for secret in secrets:
        expected = timestamped_hmac(secret, timestamp, body).encode()
        for candidate in candidates:
            matched |= hmac.compare_digest(expected, candidate)
    if not matched:
        raise SignatureError("no v1 signature matches the body")
    return timestamp
