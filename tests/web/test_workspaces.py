"""The workspace switcher: only among the user's own workspaces."""

from __future__ import annotations

from crm.models import Role


# Rule: a member of two workspaces switches between them and sees each one's contacts.
async def test_a_member_of_two_workspaces_switches_between_them(
    browser, make_user, make_contact, workspace, other_workspace
):
    here = await make_contact(workspace)
    there = await make_contact(other_workspace)
    await browser.log_in(await make_user(Role.VIEWER, workspace, other_workspace))
    assert 'name="workspace_id"' in (await browser.get("/contacts")).text

    for target, shown, hidden in ((workspace, here, there), (other_workspace, there, here)):
        response = await browser.submit(
            "/workspaces/switch", {"workspace_id": str(target.id)}, page="/contacts"
        )

        assert response.status_code == 303
        page = (await browser.get("/contacts")).text
        assert shown.email in page and hidden.email not in page


# Rule: switching to a workspace one is not a member of is 404, and the session stays put.
async def test_switching_to_a_foreign_workspace_is_404(
    browser, make_user, make_contact, workspace, other_workspace
):
    theirs = await make_contact(other_workspace)
    await browser.log_in(await make_user(Role.OWNER, workspace))

    for wanted in (str(other_workspace.id), "not-a-number", ""):
        response = await browser.submit(
            "/workspaces/switch", {"workspace_id": wanted}, page="/contacts"
        )
        assert response.status_code == 404, wanted

    assert theirs.email not in (await browser.get("/contacts")).text
    assert (await browser.get(f"/contacts/{theirs.id}")).status_code == 404
