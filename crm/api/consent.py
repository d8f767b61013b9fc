"""Consent over the API: a contact's state and ledger, recording events, verifying chains."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from crm.api.routing import Call
from crm.api.v1 import api
from crm.consent import ledger, verify
from crm.contacts import service
from crm.errors import Invalid
from crm.models import (
    ConsentAction,
    ConsentEvidence,
    ConsentSource,
    Purpose,
    Role,
    Topic,
)


class Evidence(BaseModel):
    """What proves the consent; free keys are kept too."""

    model_config = ConfigDict(extra="allow")

    ip: str = ""
    user_agent: str = ""
    wording: str = Field("", description="the exact text the person agreed to")
    form_id: str = ""
    upstream_event_id: str = ""


class ConsentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    purpose: Purpose
    action: ConsentAction
    topic: str = Field("", description="a topic key, for email marketing topics")
    source: ConsentSource = ConsentSource.API
    occurred_at: datetime | None = Field(None, description="when the person acted; now if omitted")
    evidence: Evidence = Field(default_factory=Evidence)


class StateOut(BaseModel):
    purpose: Purpose
    topic: str
    status: ConsentAction
    since: datetime


class EventOut(BaseModel):
    id: int
    seq: int
    purpose: Purpose
    topic: str
    action: ConsentAction
    source: ConsentSource
    occurred_at: datetime
    recorded_at: datetime
    evidence: dict[str, Any] | None = Field(description="null once erased; the hash remains")
    hash: str
    prev_hash: str


class ConsentOut(BaseModel):
    state: list[StateOut]
    ledger: list[EventOut]


class VerifyOut(BaseModel):
    ok: bool
    events: int
    broken_event_id: int | None = None
    broken_seq: int | None = None
    reason: str | None = None


async def _topic_keys(workspace_id: int) -> dict[int, str]:
    return {0: "", **dict(await Topic.filter(workspace_id=workspace_id).values_list("id", "key"))}


async def _consent_out(workspace_id: int, contact_id: int) -> ConsentOut:
    keys = await _topic_keys(workspace_id)
    states = await ledger.states(contact_id)
    events = await ledger.history([contact_id])
    evidence = dict(
        await ConsentEvidence.filter(event_id__in=[e.id for e in events]).values_list(
            "event_id", "data"
        )
    )
    return ConsentOut(
        state=[
            StateOut(
                purpose=s.purpose, topic=keys.get(s.topic_id, ""), status=s.status, since=s.since
            )
            for s in states
        ],
        ledger=[
            EventOut(
                id=e.id,
                seq=e.seq,
                purpose=e.purpose,
                topic=keys.get(e.topic_id, ""),
                action=e.action,
                source=e.source,
                occurred_at=e.occurred_at,
                recorded_at=e.recorded_at,
                evidence=evidence.get(e.id),
                hash=e.hash,
                prev_hash=e.prev_hash,
            )
            for e in events
        ],
    )


@api.operation(
    "GET",
    "/contacts/{contact_id:int}/consents",
    summary="A contact's consent state and ledger",
    tag="consent",
    response=ConsentOut,
)
async def get_consents(call: Call) -> ConsentOut:
    contact = await service.get(call.principal.workspace_id, call.path["contact_id"])
    from crm import audit

    await audit.record_reads(call.principal, "contact", [contact.id])
    return await _consent_out(contact.workspace_id, contact.id)


@api.operation(
    "POST",
    "/contacts/{contact_id:int}/consents",
    summary="Record a consent event",
    tag="consent",
    role=Role.MARKETER,
    body=ConsentIn,
    response=ConsentOut,
    status=201,
)
async def record_consent(call: Call) -> ConsentOut:
    data: ConsentIn = call.body
    contact = await service.get(call.principal.workspace_id, call.path["contact_id"])
    topic_id = 0
    if data.topic:
        if data.purpose != Purpose.EMAIL_MARKETING:
            raise Invalid("topics belong to email marketing", field="topic")
        topic = await Topic.get_or_none(workspace_id=contact.workspace_id, key=data.topic)
        if topic is None:
            raise Invalid(f"no topic {data.topic!r}", field="topic")
        topic_id = topic.id
    evidence = data.evidence.model_dump(exclude_defaults=True)
    if not evidence:
        raise Invalid(
            "consent needs evidence: at least the wording, an IP or an upstream id",
            field="evidence",
        )
    await ledger.record(
        call.principal,
        contact,
        ledger.Grant(
            purpose=data.purpose,
            action=data.action,
            source=data.source,
            topic_id=topic_id,
            evidence=evidence,
            occurred_at=data.occurred_at,
        ),
    )
    return await _consent_out(contact.workspace_id, contact.id)


def _verify_out(report: verify.Report) -> VerifyOut:
    broken = report.broken
    return VerifyOut(
        ok=report.ok,
        events=report.events,
        broken_event_id=broken.event_id if broken else None,
        broken_seq=broken.seq if broken else None,
        reason=broken.reason if broken else None,
    )


@api.operation(
    "GET",
    "/contacts/{contact_id:int}/consents/verify",
    summary="Recompute the contact's ledger chain and name the first broken link",
    tag="consent",
    response=VerifyOut,
)
async def verify_consents(call: Call) -> VerifyOut:
    contact = await service.get(call.principal.workspace_id, call.path["contact_id"])
    return _verify_out(await verify.verify_contacts([contact.id]))
