"""API authentication: bearer keys, shown once, stored hashed, revocable, rate limited."""

from __future__ import annotations

import hashlib

import httpx

from crm.api.ratelimit import SlidingWindow
from crm.errors import RateLimited
from crm.models import ApiKey, Role
from crm.security import apikeys


def _client(app, token: str | None) -> httpx.AsyncClient:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t", headers=headers
    )


async def test_a_missing_key_is_401_with_a_json_error(app):
    async with _client(app, None) as c:
        r = await c.get("/api/v1/contacts")
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "unauthenticated"
    assert r.headers["www-authenticate"].startswith("Bearer")


async def test_malformed_unknown_and_tampered_keys_are_401(app, workspace):
    issued = await apikeys.issue(workspace, "k")
    tampered = issued.token[:-1] + ("A" if issued.token[-1] != "A" else "B")
    for token in ["", "garbage", "crm_x", "crm_000000000000_nope", tampered]:
        async with _client(app, token) as c:
            assert (await c.get("/api/v1/contacts")).status_code == 401, token
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://t",
        headers={"Authorization": f"Basic {issued.token}"},
    ) as c:
        assert (await c.get("/api/v1/contacts")).status_code == 401


async def test_a_revoked_key_is_401(app, client, workspace):
    issued = await apikeys.issue(workspace, "to revoke")
    async with _client(app, issued.token) as c:
        assert (await c.get("/api/v1/contacts")).status_code == 200
        assert (await client.delete(f"/api/v1/keys/{issued.key.id}")).status_code == 204
        r = await c.get("/api/v1/contacts")
    assert r.status_code == 401
    assert "revoked" in r.json()["error"]["message"]


async def test_keys_are_stored_hashed_and_shown_only_once(client, workspace):
    r = await client.post("/api/v1/keys", json={"name": "zapier", "role": "marketer"})
    assert r.status_code == 201
    token = r.json()["token"]
    row = await ApiKey.get(id=r.json()["id"])
    assert row.key_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(await ApiKey.filter(id=row.id).values())
    listed = (await client.get("/api/v1/keys")).text
    assert token not in listed and '"token"' not in listed


async def test_using_a_key_records_when_it_was_last_used(app, workspace):
    issued = await apikeys.issue(workspace, "k")
    assert issued.key.last_used_at is None
    async with _client(app, issued.token) as c:
        await c.get("/api/v1/contacts")
    await issued.key.refresh_from_db()
    assert issued.key.last_used_at is not None


async def test_a_key_cannot_mint_a_more_powerful_key(client_for, workspace):
    admin = await client_for(workspace, Role.ADMIN)
    async with admin:
        r = await admin.post("/api/v1/keys", json={"name": "escalate", "role": "owner"})
    assert r.status_code == 403
    assert r.json()["error"]["field"] == "role"


async def test_the_request_budget_answers_429_with_retry_after(app, workspace):
    issued = await apikeys.issue(workspace, "busy")
    from crm.api.v1 import api

    previous, api.limiter = api.limiter, SlidingWindow(limit=3, window=60)
    try:
        async with _client(app, issued.token) as c:
            codes = [(await c.get("/api/v1/tags")).status_code for _ in range(4)]
            last = await c.get("/api/v1/tags")
    finally:
        api.limiter = previous
    assert codes == [200, 200, 200, 429]
    assert last.json()["error"]["code"] == "rate_limited"
    assert int(last.headers["retry-after"]) > 0


def test_the_sliding_window_counts_each_key_apart():
    window = SlidingWindow(limit=2, window=60)
    window.acquire("a")
    window.acquire("a")
    window.acquire("b")
    try:
        window.acquire("a")
    except RateLimited:
        pass
    else:
        raise AssertionError("the third event of key a should be refused")
