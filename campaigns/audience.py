"""Who a campaign goes to: its target AND consent AND not suppressed, now and at send time.

The target: contacts in any of the campaign's segments (every contact when it names none)
who, when it names topics, joined one of them: segments choose whom to write to, topics are
the lists the mail goes out on. On top, `crm.consent.eligibility.mailable`: email-marketing
consent (confirmed where the workspace requires double opt-in), not restricted, not erased,
not merged. Suppressed addresses (bounced, complained, unsubscribed, erased) are taken out
per batch, since the list holds keyed hashes, not addresses.

The same check runs again just before each message is handed to SMTP (`recheck`), and names
why someone is no longer eligible.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from campaigns import segments
from campaigns.models import Campaign, Segment, SkipReason
from crm.consent import suppression
from crm.consent.eligibility import mailable, marketing_statuses
from crm.models import ConsentState, Contact, Purpose, Workspace


async def target(campaign: Campaign) -> segments.Compiled | None:
    """The campaign's segments as one filter (None: it names no segment)."""
    if not campaign.segment_ids:
        return None
    trees = await Segment.filter(
        workspace_id=campaign.workspace_id, id__in=campaign.segment_ids
    ).values_list("rules", flat=True)
    return await segments.compile_tree(campaign.workspace_id, {"any": list(trees)})


def eligible(workspace: Workspace, topic_ids: list[int]) -> QuerySet[Contact]:
    """Mailable contacts who joined one of `topic_ids` (any mailable contact when empty)."""
    query = mailable(workspace)
    if topic_ids:
        joined = [Q(id__in=Subquery(mailable(workspace, t).values("id"))) for t in topic_ids]
        query = query.filter(Q(*joined, join_type=Q.OR))
    return query


async def query(campaign: Campaign, workspace: Workspace) -> QuerySet[Contact]:
    """Every contact the campaign may go to right now, before suppression (one query)."""
    base = eligible(workspace, campaign.topic_ids)
    compiled = await target(campaign)
    return compiled.apply(base) if compiled else base


@dataclass(frozen=True)
class Recheck:
    """A batch checked just before sending: who may still be mailed, and why not the others."""

    allowed: set[int]
    skipped: dict[int, SkipReason]


async def recheck(
    campaign: Campaign, workspace: Workspace, contacts: dict[int, dict[str, Any]]
) -> Recheck:
    """Check consent, restriction, erasure, topics and suppression again for a batch of
    contacts (id -> fields, `email` included): four queries, whatever the batch size."""
    ids = list(contacts)
    query = eligible(workspace, campaign.topic_ids).filter(id__in=ids)
    still = set(cast("list[int]", await query.values_list("id", flat=True)))
    listed = await suppression.suppressed(workspace.id, [contacts[i]["email"] for i in still])
    skipped = {i: SkipReason.SUPPRESSED for i in still if contacts[i]["email"] in listed}
    gone = [i for i in ids if i not in still]
    if gone:
        skipped |= await _reasons(campaign, workspace, gone)
    return Recheck(still - set(skipped), skipped)


async def _reasons(
    campaign: Campaign, workspace: Workspace, ids: list[int]
) -> dict[int, SkipReason]:
    """Why each of these contacts is no longer eligible (rare: only for those who are not)."""
    rows = await Contact.filter(id__in=ids).values(
        "id", "erased_at", "merged_into_id", "restricted_at"
    )
    states = await ConsentState.filter(
        contact_id__in=ids, purpose=Purpose.EMAIL_MARKETING
    ).values_list("contact_id", "topic_id", "status")
    joined_purpose = {c for c, t, s in states if t == 0 and s in marketing_statuses(workspace)}
    reasons = {}
    for row in rows:
        if row["erased_at"] is not None or row["merged_into_id"] is not None:
            reasons[row["id"]] = SkipReason.ERASED
        elif row["restricted_at"] is not None:
            reasons[row["id"]] = SkipReason.RESTRICTED
        elif row["id"] not in joined_purpose:
            reasons[row["id"]] = SkipReason.CONSENT
        else:
            reasons[row["id"]] = SkipReason.TOPIC
    return {i: reasons.get(i, SkipReason.ERASED) for i in ids}
