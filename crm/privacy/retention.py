"""Retention: personal data is kept no longer than each workspace says, then removed.

Safe defaults (per workspace, see Workspace): tracking IPs and user agents dropped after 180
days, raw webhook payloads deleted after 30 days, unconfirmed double opt-ins expired after 7
days, and a deleted workspace destroyed 30 days after its deletion. Other packages register
their own steps (`step`); the periodic task runs them all.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from tortoise.transactions import in_transaction

from crm import clock, db, work
from crm.consent import ledger
from crm.models import (
    ConsentAction,
    ConsentSource,
    ConsentState,
    Contact,
    LoginAttempt,
    Workspace,
)
from crm.principal import system

log = logging.getLogger(__name__)

RUN_EVERY = timedelta(hours=1)
DELETED_WORKSPACE_GRACE = timedelta(days=30)  # an owner can still undo a deletion until then
PENDING_OPT_IN_TTL = timedelta(days=7)  # confirmation links expire then, as the form says
LOGIN_ATTEMPTS_TTL = timedelta(days=1)  # long past the throttle window

# (workspace) -> rows changed; registered by packages that hold dated personal data
Step = Callable[[Workspace], Awaitable[int]]
STEPS: dict[str, Step] = {}

# Tables holding a workspace's rows, children first; the append-only ones need the purge switch.
_PURGE_ORDER = (
    "consent_evidence",
    "consent_state",
    "consent_events",
    "suppressions",
    "privacy_requests",
    "audit_log",
)


def step(name: str) -> Callable[[Step], Step]:
    def register(fn: Step) -> Step:
        STEPS[name] = fn
        return fn

    return register


async def expire_pending_opt_ins(workspace: Workspace) -> int:
    """Record `expired` for double opt-ins never confirmed within PENDING_OPT_IN_TTL."""
    cutoff = clock.now() - PENDING_OPT_IN_TTL
    stale = (
        await ConsentState.filter(
            workspace_id=workspace.id, status=ConsentAction.PENDING, since__lt=cutoff
        )
        .distinct()
        .values_list("contact_id", flat=True)
    )
    actor = system(workspace.id, "retention")
    expired = 0
    for contact in await Contact.filter(id__in=list(stale)):
        expired += await ledger.transition(
            actor,
            contact,
            ConsentAction.EXPIRED,
            ConsentSource.ADMIN,
            {"reason": "not confirmed within 7 days"},
            among=(ConsentAction.PENDING,),
        )
    return expired


async def purge_workspace(workspace: Workspace) -> None:
    """Destroy every row of a workspace, its append-only history included."""
    async with in_transaction() as tx:
        if db.dialect() == "postgres":
            await tx.execute_query("SET LOCAL crm.purge = 'on'")
            for table in _PURGE_ORDER:
                await tx.execute_query(
                    f'DELETE FROM "{table}" WHERE workspace_id = $1', [workspace.id]
                )
        else:
            # SQLite has no session settings: lift the delete guards inside this transaction.
            await tx.execute_script(
                'DROP TRIGGER "audit_log_no_delete"; DROP TRIGGER "consent_events_no_delete";'
            )
            for table in _PURGE_ORDER:
                await tx.execute_query(
                    f'DELETE FROM "{table}" WHERE workspace_id = ?', [workspace.id]
                )
            await tx.execute_script(
                """CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
                CREATE TRIGGER "consent_events_no_delete" BEFORE DELETE ON "consent_events"
                BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;"""
            )
        # everything else hangs off the workspace row with ON DELETE CASCADE
        await Workspace.filter(id=workspace.id).using_db(tx).delete()
    log.info("workspace purged", extra={"workspace": workspace.id})


async def run_once() -> dict[str, int]:
    """Apply every retention rule to every workspace once; returns counts per rule."""
    counts: dict[str, int] = {"login_attempts": 0, "expired_opt_ins": 0, "purged_workspaces": 0}
    now = clock.now()
    counts["login_attempts"] = await LoginAttempt.filter(at__lt=now - LOGIN_ATTEMPTS_TTL).delete()
    for workspace in await Workspace.all():
        if workspace.deleted_at is not None:
            if workspace.deleted_at < now - DELETED_WORKSPACE_GRACE:
                await purge_workspace(workspace)
                counts["purged_workspaces"] += 1
            continue
        counts["expired_opt_ins"] += await expire_pending_opt_ins(workspace)
        for name, fn in sorted(STEPS.items()):
            counts[name] = counts.get(name, 0) + await fn(workspace)
    return counts


@work.every(RUN_EVERY)
@work.task("privacy.retention", max_attempts=3)
async def retention_task(ref: str) -> None:
    counts = await run_once()
    log.info("retention applied", extra=counts)
