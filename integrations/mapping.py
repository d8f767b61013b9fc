"""What every provider's payload is mapped to, and the lenient readers that build it.

Upstream data is not ours to validate: a malformed phone or an unknown country code drops
that field, never the event. Only a missing or invalid email leaves the person out, since
contacts are matched by it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from crm.contacts import normalize
from crm.contacts.schemas import ContactIn
from crm.errors import Invalid
from crm.models import ConsentAction
from integrations.models import OrderKind, OrderStatus

MAX_ITEMS = 20  # line items kept per order: a summary for segments, not the order itself
_XERO_DATE = re.compile(r"/Date\((-?\d+)([+-]\d{4})?\)/")


@dataclass(frozen=True)
class UpstreamConsent:
    """Email marketing consent as the provider states it."""

    action: ConsentAction
    occurred_at: datetime
    evidence: dict[str, Any]
    # False for a "no" that may only mean "never asked" (Shopify's legacy accepts_marketing
    # without a timestamp): it withdraws a live consent but is not recorded otherwise.
    explicit: bool = True


@dataclass(frozen=True)
class Purchase:
    """An order or invoice; the version with the newest `updated_at` wins."""

    kind: OrderKind
    external_id: str
    status: OrderStatus
    updated_at: datetime
    number: str = ""
    currency: str = ""
    total: Decimal = Decimal(0)
    placed_at: datetime | None = None
    items: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Person:
    """Someone an event describes, as observed at `observed_at`.

    `contact` None: the event names no one by email; its purchases then only update orders
    already known (a voided invoice, say).
    """

    contact: ContactIn | None
    observed_at: datetime
    consent: UpstreamConsent | None = None
    purchases: tuple[Purchase, ...] = ()


def contact_in(email: Any, **values: Any) -> ContactIn | None:
    """A ContactIn from upstream values, without the ones that fail validation.

    None when the email is missing or invalid. Empty values are left out (they never erase).
    """
    if not isinstance(email, str) or not email.strip():
        return None
    data = {k: v for k, v in values.items() if v not in (None, "", {}, [])}
    if isinstance(data.get("address"), dict):
        data["address"] = {k: v for k, v in data["address"].items() if v}
    if data.get("phone"):
        try:
            data["phone"] = normalize.normalize_phone(str(data["phone"]), data.get("country", ""))
        except Invalid:
            del data["phone"]
    while True:
        try:
            return ContactIn(email=email, **data)
        except ValidationError as exc:
            bad = {str(error["loc"][0]) for error in exc.errors() if error["loc"]}
            if "email" in bad or not bad & set(data):
                return None
            for name in bad:
                data.pop(name, None)


def split_name(full: Any) -> tuple[str, str]:
    """("Anna Maria", "Svensson") from "Anna Maria Svensson"; providers with one name field."""
    parts = str(full or "").strip().rsplit(" ", 1)
    return (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "")


def parse_time(value: Any) -> datetime | None:
    """A timezone-aware datetime from ISO 8601, a Unix timestamp or Xero's `/Date(ms)/`."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    text = str(value).strip()
    if match := _XERO_DATE.fullmatch(text):
        return datetime.fromtimestamp(int(match.group(1)) / 1000, UTC)
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    # A date without a zone (an invoice date) is taken as UTC.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def money(value: Any) -> Decimal:
    """An amount as a Decimal with cents; 0 when it cannot be read."""
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return Decimal(0)


def items(rows: Any, title: str, quantity: str, price: str) -> list[dict[str, Any]]:
    """The first MAX_ITEMS line items as {"title", "quantity", "price"}, read by key names."""
    summary: list[dict[str, Any]] = []
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, dict) and len(summary) < MAX_ITEMS:
            summary.append(
                {
                    "title": str(row.get(title) or "")[:200],
                    "quantity": row.get(quantity) or 0,
                    "price": str(money(row.get(price))),
                }
            )
    return summary


def dig(data: Any, *path: str) -> Any:
    """`data[a][b]...`, or None where a level is missing or not a dict."""
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data
