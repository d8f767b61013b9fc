"""CSRF: every unsafe UI request needs its own session's token, or it changes nothing."""

from __future__ import annotations

from crm.models import Contact, Role
from crm.web import csrf
from tests.web.browser import PASSWORD


async def _editor(open_browser, make_user, workspace):  # type: ignore[no-untyped-def]
    browser = open_browser()
    await browser.log_in(await make_user(Role.MARKETER, workspace))
    return browser


# Rule: a POST without the token is refused with 403 and the contact stays as it was.
async def test_a_post_without_the_token_is_403_and_changes_nothing(
    open_browser, make_user, make_contact, workspace
):
    contact = await make_contact(workspace, first_name="Ann")
    browser = await _editor(open_browser, make_user, workspace)

    response = await browser.client.post(
        f"/contacts/{contact.id}/edit", data={"email": contact.email, "first_name": "Mallory"}
    )

    assert response.status_code == 403
    assert "did not come from this site" in response.text
    assert (await Contact.get(id=contact.id)).first_name == "Ann"


# Rule: a wrong token, or the token of another session, is refused just the same.
async def test_a_wrong_or_foreign_token_is_403_and_changes_nothing(
    open_browser, make_user, make_contact, workspace
):
    contact = await make_contact(workspace, first_name="Ann")
    browser = await _editor(open_browser, make_user, workspace)
    attacker = await _editor(open_browser, make_user, workspace)
    foreign = await attacker.token(f"/contacts/{contact.id}/edit")

    for token in ("", "x", foreign, foreign[:-1]):
        response = await browser.client.post(
            f"/contacts/{contact.id}/edit",
            data={"email": contact.email, "first_name": "Mallory", csrf.FIELD: token},
        )
        assert response.status_code == 403, token
        response = await browser.client.post(
            f"/contacts/{contact.id}/edit",
            data={"email": contact.email, "first_name": "Mallory"},
            headers={"X-CSRF-Token": token},
        )
        assert response.status_code == 403, token

    assert (await Contact.get(id=contact.id)).first_name == "Ann"


# Rule: the token may come in the X-CSRF-Token header instead of the form.
async def test_the_token_is_accepted_in_a_header(open_browser, make_user, make_contact, workspace):
    contact = await make_contact(workspace, first_name="Ann")
    browser = await _editor(open_browser, make_user, workspace)
    token = await browser.token(f"/contacts/{contact.id}/edit")

    response = await browser.client.post(
        f"/contacts/{contact.id}/edit",
        data={"email": contact.email, "first_name": "Anna"},
        headers={"X-CSRF-Token": token},
    )

    assert response.status_code == 303
    assert (await Contact.get(id=contact.id)).first_name == "Anna"


# Rule: the login form is protected too, so another site cannot log you into its account.
async def test_a_login_without_the_token_is_403(browser, make_user, workspace):
    user = await make_user(Role.OWNER, workspace)

    response = await browser.client.post("/login", data={"email": user.email, "password": PASSWORD})

    assert response.status_code == 403
    assert (await browser.get("/contacts")).status_code == 303
