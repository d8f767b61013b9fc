"""Logging in: argon2 passwords, one answer for every failure, throttling, safe redirects."""

from __future__ import annotations

from argon2 import PasswordHasher

from crm.models import AuditEntry, LoginAttempt, Role, User
from crm.security import throttle
from crm.security.passwords import needs_rehash
from crm.web import sessions
from tests.web.browser import PASSWORD


# Rule: the right password opens the UI, sets a hardened session cookie and records the login.
async def test_logging_in_with_the_right_password_opens_the_contacts(browser, make_user, workspace):
    user = await make_user(Role.MARKETER, workspace)

    response = await browser.log_in(user)

    assert response.status_code == 303
    assert response.headers["location"] == "/contacts"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{sessions.SECURE_COOKIE_NAME}=")
    for flag in ("HttpOnly", "SameSite=Lax", "Secure", "Path=/"):
        assert flag in cookie
    assert (await browser.get("/contacts")).status_code == 200
    assert (await User.get(id=user.id)).last_login_at is not None
    assert await AuditEntry.exists(
        action="session.start",
        actor_type="user",
        actor_id=str(user.id),
        workspace_id=workspace.id,
        ip=browser.ip,
    )


# Rule: a wrong password is refused with the login form again, and counts as a failure.
async def test_a_wrong_password_is_refused_and_counted(browser, make_user, workspace):
    user = await make_user(Role.MARKETER, workspace)

    response = await browser.log_in(user, "not the password")

    assert response.status_code == 400
    assert "Wrong email or password." in response.text
    assert (await browser.get("/contacts")).status_code == 303
    assert await LoginAttempt.filter(email=user.email).count() == 1


# Rule: an unknown email and a wrong password get the same answer, so emails cannot be probed.
async def test_an_unknown_email_gets_the_same_answer_as_a_wrong_password(
    browser, make_user, workspace
):
    user = await make_user(Role.MARKETER, workspace)
    unknown = "nobody-here@example.com"

    wrong = await browser.log_in(user, "not the password")
    missing = await browser.log_in(unknown, "not the password")

    assert wrong.status_code == missing.status_code == 400
    assert wrong.text.replace(user.email, "EMAIL") == missing.text.replace(unknown, "EMAIL")
    assert await LoginAttempt.filter(email=unknown).count() == 1


# Rule: after MAX_FAILURES_PER_EMAIL failures the email is locked (429), even for its password.
async def test_the_throttle_locks_an_email_after_repeated_failures(
    open_browser, make_user, workspace
):
    user = await make_user(Role.MARKETER, workspace)
    guesser = open_browser()
    for _ in range(throttle.MAX_FAILURES_PER_EMAIL):
        assert (await guesser.log_in(user, "a wrong guess")).status_code == 400

    locked = await guesser.log_in(user, "another guess")
    owner = open_browser()  # the right password, from another IP
    refused = await owner.log_in(user)

    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) > 0
    assert refused.status_code == 429
    assert "too many failed logins" in refused.text
    assert (await owner.get("/contacts")).status_code == 303
    assert (await User.get(id=user.id)).last_login_at is None


# Rule: a successful login forgets the email's earlier failures.
async def test_a_successful_login_clears_the_failures(browser, make_user, workspace):
    user = await make_user(Role.MARKETER, workspace)
    await browser.log_in(user, "a typo")

    assert (await browser.log_in(user)).status_code == 303
    assert not await LoginAttempt.exists(email=user.email)


# Rule: a hash made with weaker parameters is replaced on the next successful login.
async def test_an_outdated_hash_is_rehashed_on_login(browser, make_user, workspace):
    user = await make_user(Role.MARKETER, workspace)
    user.password_hash = PasswordHasher(time_cost=1, memory_cost=8192).hash(PASSWORD)
    await user.save()
    assert needs_rehash(user.password_hash)

    assert (await browser.log_in(user)).status_code == 303

    assert not needs_rehash((await User.get(id=user.id)).password_hash)


# Rule: an inactive account cannot log in, and gets the same answer as a wrong password.
async def test_an_inactive_user_cannot_log_in(browser, make_user, workspace):
    user = await make_user(Role.OWNER, workspace)
    await User.filter(id=user.id).update(is_active=False)

    response = await browser.log_in(user)

    assert response.status_code == 400
    assert "Wrong email or password." in response.text


# Rule: after login the browser goes back where it came from, but only ever to this site.
async def test_login_returns_to_the_requested_page_but_never_to_another_site(
    open_browser, make_user, workspace
):
    user = await make_user(Role.MARKETER, workspace)
    visitor = open_browser()
    assert (await visitor.get("/audit")).headers["location"] == "/login?next=%2Faudit"
    page = await visitor.get("/login", next="/contacts?q=ann")
    assert 'name="next" value="/contacts?q=ann"' in page.text

    for target, expected in [
        ("/contacts?q=ann", "/contacts?q=ann"),
        ("//evil.example/x", "/contacts"),
        ("/\\evil.example", "/contacts"),
        ("/\t/evil.example", "/contacts"),
        ("https://evil.example/", "/contacts"),
    ]:
        browser = open_browser()
        token = await browser.token()
        response = await browser.client.post(
            "/login",
            data={"email": user.email, "password": PASSWORD, "next": target, "csrf_token": token},
        )
        assert response.headers["location"] == expected, target


# Rule: `/` sends a visitor to the login page and a signed-in user to the contacts.
async def test_the_front_door_redirects_by_session(browser, make_user, workspace):
    user = await make_user(Role.VIEWER, workspace)
    assert (await browser.get("/")).headers["location"] == "/login"

    await browser.log_in(user)

    assert (await browser.get("/")).headers["location"] == "/contacts"
