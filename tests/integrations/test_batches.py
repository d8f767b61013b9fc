"""Events processed in batches end exactly as processed one at a time: the same contacts,
orders, summaries and consent ledger; and an event that cannot be written fails alone."""

from __future__ import annotations

import dataclasses
import random
from datetime import timedelta
from typing import Any

import pytest

from crm import work
from crm.consent import verify
from crm.models import ConsentEvent, ConsentState, Contact, WorkItem
from crm.models.work import WorkStatus
from integrations import inbox
from integrations.models import InboxStatus, Order, Provider
from integrations.providers import PROVIDERS
from tests.broker.tasks import eventually
from tests.integrations import wire
from tests.integrations.conftest import events_of
from tests.integrations.test_shopify import deliver

CUSTOMERS = 4
ORDERS = 5
TIMES = [f"2026-01-2{day}T12:00:00-05:00" for day in range(1, 5)]  # few: ties and reorders


def stream(seed: int, prefix: int) -> list[tuple[str, dict[str, Any]]]:
    """A shop's events over a few customers and orders, repeating, reordered and tied in
    time, for customers and orders numbered under `prefix`."""
    rng = random.Random(seed)

    def customer(k: int, at: str) -> dict[str, Any]:
        state = rng.choice(["subscribed", "unsubscribed", "pending"])
        level = rng.choice(["single_opt_in", "confirmed_opt_in"])
        return {
            "id": prefix + k,
            "email": f"c{prefix + k}@example.com",
            "first_name": rng.choice(["Ann", "Bo", "Cy"]),
            "updated_at": at,
            "email_marketing_consent": {
                "state": state,
                "opt_in_level": level,
                "consent_updated_at": at,
            },
        }

    events = []
    for _ in range(40):
        at = rng.choice(TIMES)
        k = rng.randrange(CUSTOMERS)
        if rng.random() < 0.4:
            events.append(("customers/update", customer(k, at)))
            continue
        number = rng.randrange(ORDERS)
        status = rng.choice(["paid", "pending", "refunded"])
        order = wire.order(
            id=prefix + number,
            name=f"#{number}",
            email=f"c{prefix + k}@example.com",
            created_at=TIMES[0],
            updated_at=at,
            financial_status=status,
            total_price=str(10 + number),
            customer=customer(k, at),
        )
        events.append((rng.choice(["orders/create", "orders/updated", "orders/paid"]), order))
    return events


async def outcome(workspace_id: int, prefix: int) -> dict[str, Any]:
    """What a user sees of the customers and orders numbered under `prefix`."""
    seen: dict[str, Any] = {}
    for k in range(CUSTOMERS):
        contact = await Contact.get_or_none(
            workspace_id=workspace_id, email=f"c{prefix + k}@example.com"
        )
        if contact is None:
            continue
        state = await ConsentState.get_or_none(contact_id=contact.id)
        ledger = await ConsentEvent.filter(contact_id=contact.id).order_by("seq")
        seen[f"customer {k}"] = (
            contact.first_name,
            contact.field_times,
            contact.orders_count,
            contact.total_spent,
            contact.first_order_at,
            contact.last_order_at,
            (state.status, state.since) if state else None,
            [(e.action, e.occurred_at) for e in ledger],
        )
    for number in range(ORDERS):
        order = await Order.get_or_none(workspace_id=workspace_id, external_id=str(prefix + number))
        if order is not None:
            contact = await Contact.get(id=order.contact_id)
            seen[f"order {number}"] = (order.status, order.total, contact.email[5:])
    return seen


# Rule: processing the events of a shop in batches (of 7 here, so several batches and rounds)
# gives what processing each alone gives: newest wins, nothing is counted twice, and the
# ledger holds the same changes, chained.
@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_batches_end_as_one_event_at_a_time(
    public, shop, workspace, monkeypatch, caplog, seed
):
    spec = work.TASKS[inbox.PROCESS]
    monkeypatch.setitem(work.TASKS, inbox.PROCESS, dataclasses.replace(spec, batch=7))
    # given: the same events for two sets of customers, the first set delivered at once and
    # processed in batches
    for n, (topic, payload) in enumerate(stream(seed, 1000)):
        await deliver(public, shop, topic, payload, f"batched-{n}")
    await work.drain()
    assert "one by one" not in caplog.text  # the batches were written as batches
    # ... the second one event at a time, every topic written alone
    alone = dataclasses.replace(PROVIDERS[Provider.SHOPIFY], mapped=frozenset())
    monkeypatch.setitem(PROVIDERS, Provider.SHOPIFY, alone)
    for n, (topic, payload) in enumerate(stream(seed, 2000)):
        await deliver(public, shop, topic, payload, f"alone-{n}")
        await work.drain()

    # then
    assert {e.status for e in await events_of(shop.id)} == {InboxStatus.PROCESSED}
    batched = await outcome(workspace.id, 1000)
    assert batched == await outcome(workspace.id, 2000)
    assert batched  # the stream made customers and orders
    contacts = await Contact.filter(workspace_id=workspace.id).values_list("id", flat=True)
    assert (await verify.verify_contacts(list(contacts))).ok


# Rule: an event whose write fails in a batch fails alone, with its error, and is retried;
# the events around it are processed.
async def test_an_event_that_cannot_be_written_fails_alone(public, shop, workspace):
    # An order number longer than the column: written, it fails on both databases.
    orders = [wire.order(id=1), wire.order(id=2, name="#" + "9" * 80), wire.order(id=3)]
    for n, order in enumerate(orders):
        await deliver(public, shop, "orders/create", order, f"fails-{n}")
    await work.drain()

    first, bad, last = await events_of(shop.id)
    assert (first.status, last.status) == (InboxStatus.PROCESSED, InboxStatus.PROCESSED)
    assert bad.status == InboxStatus.FAILED and "number" in bad.error
    item = await WorkItem.get(task=inbox.PROCESS, ref=str(bad.id))
    assert (item.status, item.attempts) == (WorkStatus.PENDING, 1)
    assert await Order.filter(workspace_id=workspace.id).count() == 2
    contact = await Contact.get(workspace_id=workspace.id, email="bob@example.com")
    assert contact.orders_count == 2


# Rule: the receiver wakes the workers, it does not send a message per delivery: a burst of
# deliveries sends at most one message at once and one at the end of the window, naming
# the latest event's work row.
async def test_a_burst_of_deliveries_wakes_the_workers_once_or_twice(public, shop, monkeypatch):
    monkeypatch.setattr(work, "COALESCE", timedelta(seconds=3))  # longer than the burst
    sent: list[int] = []
    work.set_sender(lambda item_id, delay_ms: sent.append(item_id))
    try:
        for n in range(5):
            await deliver(public, shop, "orders/create", wire.order(id=n), f"burst-{n}")
        last = await WorkItem.get(task=inbox.PROCESS, ref=str((await events_of(shop.id))[-1].id))
        await eventually(lambda: last.id in sent, timeout=5)
    finally:
        work.set_sender(None)

    assert 1 <= len(sent) <= 2 and sent[-1] == last.id
