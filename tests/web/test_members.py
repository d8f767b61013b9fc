"""The members page: admins add people with a role, but only owners make owners."""

from __future__ import annotations

from crm.models import AuditEntry, Membership, Role, User
from tests.web.browser import PASSWORD


# Rule: an admin adds a new person with a password, who can then log in with that role.
async def test_an_admin_adds_a_new_user_who_can_log_in(open_browser, make_user, workspace):
    admin = open_browser()
    await admin.log_in(await make_user(Role.ADMIN, workspace))

    response = await admin.submit(
        "/members",
        {
            "email": "New.Person@Example.com",
            "name": "New",
            "role": "marketer",
            "password": PASSWORD,
        },
        page="/members",
    )

    assert response.status_code == 303
    user = await User.get(email="new.person@example.com")
    membership = await Membership.get(user_id=user.id, workspace_id=workspace.id)
    assert membership.role == Role.MARKETER
    assert await AuditEntry.exists(action="member.add", subject_id=str(user.id))
    newcomer = open_browser()
    assert (await newcomer.log_in("new.person@example.com")).status_code == 303
    assert "new.person@example.com" in (await admin.get("/members")).text


# Rule: an existing account joins without a new password.
async def test_an_existing_user_is_added_by_email(browser, make_user, workspace, other_workspace):
    elsewhere = await make_user(Role.OWNER, other_workspace)
    await browser.log_in(await make_user(Role.ADMIN, workspace))

    response = await browser.submit(
        "/members", {"email": elsewhere.email, "role": "viewer"}, page="/members"
    )

    assert response.status_code == 303
    membership = await Membership.get(user_id=elsewhere.id, workspace_id=workspace.id)
    assert membership.role == Role.VIEWER


# Rule: an admin cannot grant owner; the attempt is 403 and adds no one.
async def test_an_admin_cannot_grant_owner(browser, make_user, workspace):
    await browser.log_in(await make_user(Role.ADMIN, workspace))

    response = await browser.submit(
        "/members",
        {"email": "boss@example.com", "role": "owner", "password": PASSWORD},
        page="/members",
    )

    assert response.status_code == 403
    assert not await User.exists(email="boss@example.com")
    assert 'value="owner"' not in (await browser.get("/members")).text


# Rule: adding someone already in the workspace cannot change their role (no demoting owners).
async def test_a_current_member_cannot_be_added_again(browser, make_user, workspace):
    owner = await make_user(Role.OWNER, workspace)
    await browser.log_in(await make_user(Role.ADMIN, workspace))

    response = await browser.submit(
        "/members", {"email": owner.email, "role": "viewer"}, page="/members"
    )

    assert response.status_code == 422
    assert "already a member" in response.text
    assert (await Membership.get(user_id=owner.id, workspace_id=workspace.id)).role == Role.OWNER


# Rule: a new account needs a password of the minimum length; the form says so.
async def test_a_new_user_needs_a_long_enough_password(browser, make_user, workspace):
    await browser.log_in(await make_user(Role.ADMIN, workspace))

    missing = await browser.submit(
        "/members", {"email": "nopass@example.com", "role": "viewer"}, page="/members"
    )
    short = await browser.submit(
        "/members",
        {"email": "nopass@example.com", "role": "viewer", "password": "short"},
        page="/members",
    )

    assert (missing.status_code, short.status_code) == (422, 422)
    assert "give it a password" in missing.text
    assert "at least" in short.text
    assert not await User.exists(email="nopass@example.com")


# Rule: the members page is for admins and owners only.
async def test_a_marketer_cannot_see_the_members(browser, make_user, workspace):
    await browser.log_in(await make_user(Role.MARKETER, workspace))

    assert (await browser.get("/members")).status_code == 403
