"""Thin notifications (QuickBooks, Xero, Fortnox): which entity of which account changed, and
how. They carry no personal data; the processor reads the entity from the provider's API.

Each is stored as `{"account", "entity", "entity_id", "operation", "raw"}` with the topic
`<entity>.<operation>`, so the three providers' processors read one shape.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from integrations.base import Context, Incoming, Processor, dispatch
from integrations.errors import MalformedEvent
from integrations.mapping import Person, Purchase
from integrations.models import OrderKind, OrderStatus


@dataclass(frozen=True)
class Notice:
    account: str  # QuickBooks realm id, Xero or Fortnox tenant id
    entity: str  # lower case: "invoice", "customer", "contact", "payment"
    entity_id: str
    operation: str  # lower case: "create", "update", "delete", ...
    raw: dict[str, Any]

    @classmethod
    def of(cls, payload: dict[str, Any]) -> Notice:
        return cls(**payload)

    @property
    def topic(self) -> str:
        return f"{self.entity}.{self.operation}"

    def incoming(self, upstream_id: str, occurred_at: datetime | None) -> Incoming:
        return Incoming(upstream_id, self.topic, json.dumps(asdict(self)), occurred_at)


def notice(account: Any, entity: Any, entity_id: Any, operation: Any, raw: Any) -> Notice:
    """A Notice from upstream values; MalformedEvent when one is missing."""
    if not all(
        isinstance(v, str | int) and str(v) for v in (account, entity, entity_id, operation)
    ):
        raise MalformedEvent("a notification without its account, entity, id or operation")
    return Notice(str(account), str(entity).lower(), str(entity_id), str(operation).lower(), raw)


async def process(
    ctx: Context, account_setting: str, handlers: dict[str, Processor]
) -> list[Person]:
    """Run the handler of the notice's topic, if the notice is for the configured account."""
    found = Notice.of(ctx.payload)
    expected = str(ctx.integration.settings.get(account_setting, ""))
    if found.account != expected:
        return ctx.ignore(f"a notification for account {found.account}, not {expected}")
    return await dispatch(ctx, handlers)


async def invoice_gone(ctx: Context) -> list[Person]:
    """A deleted or voided invoice: cancelled, if it is known. A deleted one cannot be read
    any more (a voided one reads as zero), so the notice itself is the news."""
    when = ctx.event.occurred_at or ctx.event.received_at
    gone = Purchase(
        OrderKind.INVOICE, Notice.of(ctx.payload).entity_id, OrderStatus.CANCELLED, when
    )
    return [Person(None, when, None, (gone,))]
