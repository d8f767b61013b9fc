"""Leaving and coming back: what an unsubscribe token lets a person do, each step durable
(committed) before the answer.

Unsubscribing withdraws every live email marketing consent (topics included) in the ledger
with its evidence (source `unsubscribe_link`, how, IP, user agent, the message), puts the
address on the suppression list, skips the person's queued messages of campaigns still
running, and counts the unsubscribe for the campaign, in one transaction. Choosing topics (or
subscribing again) records fresh grants from the preference centre: the token reached the
person's mailbox, which is what a confirmation proves, so they are `confirmed`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tortoise.transactions import in_transaction

from campaigns.models import Campaign, CampaignStatus, Message, MessageStatus, SkipReason
from crm import clock
from crm.consent import ledger, suppression
from crm.models import (
    ConsentAction,
    ConsentSource,
    ConsentState,
    Contact,
    Purpose,
    SuppressionReason,
    Topic,
    Workspace,
)
from crm.principal import system
from crm.tokens import Claims
from tracking import rollups

# Campaigns whose queued messages may still go out.
RUNNING = (CampaignStatus.SCHEDULED, CampaignStatus.SENDING, CampaignStatus.PAUSED)
JOINED = (ConsentAction.GRANTED, ConsentAction.CONFIRMED)  # the states that receive mail
# What the preference centre says beside its button: kept as the evidence of a new grant.
SUBSCRIBE_WORDING = "Yes, send me email from {workspace}."


class Method(StrEnum):
    """How an unsubscribe reached us, kept in its evidence."""

    ONE_CLICK = "one-click"  # RFC 8058: the mailbox provider's POST
    PAGE = "page"  # the button of the unsubscribe page
    MAILTO = "mailto"  # an email to the List-Unsubscribe address


@dataclass(frozen=True)
class Subscription:
    """The person an unsubscribe token names (through its message), in their workspace."""

    workspace: Workspace
    contact: Contact
    message: Message

    @property
    def erased(self) -> bool:
        return self.contact.erased_at is not None


@dataclass(frozen=True)
class TopicChoice:
    id: int
    name: str
    description: str
    joined: bool


async def find(claims: Claims) -> Subscription | None:
    """The subscription of a verified token; None when its message (or contact) is gone.

    A contact merged into another stands for the survivor: the one the ledger speaks for.
    """
    message = await Message.get_or_none(id=claims.message_id, workspace_id=claims.workspace_id)
    if message is None:
        return None
    contact = await Contact.get_or_none(id=message.contact_id, workspace_id=claims.workspace_id)
    if contact is not None and contact.merged_into_id is not None:
        contact = await Contact.get_or_none(id=contact.merged_into_id)
    workspace = await Workspace.get_or_none(id=claims.workspace_id, deleted_at__isnull=True)
    if contact is None or workspace is None:
        return None
    return Subscription(workspace, contact, message)


def evidence(method: Method, ip: str, user_agent: str, message: Message) -> dict[str, Any]:
    return {
        "ip": ip,
        "user_agent": user_agent,
        "method": str(method),
        "message_id": message.id,
        "campaign_id": message.campaign_id,
    }


async def _marketing(contact: Contact) -> dict[int, ConsentAction]:
    """The contact's email marketing states by topic (0: the purpose as a whole)."""
    states = await ConsentState.filter(contact_id=contact.id, purpose=Purpose.EMAIL_MARKETING)
    return {s.topic_id: ConsentAction(s.status) for s in states}


async def subscribed(sub: Subscription) -> bool:
    """Whether the person receives marketing email at all."""
    return (await _marketing(sub.contact)).get(0) in JOINED


async def topics(sub: Subscription) -> list[TopicChoice]:
    """The workspace's topics, each with whether the person has joined it."""
    states = await _marketing(sub.contact)
    rows = await Topic.filter(workspace_id=sub.workspace.id).order_by("name", "id")
    return [TopicChoice(t.id, t.name, t.description, states.get(t.id) in JOINED) for t in rows]


async def skip_pending(
    workspace_id: int, contact_id: int, reason: SkipReason, topic_ids: set[int] | None = None
) -> int:
    """Skip the contact's queued messages of running campaigns (only those sent to one of
    `topic_ids`, when given); returns how many."""
    queued = await Message.filter(
        workspace_id=workspace_id, contact_id=contact_id, status=MessageStatus.QUEUED
    ).values_list("id", "campaign_id")
    if not queued:
        return 0
    running = await Campaign.filter(
        id__in={campaign for _, campaign in queued}, status__in=RUNNING
    ).values_list("id", "topic_ids")
    chosen = {
        campaign
        for campaign, campaign_topics in running
        if topic_ids is None or topic_ids & set(campaign_topics)
    }
    ids = [message for message, campaign in queued if campaign in chosen]
    if not ids:
        return 0
    return await Message.filter(id__in=ids, status=MessageStatus.QUEUED).update(
        status=MessageStatus.SKIPPED, skip_reason=reason
    )


async def _one_at_a_time(sub: Subscription) -> None:
    """Lock the person's row until the caller's transaction ends: a provider's retries and a
    second press arrive together, and each would otherwise read the consents as live and
    withdraw them again (or lose the race for the ledger's next entry). SQLite writes one
    transaction at a time anyway."""
    await Contact.select_for_update().filter(id=sub.contact.id).first()


async def unsubscribe(sub: Subscription, proof: dict[str, Any]) -> int:
    """Withdraw, suppress, skip and count, in one transaction; returns the consents withdrawn
    (0 when there were none left: it is safe to repeat). An erased person is left alone:
    erasure withdrew and suppressed everything already."""
    if sub.erased:
        return 0
    workspace_id = sub.workspace.id
    async with in_transaction() as tx:
        await _one_at_a_time(sub)
        withdrawn = await ledger.transition(
            system(workspace_id, "unsubscribe link"),
            sub.contact,
            ConsentAction.WITHDRAWN,
            ConsentSource.UNSUBSCRIBE_LINK,
            proof,
            purposes=(Purpose.EMAIL_MARKETING,),
        )
        await suppression.add(workspace_id, sub.contact.email, SuppressionReason.UNSUBSCRIBED)
        await skip_pending(workspace_id, sub.contact.id, SkipReason.UNSUBSCRIBED)
        await rollups.count_unsubscribe(
            tx, workspace_id, sub.message.campaign_id, sub.message.id, clock.now()
        )
    return withdrawn


async def choose(sub: Subscription, topic_ids: Iterable[int], proof: dict[str, Any]) -> None:
    """Subscribe (again, if need be) with exactly the topics in `topic_ids` joined, in one
    transaction; topics of other workspaces are ignored."""
    if sub.erased:
        return
    actor = system(sub.workspace.id, "preference centre")
    known = {t.id: t for t in await Topic.filter(workspace_id=sub.workspace.id)}
    wanted = set(topic_ids) & set(known)

    def grant(action: ConsentAction, topic_id: int, wording: str) -> ledger.Grant:
        return ledger.Grant(
            Purpose.EMAIL_MARKETING,
            action,
            ConsentSource.PREFERENCE_CENTRE,
            topic_id,
            {**proof, "wording": wording},
        )

    async with in_transaction():
        await _one_at_a_time(sub)
        states = await _marketing(sub.contact)
        left = {t for t in known if t not in wanted and states.get(t) in JOINED}
        if states.get(0) not in JOINED:
            wording = SUBSCRIBE_WORDING.format(workspace=sub.workspace.name)
            await ledger.record(actor, sub.contact, grant(ConsentAction.CONFIRMED, 0, wording))
        for topic_id in sorted(wanted):
            if states.get(topic_id) not in JOINED:
                name = known[topic_id].name
                await ledger.record(
                    actor, sub.contact, grant(ConsentAction.CONFIRMED, topic_id, name)
                )
        for topic_id in sorted(left):
            name = known[topic_id].name
            await ledger.record(actor, sub.contact, grant(ConsentAction.WITHDRAWN, topic_id, name))
        if left:
            await skip_pending(sub.workspace.id, sub.contact.id, SkipReason.TOPIC, left)
