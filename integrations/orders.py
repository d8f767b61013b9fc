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
from integrations import rows
from integrations.mapping import Purchase, money
from integrations.models import Integration, Order, OrderStatus


def _newer(order: Order, purchase: Purchase) -> bool:
    if purchase.updated_at != order.upstream_updated_at:
        return purchase.updated_at > order.upstream_updated_at
    return purchase.status.rank >= OrderStatus(order.status).rank


def key(integration: Integration, purchase: Purchase) -> tuple[str, str, str]:
    """What identifies a purchase's row within its workspace: provider, kind, upstream id."""
    return (integration.provider.value, purchase.kind.value, purchase.external_id)


def version(
    integration: Integration, contact_id: int | None, purchase: Purchase, stored: Order | None
) -> tuple[Order | None, dict[str, Any]] | None:
    """What to write for `purchase` given the stored row: (that row, the values to set on it),
    or (None, the fields of a new row); None when the stored version is as new, or when there
    is neither a stored row nor a contact (a void notification names an invoice, not a
    person)."""
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
    if stored is None:
        if contact_id is None:
            return None
        new = {
            "workspace_id": integration.workspace_id,
            "provider": integration.provider,
            "kind": purchase.kind,
            "external_id": purchase.external_id,
        }
        return None, new | values
    if not _newer(stored, purchase):
        return None
    return stored, values


async def update(order: Order, values: dict[str, Any]) -> None:
    """Write the values `version` chose into a stored order."""
    order.update_from_dict(values)
    await order.save(update_fields=[*values, "updated_at"])


async def save(
    integration: Integration, contact_id: int | None, purchase: Purchase
) -> Order | None:
    """Store `purchase` unless a newer version is stored; the row, or None when unchanged."""
    provider, kind, external_id = key(integration, purchase)
    stored = await Order.get_or_none(
        workspace_id=integration.workspace_id,
        provider=provider,
        kind=kind,
        external_id=external_id,
    )
    written = version(integration, contact_id, purchase, stored)
    if written is None:
        return None
    order, values = written
    if order is None:
        return await Order.create(**values)
    await update(order, values)
    return order


async def rollup(contact_id: int) -> None:
    """Recompute the commerce summary of a contact from its paid orders and invoices (and
    those of the contacts merged into it)."""
    await rollup_many([contact_id])


# The summaries of a batch, written by one statement (see rows.update).
_SUMMARY = ("orders_count", "total_spent", "currency", "first_order_at", "last_order_at")


async def rollup_many(contact_ids: list[int]) -> None:
    """`rollup` for many contacts: three statements, however many there are."""
    if not contact_ids:
        return
    # From the few merge records, not from contacts.merged_into_id: that has no index, and
    # this runs for every order.
    owner = {contact_id: contact_id for contact_id in contact_ids}
    for survivor, merged in await ContactMerge.filter(survivor_id__in=contact_ids).values_list(
        "survivor_id", "merged_id"
    ):
        owner[merged] = survivor
    groups: dict[int, list[dict[str, Any]]] = {contact_id: [] for contact_id in contact_ids}
    for row in (
        await Order.filter(contact_id__in=list(owner), status=OrderStatus.PAID)
        .annotate(
            count=Count("id"), spent=Sum("total"), first=Min("placed_at"), last=Max("placed_at")
        )
        .group_by("contact_id", "currency")
        .values("contact_id", "currency", "count", "spent", "first", "last")
    ):
        groups[owner[row["contact_id"]]].append(row)
    await rows.update(
        Contact, [_summary(contact_id, found) for contact_id, found in groups.items()], _SUMMARY
    )


def _summary(contact_id: int, groups: list[dict[str, Any]]) -> dict[str, Any]:
    """The summary columns from a contact's paid purchases grouped by currency (a merged
    contact's groups stay apart: they are added up here)."""
    for group in groups:  # SQLite's aggregates of datetimes come back as text
        for name in ("first", "last"):
            if isinstance(group[name], str):
                group[name] = Order._meta.fields_map["placed_at"].to_python_value(group[name])
    latest = max(groups, key=lambda r: (r["last"] is not None, r["last"]), default=None)
    currency = latest["currency"] if latest else ""
    firsts = [r["first"] for r in groups if r["first"]]
    lasts = [r["last"] for r in groups if r["last"]]
    return {
        "id": contact_id,
        "orders_count": sum(r["count"] for r in groups),
        "total_spent": money(sum(money(r["spent"]) for r in groups if r["currency"] == currency)),
        "currency": currency,
        "first_order_at": min(firsts, default=None),
        "last_order_at": max(lasts, default=None),
    }


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
