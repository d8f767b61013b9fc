"""Who may be processed for a purpose right now: the queries campaigns and audiences start from.

Each is one database query (a subquery over the consent projection), never a Python loop.
"""

from __future__ import annotations

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from crm.contacts.queries import live
from crm.models import ConsentAction, ConsentState, Contact, Purpose, Workspace


def _consenting(
    workspace_id: int, purpose: Purpose, statuses: list[ConsentAction], topic_id: int = 0
):  # type: ignore[no-untyped-def]
    return Subquery(
        ConsentState.filter(
            workspace_id=workspace_id, purpose=purpose, topic_id=topic_id, status__in=statuses
        ).values("contact_id")
    )


def marketing_statuses(workspace: Workspace) -> list[ConsentAction]:
    """The states that allow email marketing: a confirmed double opt-in when the workspace
    requires one, a single opt-in otherwise."""
    if workspace.double_opt_in:
        return [ConsentAction.CONFIRMED]
    return [ConsentAction.GRANTED, ConsentAction.CONFIRMED]


def mailable(workspace: Workspace, topic_id: int = 0) -> QuerySet[Contact]:
    """Contacts who may receive marketing email (for a topic: who also joined that topic)."""
    statuses = marketing_statuses(workspace)
    query = live(workspace.id).filter(
        restricted_at__isnull=True,
        id__in=_consenting(workspace.id, Purpose.EMAIL_MARKETING, statuses),
    )
    if topic_id:
        joined = [ConsentAction.GRANTED, ConsentAction.CONFIRMED]
        query = query.filter(
            id__in=_consenting(workspace.id, Purpose.EMAIL_MARKETING, joined, topic_id)
        )
    return query


def advertisable(workspace: Workspace) -> QuerySet[Contact]:
    """Contacts who may be synced to ad platforms: ads consent, no opt-out of sale/share."""
    return live(workspace.id).filter(
        restricted_at__isnull=True,
        sale_opt_out_at__isnull=True,
        id__in=_consenting(
            workspace.id, Purpose.ADS, [ConsentAction.GRANTED, ConsentAction.CONFIRMED]
        ),
    )


def profilable(workspace: Workspace) -> QuerySet[Contact]:
    """Contacts whose engagement may be scored."""
    return live(workspace.id).filter(
        restricted_at__isnull=True,
        id__in=_consenting(
            workspace.id, Purpose.PROFILING, [ConsentAction.GRANTED, ConsentAction.CONFIRMED]
        ),
    )
