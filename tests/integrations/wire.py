"""Deliveries built and signed exactly as the providers build and sign them (see
shared/reference/wire-formats.md), independently of the code under test."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

SHOP = "demo-shop.myshopify.com"


def body(payload: Any) -> bytes:
    return json.dumps(payload).encode()


def _b64_hmac(secret: str, raw: bytes) -> str:
    return base64.b64encode(hmac.new(secret.encode(), raw, hashlib.sha256).digest()).decode()


def shopify_headers(
    raw: bytes, secret: str, topic: str, event_id: str, *, shop: str = SHOP
) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "X-Shopify-Topic": topic,
        "X-Shopify-Hmac-Sha256": _b64_hmac(secret, raw),
        "X-Shopify-Shop-Domain": shop,
        "X-Shopify-API-Version": "2026-01",
        "X-Shopify-Webhook-Id": f"wh-{event_id}-{time.monotonic_ns()}",  # unique per delivery
        "X-Shopify-Event-Id": event_id,
        "X-Shopify-Triggered-At": "2026-01-20T17:00:00.000000Z",
    }


def stripe_signature(raw: bytes, secret: str, timestamp: int | None = None) -> str:
    t = int(time.time()) if timestamp is None else timestamp
    signed = hmac.new(secret.encode(), f"{t}.".encode() + raw, hashlib.sha256).hexdigest()
    return f"t={t},v1={signed}"


def stripe_event(event_id: str, type: str, obj: dict[str, Any], created: int) -> dict[str, Any]:
    return {
        "id": event_id,
        "object": "event",
        "api_version": "2025-01-27",
        "created": created,
        "livemode": False,
        "type": type,
        "data": {"object": obj, "previous_attributes": {}},
    }


def intuit_headers(raw: bytes, verifier_token: str) -> dict[str, str]:
    return {"Content-Type": "application/json", "intuit-signature": _b64_hmac(verifier_token, raw)}


def xero_headers(raw: bytes, webhook_key: str) -> dict[str, str]:
    return {"Content-Type": "application/json", "x-xero-signature": _b64_hmac(webhook_key, raw)}


def customer(**overrides: Any) -> dict[str, Any]:
    """Shopify's minimal customers/create payload."""
    return {
        "id": 207119551,
        "email": "bob@example.com",
        "first_name": "Bob",
        "last_name": "Norman",
        "phone": "+16136120707",
        "created_at": "2024-01-02T08:59:11-05:00",
        "updated_at": "2024-01-02T08:59:11-05:00",
        "tags": "",
        "currency": "USD",
        "email_marketing_consent": {
            "state": "subscribed",
            "opt_in_level": "single_opt_in",
            "consent_updated_at": "2024-01-02T08:59:11-05:00",
        },
        "sms_marketing_consent": None,
    } | overrides


def order(**overrides: Any) -> dict[str, Any]:
    """Shopify's minimal orders/create payload."""
    return {
        "id": 5678901234567,
        "name": "#1001",
        "email": "bob@example.com",
        "created_at": "2026-01-20T12:00:00-05:00",
        "currency": "USD",
        "total_price": "49.00",
        "financial_status": "paid",
        "buyer_accepts_marketing": True,
        "customer": {
            "id": 207119551,
            "email": "bob@example.com",
            "email_marketing_consent": {
                "state": "subscribed",
                "opt_in_level": "single_opt_in",
                "consent_updated_at": "2024-01-02T08:59:11-05:00",
            },
        },
        "line_items": [{"id": 466157049, "title": "Hoodie", "quantity": 1, "price": "49.00"}],
    } | overrides
