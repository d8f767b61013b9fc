"""The API keys page: admins only, the secret shown once, revocation honoured by the API."""

from __future__ import annotations

import re

import httpx

from crm.models import ApiKey, AuditEntry, Role


# Rule: the token is on the creation page only; the list never shows it again.
async def test_a_new_key_is_shown_once_and_revoking_it_locks_the_api_out(
    app, browser, make_user, workspace
):
    user = await make_user(Role.ADMIN, workspace)
    await browser.log_in(user)

    created = await browser.submit("/keys", {"name": "zapier", "role": "viewer"}, page="/keys")

    assert created.status_code == 201
    assert created.headers["cache-control"] == "no-store"
    token = re.search(r"crm_[0-9a-f]+_[A-Za-z0-9_-]+", created.text).group(0)  # type: ignore[union-attr]
    key = await ApiKey.get(workspace_id=workspace.id, name="zapier")
    assert (key.role, key.created_by_id) == (Role.VIEWER, user.id)
    listed = await browser.get("/keys")
    assert key.prefix in listed.text and token not in listed.text

    api = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="https://testserver",
        headers={"Authorization": f"Bearer {token}"},
    )
    async with api:
        assert (await api.get("/api/v1/contacts")).status_code == 200
        revoked = await browser.submit(f"/keys/{key.id}/revoke", {}, page="/keys")
        assert revoked.status_code == 303
        assert (await api.get("/api/v1/contacts")).status_code == 401

    assert "revoked" in (await browser.get("/keys")).text
    assert await AuditEntry.exists(action="api_key.revoke", subject_id=str(key.id))


# Rule: a viewer and a marketer cannot see or use the API keys page.
async def test_only_admins_reach_the_keys_page(open_browser, make_user, workspace):
    issued_before = await ApiKey.filter(workspace_id=workspace.id).count()
    for role in (Role.VIEWER, Role.MARKETER):
        browser = open_browser()
        await browser.log_in(await make_user(role, workspace))

        page = await browser.get("/keys")
        post = await browser.submit("/keys", {"name": "sneaky", "role": "viewer"})

        assert (page.status_code, post.status_code) == (403, 403), role
        assert 'href="/keys"' not in (await browser.get("/contacts")).text
    assert await ApiKey.filter(workspace_id=workspace.id).count() == issued_before


# Rule: an admin cannot mint a key more powerful than themselves.
async def test_an_admin_cannot_create_an_owner_key(browser, make_user, workspace):
    await browser.log_in(await make_user(Role.ADMIN, workspace))

    response = await browser.submit("/keys", {"name": "root", "role": "owner"}, page="/keys")

    assert response.status_code == 403
    assert not await ApiKey.exists(workspace_id=workspace.id, name="root")


# Rule: another workspace's key cannot be revoked from here: 404, and it stays live.
async def test_another_workspaces_key_cannot_be_revoked(
    browser, make_user, workspace, other_workspace
):
    from crm.security import apikeys

    theirs = await apikeys.issue(other_workspace, "theirs")
    await browser.log_in(await make_user(Role.OWNER, workspace))

    response = await browser.submit(f"/keys/{theirs.key.id}/revoke", {}, page="/keys")

    assert response.status_code == 404
    assert (await ApiKey.get(id=theirs.key.id)).revoked_at is None
