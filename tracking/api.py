"""Tracking over the API: a campaign's stats, and the workspace's tracking settings."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from crm import audit
from crm.api.routing import Call
from crm.api.v1 import api
from crm.models import Role
from tracking import recorder, stats
from tracking.models import IpMode, TrackingSettings


class TrackingSettingsOut(BaseModel):
    ip_mode: IpMode


class TrackingSettingsPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ip_mode: IpMode


@api.operation(
    "GET",
    "/campaigns/{campaign_id:int}/stats",
    summary="A campaign's messages, opens, clicks and unsubscribes, human and machine apart",
    tag="campaigns",
    response=stats.CampaignStats,
)
async def campaign_stats(call: Call) -> stats.CampaignStats:
    return await stats.campaign(call.principal.workspace_id, call.path["campaign_id"])


async def _settings(workspace_id: int) -> TrackingSettingsOut:
    row = await TrackingSettings.get_or_none(workspace_id=workspace_id)
    return TrackingSettingsOut(ip_mode=row.ip_mode if row else IpMode.TRUNCATED)


@api.operation(
    "GET",
    "/tracking/settings",
    summary="How much of a reader's IP address opens and clicks keep",
    tag="workspace",
    response=TrackingSettingsOut,
)
async def get_tracking_settings(call: Call) -> TrackingSettingsOut:
    return await _settings(call.principal.workspace_id)


@api.operation(
    "PATCH",
    "/tracking/settings",
    summary="Change how much of a reader's IP address opens and clicks keep",
    tag="workspace",
    role=Role.ADMIN,
    body=TrackingSettingsPatch,
    response=TrackingSettingsOut,
)
async def patch_tracking_settings(call: Call) -> TrackingSettingsOut:
    workspace_id = call.principal.workspace_id
    await TrackingSettings.update_or_create(
        defaults={"ip_mode": call.body.ip_mode}, workspace_id=workspace_id
    )
    recorder.ip_modes.forget(workspace_id)
    await audit.record(
        call.principal, "tracking.settings", "workspace", workspace_id, ip_mode=call.body.ip_mode
    )
    return await _settings(workspace_id)
