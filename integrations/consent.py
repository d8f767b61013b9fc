"""Upstream consent into the ledger: only what is newer, and only what changes something.

Shopify repeats a customer's consent in every customers/update and order; recording each
repetition would bury the ledger. So an upstream statement is recorded when it is newer than
the contact's current email marketing state and says something new: a withdrawal of a live
consent, or a grant stronger than the one held (single opt-in never downgrades a confirmed
double opt-in). The ledger itself refuses grants for suppressed addresses that predate the
suppression; that refusal is noted on the event, never raised.
"""

from __future__ import annotations

from crm.consent import ledger
from crm.consent.ledger import Grant, Suppressed
from crm.models import ConsentAction, ConsentSource, ConsentState, Contact, Purpose
from integrations.base import Context
from integrations.mapping import UpstreamConsent
from integrations.models import Provider

# Live states, weakest first: a grant is recorded only when it ranks above the one held.
_STRENGTH = (ConsentAction.PENDING, ConsentAction.GRANTED, ConsentAction.CONFIRMED)
# Invoicing systems never grant: a bill is not a request for newsletters.
SOURCES = {
    Provider.SHOPIFY: ConsentSource.SHOPIFY,
    Provider.STRIPE: ConsentSource.STRIPE,
    Provider.QUICKBOOKS: ConsentSource.INVOICING,
    Provider.XERO: ConsentSource.INVOICING,
    Provider.FORTNOX: ConsentSource.INVOICING,
}


def changes(state: ConsentState | None, consent: UpstreamConsent) -> bool:
    """Whether `consent` is newer than `state` (None: no state yet) and says something new."""
    if state is not None and consent.occurred_at <= state.since:
        return False  # as old as what we know, or older: never over newer
    live = state is not None and state.status in _STRENGTH
    if consent.action == ConsentAction.WITHDRAWN:
        # An explicit withdrawal is recorded even with nothing to withdraw, so that an older
        # grant arriving late cannot take effect.
        return live or (consent.explicit and state is None)
    if not live:
        return True
    assert state is not None
    return _STRENGTH.index(consent.action) > _STRENGTH.index(ConsentAction(state.status))


async def apply(ctx: Context, contact: Contact, consent: UpstreamConsent) -> None:
    """Record `consent` for `contact` if it changes the state; note a suppression refusal."""
    state = await ConsentState.get_or_none(
        contact_id=contact.id, purpose=Purpose.EMAIL_MARKETING, topic_id=0
    )
    if not changes(state, consent):
        return
    try:
        await ledger.record(ctx.actor, contact, grant(ctx, consent))
    except Suppressed:
        ctx.note(
            f"consent {consent.action.value} of contact {contact.id} refused: the address was "
            "erased or unsubscribed after the upstream consent was given"
        )


def grant(ctx: Context, consent: UpstreamConsent) -> Grant:
    """The ledger entry of an upstream statement, with the event it came in as evidence."""
    evidence = {
        "upstream_event_id": ctx.event.upstream_id,
        "integration_id": ctx.integration.id,
        "topic": ctx.event.topic,
        **consent.evidence,
    }
    return Grant(
        Purpose.EMAIL_MARKETING,
        consent.action,
        SOURCES[ctx.integration.provider],
        evidence=evidence,
        occurred_at=consent.occurred_at,
    )
