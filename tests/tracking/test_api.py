"""The tracking settings over the API: read by anyone of the workspace, changed by admins."""

from __future__ import annotations

from crm.models import Role


# How much of a reader's address is kept is a privacy decision: admins make it, and it is audited.
async def test_only_an_admin_changes_the_ip_mode(client_for, workspace):
    async with (
        await client_for(workspace, Role.MARKETER) as marketer,
        await client_for(workspace, Role.ADMIN) as admin,
    ):
        assert (await marketer.get("/api/v1/tracking/settings")).json() == {"ip_mode": "truncated"}
        r = await marketer.patch("/api/v1/tracking/settings", json={"ip_mode": "full"})
        assert r.status_code == 403
        r = await admin.patch("/api/v1/tracking/settings", json={"ip_mode": "none"})
        assert r.status_code == 200 and r.json() == {"ip_mode": "none"}
        assert (await marketer.get("/api/v1/tracking/settings")).json() == {"ip_mode": "none"}
        audit = (await admin.get("/api/v1/audit")).json()
    assert any(entry["action"] == "tracking.settings" for entry in audit["items"])


async def test_an_unknown_ip_mode_is_refused(client):
    r = await client.patch("/api/v1/tracking/settings", json={"ip_mode": "half"})
    assert r.status_code == 422 and r.json()["error"]["field"] == "ip_mode"
