"""Recomputing the ledger's hash chains to prove nobody changed, removed or reordered events."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Q

from crm.consent import chain
from crm.models import ConsentEvent, ConsentEvidence

BATCH = 5000  # events read per query when walking a whole workspace


@dataclass(frozen=True)
class Break:
    """The first broken link: which event, and why."""

    event_id: int
    contact_id: int
    seq: int
    reason: str


@dataclass(frozen=True)
class Report:
    events: int
    contacts: int
    broken: Break | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def _recompute(event: ConsentEvent, prev_hash: str) -> str:
    return chain.event_hash(
        workspace_id=event.workspace_id,
        contact_id=event.contact_id,
        seq=event.seq,
        purpose=event.purpose,
        topic_id=event.topic_id,
        action=event.action,
        source=event.source,
        policy_version_id=event.policy_version_id,
        evidence_hash=event.evidence_hash,
        occurred_at=event.occurred_at,
        recorded_at=event.recorded_at,
        prev_hash=prev_hash,
    )


class _Walker:
    """Checks events one by one in (contact, seq) order and remembers the first break."""

    def __init__(self) -> None:
        self.events = 0
        self.contacts: set[int] = set()
        self.broken: Break | None = None
        self._contact: int | None = None
        self._seq = 0
        self._hash = chain.GENESIS

    def feed(self, event: ConsentEvent, evidence: dict[int, dict]) -> None:  # type: ignore[type-arg]
        if self.broken:
            return
        self.events += 1
        self.contacts.add(event.contact_id)
        if event.contact_id != self._contact:
            self._contact, self._seq, self._hash = event.contact_id, 0, chain.GENESIS
        reason = None
        if event.seq != self._seq + 1:
            reason = f"expected seq {self._seq + 1}, found {event.seq}: an event is missing"
        elif event.prev_hash != self._hash:
            reason = "prev_hash does not match the previous event: events removed or reordered"
        elif event.hash != _recompute(event, self._hash):
            reason = "hash does not match the content: the event was changed"
        elif (
            event.id in evidence and chain.evidence_hash(evidence[event.id]) != event.evidence_hash
        ):
            reason = "evidence does not match its hash: the evidence was changed"
        if reason:
            self.broken = Break(event.id, event.contact_id, event.seq, reason)
        self._seq, self._hash = event.seq, event.hash

    def report(self) -> Report:
        return Report(self.events, len(self.contacts), self.broken)


async def _evidence_for(ids: list[int]) -> dict[int, dict]:  # type: ignore[type-arg]
    rows = await ConsentEvidence.filter(event_id__in=ids).values_list("event_id", "data")
    return dict(rows)


async def verify_contacts(contact_ids: list[int]) -> Report:
    """Verify the chains of these contacts."""
    walker = _Walker()
    events = await ConsentEvent.filter(contact_id__in=contact_ids).order_by("contact_id", "seq")
    evidence = await _evidence_for([e.id for e in events])
    for event in events:
        walker.feed(event, evidence)
    return walker.report()


async def verify_workspace(workspace_id: int | None = None) -> Report:
    """Verify every chain of a workspace (or of all workspaces), reading in batches."""
    walker = _Walker()
    base = (
        ConsentEvent.all()
        if workspace_id is None
        else ConsentEvent.filter(workspace_id=workspace_id)
    )
    after: tuple[int, int] | None = None
    while not walker.broken:
        query = base
        if after is not None:
            # keyset on (contact_id, seq): everything after the previous batch
            query = query.filter(
                Q(contact_id__gt=after[0]) | Q(contact_id=after[0], seq__gt=after[1])
            )
        batch = await query.order_by("contact_id", "seq").limit(BATCH)
        if not batch:
            break
        evidence = await _evidence_for([e.id for e in batch])
        for event in batch:
            walker.feed(event, evidence)
        after = (batch[-1].contact_id, batch[-1].seq)
    return walker.report()
