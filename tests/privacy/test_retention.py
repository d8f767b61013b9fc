"""Retention, tested with a moving clock: nothing is kept longer than the rules say."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tortoise import connections

from crm import clock, work
from crm.consent import ledger
from crm.consent.ledger import Grant
from crm.contacts import service
from crm.contacts.schemas import ContactIn
from crm.models import (
    AuditEntry,
    ConsentAction,
    ConsentEvent,
    ConsentSource,
    ConsentState,
    Contact,
    LoginAttempt,
    Purpose,
    Role,
    Workspace,
)
from crm.models.work import WorkItem
from crm.principal import Principal
from crm.privacy import retention

T0 = datetime(2030, 5, 1, 8, 0, tzinfo=UTC)


async def _workspace_with_history(name: str) -> tuple[Workspace, Contact]:
    workspace = await Workspace.create(name=name)
    actor = Principal(workspace.id, Role.OWNER, "user", "1", "owner@example.com")
    contact = await service.create(actor, ContactIn(email=f"{name}@example.com", tags=["t"]))
    await ledger.record(
        actor,
        contact,
        Grant(
            Purpose.EMAIL_MARKETING,
            ConsentAction.PENDING,
            ConsentSource.FORM,
            evidence={"ip": "192.0.2.4"},
        ),
    )
    return workspace, contact


async def test_an_unconfirmed_opt_in_expires_after_seven_days_not_before():
    with clock.frozen(T0):
        _, contact = await _workspace_with_history("pending7")
        clock.advance(timedelta(days=6, hours=23))
        await retention.run_once()
        state = await ConsentState.get(contact_id=contact.id, purpose=Purpose.EMAIL_MARKETING)
        assert state.status == ConsentAction.PENDING
        clock.advance(timedelta(hours=2))
        await retention.run_once()
        await state.refresh_from_db()
        assert state.status == ConsentAction.EXPIRED
        actions = (
            await ConsentEvent.filter(contact_id=contact.id)
            .order_by("seq")
            .values_list("action", flat=True)
        )
        assert actions == [ConsentAction.PENDING, ConsentAction.EXPIRED]


async def test_a_deleted_workspace_is_destroyed_after_thirty_days_with_its_history():
    with clock.frozen(T0):
        workspace, contact = await _workspace_with_history("doomed")
        keeper, kept = await _workspace_with_history("keeper")
        await Workspace.filter(id=workspace.id).update(deleted_at=clock.now())
        clock.advance(timedelta(days=29))
        await retention.run_once()
        assert await Contact.exists(id=contact.id)
        clock.advance(timedelta(days=2))
        counts = await retention.run_once()
    assert counts["purged_workspaces"] == 1
    assert not await Workspace.exists(id=workspace.id)
    assert not await Contact.exists(id=contact.id)
    assert not await ConsentEvent.exists(workspace_id=workspace.id)
    assert not await AuditEntry.exists(workspace_id=workspace.id)
    conn = connections.get("default")
    for table in ("contacts", "consent_evidence", "consent_state", "tags", "suppressions"):
        rows = await conn.execute_query_dict(
            f'SELECT COUNT(*) AS n FROM "{table}" WHERE workspace_id = {workspace.id}'
        )
        assert rows[0]["n"] == 0, table
    # the other workspace is untouched, and the ledger is still append-only afterwards
    assert await Contact.exists(id=kept.id)
    assert await ConsentEvent.exists(workspace_id=keeper.id)
    event = await ConsentEvent.filter(workspace_id=keeper.id).first()
    try:
        await conn.execute_query(f"DELETE FROM consent_events WHERE id = {event.id}")
    except Exception as exc:
        assert "append-only" in str(exc)
    else:
        raise AssertionError("the delete guard was not restored")


async def test_old_failed_logins_are_forgotten():
    with clock.frozen(T0):
        await LoginAttempt.create(
            email="old@example.com", ip="192.0.2.9", at=clock.now() - timedelta(days=2)
        )
        await LoginAttempt.create(email="new@example.com", ip="192.0.2.9", at=clock.now())
        await retention.run_once()
    assert not await LoginAttempt.exists(email="old@example.com")
    assert await LoginAttempt.exists(email="new@example.com")


async def test_retention_is_scheduled_by_the_sweep_once_per_interval():
    await WorkItem.filter(task="privacy.retention").delete()
    with clock.frozen(T0 + timedelta(days=400)):
        assert "privacy.retention" in await work.schedule_periodic()
        assert "privacy.retention" not in await work.schedule_periodic()  # already queued
        assert await work.drain() >= 1
        clock.advance(timedelta(minutes=30))
        assert "privacy.retention" not in await work.schedule_periodic()  # ran recently
        clock.advance(retention.RUN_EVERY)
        assert "privacy.retention" in await work.schedule_periodic()
        await work.drain()
