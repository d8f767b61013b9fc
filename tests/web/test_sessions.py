"""The session cookie: signed, expiring, and dead for good once logged out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crm import clock
from crm.models import AuditEntry, Membership, Role
from crm.web import sessions
from tests.web.browser import csrf_in


def _cookie_header(value: str) -> dict[str, str]:
    return {"cookie": f"{sessions.SECURE_COOKIE_NAME}={value}"}


# Rule: a cookie whose payload was changed fails its signature and opens nothing.
async def test_a_tampered_session_cookie_is_treated_as_logged_out(
    open_browser, make_user, workspace
):
    browser = open_browser()
    await browser.log_in(await make_user(Role.OWNER, workspace))
    cookie = browser.session_cookie
    assert cookie
    payload, _, signature = cookie.rpartition(".")
    flipped = payload[:-1] + ("A" if payload[-1] != "A" else "B")
    stranger = open_browser().client
    genuine = await stranger.get("/contacts", headers=_cookie_header(cookie))
    assert genuine.status_code == 200  # the cookie alone opens the UI: the test below is real

    for forged in (f"{flipped}.{signature}", f"{payload}.{signature[:-2]}xx", "garbage"):
        response = await stranger.get("/contacts", headers=_cookie_header(forged))
        assert response.status_code == 303, forged
        assert response.headers["location"].startswith("/login")


# Rule: logging out ends the session for good: replaying the old cookie fails.
async def test_logout_invalidates_the_old_cookie(open_browser, make_user, workspace):
    browser = open_browser()
    user = await make_user(Role.OWNER, workspace)
    await browser.log_in(user)
    stolen = browser.session_cookie
    assert stolen
    page = await browser.get("/contacts")

    response = await browser.client.post("/logout", data={"csrf_token": csrf_in(page.text)})

    assert response.status_code == 303
    assert response.headers["location"] == "/login"
    assert "Max-Age=0" in response.headers["set-cookie"]
    replay = await open_browser().client.get("/contacts", headers=_cookie_header(stolen))
    assert replay.status_code == 303
    assert await AuditEntry.exists(
        action="session.end", workspace_id=workspace.id, actor_id=str(user.id)
    )


# Rule: logging out takes a POST with the session's token, so another site cannot log you out.
async def test_logout_is_post_only_and_needs_the_csrf_token(browser, make_user, workspace):
    await browser.log_in(await make_user(Role.OWNER, workspace))

    assert (await browser.get("/logout")).status_code == 405
    assert (await browser.client.post("/logout")).status_code == 403
    assert (await browser.get("/contacts")).status_code == 200


# Rule: a session unused for longer than IDLE_TIMEOUT is over.
async def test_an_idle_session_expires(browser, make_user, workspace):
    user = await make_user(Role.OWNER, workspace)
    with clock.frozen(datetime(2030, 1, 1, 9, tzinfo=UTC)):
        await browser.log_in(user)
        clock.advance(sessions.IDLE_TIMEOUT - timedelta(minutes=1))
        assert (await browser.get("/contacts")).status_code == 200

        clock.advance(sessions.IDLE_TIMEOUT + timedelta(seconds=1))

        assert (await browser.get("/contacts")).status_code == 303


# Rule: even a session in constant use ends ABSOLUTE_TIMEOUT after login.
async def test_a_busy_session_still_ends_at_the_absolute_timeout(browser, make_user, workspace):
    user = await make_user(Role.OWNER, workspace)
    with clock.frozen(datetime(2030, 1, 1, 9, tzinfo=UTC)):
        await browser.log_in(user)
        step = sessions.IDLE_TIMEOUT / 2
        used = timedelta()
        while used + step < sessions.ABSOLUTE_TIMEOUT:
            clock.advance(step)
            used += step
            assert (await browser.get("/contacts")).status_code == 200

        clock.advance(sessions.ABSOLUTE_TIMEOUT - used + timedelta(seconds=1))

        assert (await browser.get("/contacts")).status_code == 303


# Rule: logging in starts a new session and token, so whatever was planted before is worthless.
async def test_login_replaces_the_session_and_token_it_started_from(browser, make_user, workspace):
    user = await make_user(Role.OWNER, workspace)
    token_before = await browser.token()
    planted = browser.session_cookie

    await browser.log_in(user)

    assert browser.session_cookie != planted
    assert csrf_in((await browser.get("/contacts")).text) != token_before


# Rule: a member removed from the workspace is signed out at their next request.
async def test_removing_a_member_ends_their_session(browser, make_user, workspace):
    user = await make_user(Role.MARKETER, workspace)
    await browser.log_in(user)

    await Membership.filter(user_id=user.id, workspace_id=workspace.id).delete()

    assert (await browser.get("/contacts")).status_code == 303
