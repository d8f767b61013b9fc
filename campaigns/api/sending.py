"""The workspace's sending settings: postal address, rate limit, DKIM key."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from campaigns import dkim
from campaigns.models import SenderProfile
from crm import audit
from crm.api.routing import Call
from crm.api.v1 import api
from crm.errors import NotFound
from crm.models import Role

_DOMAIN = r"^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$"
_SELECTOR = r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"


class DkimOut(BaseModel):
    domain: str
    selector: str
    dns_name: str = Field(description="where to publish the record: <selector>._domainkey.<domain>")
    record: str = Field(description="the TXT record to publish")


class SendingOut(BaseModel):
    postal_address: str = Field(description="shown in the footer of every message")
    messages_per_second: int = Field(description="this workspace's limit; 0: none of its own")
    dkim: DkimOut | None


class SendingPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    postal_address: str | None = Field(None, max_length=500)
    messages_per_second: int | None = Field(None, ge=0, le=100_000)


class DkimIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    domain: str = Field(
        max_length=253, pattern=_DOMAIN, description="the domain of the sender addresses"
    )
    selector: str = Field("crm", pattern=_SELECTOR)


async def _profile(workspace_id: int) -> SenderProfile:
    profile, _ = await SenderProfile.get_or_create(workspace_id=workspace_id)
    return profile


def _record(domain: str, selector: str, record: str) -> DkimOut:
    return DkimOut(
        domain=domain, selector=selector, dns_name=f"{selector}._domainkey.{domain}", record=record
    )


def _dkim(profile: SenderProfile) -> DkimOut | None:
    signer = dkim.signer(profile)
    return None if signer is None else _record(signer.domain, signer.selector, signer.record)


def _out(profile: SenderProfile) -> SendingOut:
    return SendingOut(
        postal_address=profile.postal_address,
        messages_per_second=profile.messages_per_second,
        dkim=_dkim(profile),
    )


@api.operation(
    "GET", "/sending", summary="The sending settings", tag="workspace", response=SendingOut
)
async def get_sending(call: Call) -> SendingOut:
    return _out(await _profile(call.principal.workspace_id))


@api.operation(
    "PATCH",
    "/sending",
    summary="Change the postal address or the rate limit",
    tag="workspace",
    role=Role.ADMIN,
    body=SendingPatch,
    response=SendingOut,
)
async def patch_sending(call: Call) -> SendingOut:
    profile = await _profile(call.principal.workspace_id)
    changes = call.body.model_dump(exclude_unset=True, exclude_none=True)
    if "postal_address" in changes:
        changes["postal_address"] = re.sub(r"[ \t]+", " ", changes["postal_address"]).strip()
    if changes:
        profile.update_from_dict(changes)
        await profile.save()
        await audit.record(
            call.principal, "sending.update", "workspace", profile.workspace_id, **changes
        )
    return _out(profile)


@api.operation(
    "POST",
    "/sending/dkim",
    summary="Make a new DKIM key; publish the returned record before the next campaign",
    tag="workspace",
    role=Role.ADMIN,
    body=DkimIn,
    response=DkimOut,
    status=201,
)
async def create_dkim_key(call: Call) -> DkimOut:
    profile = await _profile(call.principal.workspace_id)
    body: DkimIn = call.body
    record = await dkim.generate(profile, body.domain, body.selector)
    await audit.record(
        call.principal, "sending.dkim", "workspace", profile.workspace_id, domain=call.body.domain
    )
    return _record(body.domain, body.selector, record)


@api.operation(
    "DELETE",
    "/sending/dkim",
    summary="Stop signing: remove the DKIM key",
    tag="workspace",
    role=Role.ADMIN,
    status=204,
)
async def delete_dkim_key(call: Call) -> None:
    profile = await _profile(call.principal.workspace_id)
    if not profile.dkim_private_key:
        raise NotFound("there is no DKIM key")
    profile.update_from_dict({"dkim_domain": "", "dkim_selector": "", "dkim_private_key": ""})
    await profile.save()
    await audit.record(call.principal, "sending.dkim_delete", "workspace", profile.workspace_id)
