"""Orders and invoices: the newest upstream version wins, and the contact's commerce summary
is recomputed from them, never incremented.

A retried or reordered event therefore cannot count a purchase twice nor roll an order back:
`save` keeps the version with the latest upstream `updated_at` (on a tie, the later stage:
paid over created), and `rollup` rebuilds the summary from the rows. The summary counts paid
purchases only; its currency is that of the latest one, and `total_spent` adds up the paid
purchases in that currency.
"""

from __future__ import annotations

from typing import Any

from tortoise.functions import Count, Max, Min, Sum

from crm.models import Contact, ContactMerge
from crm.privacy.hooks import eraser, exporter
from integrations.mapping import Purchase, money
from integrations.models import Integration, Order, OrderStatus


def _newer(order: Order, purchase: Purchase) -> bool:
    if purchase.updated_at != order.upstream_updated_at:
        return purchase.updated_at > order.upstream_updated_at
    return purchase.status.rank >= OrderStatus(order.status).rank


async def save(
    integration: Integration, contact_id: int | None, purchase: Purchase
) -> Order | None:
    """Store `purchase` unless a newer version is stored; the row, or None when unchanged.

    Without a contact only an order already stored is updated (a void notification names
    an invoice, not a person).
    """
    key = {
        "workspace_id": integration.workspace_id,
        "provider": integration.provider,
        "kind": purchase.kind,
        "external_id": purchase.external_id,
    }
    values: dict[str, Any] = {
        "status": purchase.status,
        "upstream_updated_at": purchase.updated_at,
        "integration_id": integration.id,
    }
    # A status-only notification (a deletion) knows nothing else: keep what is stored.
    if purchase.number or purchase.currency:
        values |= {
            "number": purchase.number,
            "currency": purchase.currency,
            "total": purchase.total,
            "placed_at": purchase.placed_at,
            "items": purchase.items,
        }
    if contact_id is not None:
        values["contact_id"] = contact_id
    order = await Order.get_or_none(**key)
    if order is None:
        if contact_id is None:
            return None
        return await Order.create(**key, **values)
    if not _newer(order, purchase):
        return None
    order.update_from_dict(values)
    await order.save(update_fields=[*values, "updated_at"])
    return order


async def rollup(contact_id: int) -> None:
    """Recompute the commerce summary of a contact from its paid orders and invoices (and
    those of the contacts merged into it)."""
    # From the few merge records, not from contacts.merged_into_id: that has no index, and
    # this runs for every order.
    merged = await ContactMerge.filter(survivor_id=contact_id).values_list("merged_id", flat=True)
    rows = (
        await Order.filter(contact_id__in=[contact_id, *merged], status=OrderStatus.PAID)
        .annotate(
            count=Count("id"), spent=Sum("total"), first=Min("placed_at"), last=Max("placed_at")
        )
        .group_by("currency")
        .values("currency", "count", "spent", "first", "last")
    )
    latest = max(rows, key=lambda r: (r["last"] is not None, r["last"]), default=None)
    firsts = [r["first"] for r in rows if r["first"]]
    lasts = [r["last"] for r in rows if r["last"]]
    await Contact.filter(id=contact_id).update(
        orders_count=sum(r["count"] for r in rows),
        total_spent=money(latest["spent"]) if latest else 0,
        currency=latest["currency"] if latest else "",
        first_order_at=min(firsts, default=None),
        last_order_at=max(lasts, default=None),
    )


@exporter("orders")
async def export_orders(workspace_id: int, contact_ids: list[int]) -> list[dict[str, Any]]:
    orders = await Order.filter(workspace_id=workspace_id, contact_id__in=contact_ids).order_by(
        "placed_at", "id"
    )
    return [
        {
            "provider": o.provider,
            "kind": o.kind,
            "number": o.number,
            "status": o.status,
            "total": str(o.total),
            "currency": o.currency,
            "placed_at": o.placed_at.isoformat() if o.placed_at else None,
            "items": o.items,
        }
        for o in orders
    ]


@eraser("orders")
async def erase_orders(workspace_id: int, contact_ids: list[int], email_hash: str) -> int:
    return await Order.filter(workspace_id=workspace_id, contact_id__in=contact_ids).delete()
