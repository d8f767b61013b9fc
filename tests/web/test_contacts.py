"""Contact pages: search and paging, audited reads, the edit form, roles and isolation."""

from __future__ import annotations

from crm.contacts import service
from crm.models import AuditEntry, Contact, Role
from crm.web import contacts as contact_pages


async def _signed_in(open_browser, make_user, role, *workspaces):  # type: ignore[no-untyped-def]
    browser = open_browser()
    user = await make_user(role, *workspaces)
    await browser.log_in(user)
    return browser, user


# Rule: the list shows the workspace's contacts and audits one read per contact shown.
async def test_the_contact_list_is_audited_with_the_user_and_ip(
    open_browser, make_user, make_contact, workspace, other_workspace
):
    ann = await make_contact(workspace, first_name="Ann")
    bob = await make_contact(workspace, first_name="Bob")
    hidden = await make_contact(other_workspace, first_name="Zed")
    browser, user = await _signed_in(open_browser, make_user, Role.VIEWER, workspace)

    page = await browser.get("/contacts")

    assert page.status_code == 200
    assert ann.email in page.text and bob.email in page.text
    assert hidden.email not in page.text
    reads = await AuditEntry.filter(action="contact.read", workspace_id=workspace.id)
    assert sorted(r.subject_id for r in reads) == sorted([str(ann.id), str(bob.id)])
    assert {(r.actor_type, r.actor_id, r.ip) for r in reads} == {("user", str(user.id), browser.ip)}


# Rule: opening a contact audits that read with the user's id and IP.
async def test_the_contact_page_is_audited(open_browser, make_user, make_contact, workspace):
    contact = await make_contact(workspace, first_name="Ann", company="Acme")
    browser, user = await _signed_in(open_browser, make_user, Role.VIEWER, workspace)

    page = await browser.get(f"/contacts/{contact.id}")

    assert page.status_code == 200
    assert "Acme" in page.text
    assert await AuditEntry.exists(
        action="contact.read",
        subject_type="contact",
        subject_id=str(contact.id),
        actor_type="user",
        actor_id=str(user.id),
        ip=browser.ip,
    )


# Rule: search by text and by tag narrows the list; the cursor walks it page by page.
async def test_search_and_cursor_pagination(
    open_browser, make_user, make_contact, workspace, monkeypatch
):
    monkeypatch.setattr(contact_pages, "PAGE_SIZE", 2)
    made = [await make_contact(workspace, first_name=f"Person{i}") for i in range(3)]
    vip = await make_contact(workspace, first_name="Vera", tags=["vip"])
    browser, _ = await _signed_in(open_browser, make_user, Role.VIEWER, workspace)

    by_tag = await browser.get("/contacts", tag="VIP")
    assert vip.email in by_tag.text and all(c.email not in by_tag.text for c in made)
    found = await browser.get("/contacts", q="person1")
    assert made[1].email in found.text and made[0].email not in found.text

    first = await browser.get("/contacts")
    assert made[0].email in first.text and made[2].email not in first.text
    link = first.text.split('class="pager"><a href="')[1].split('"')[0].replace("&amp;", "&")
    second = await browser.client.get(link)
    assert made[2].email in second.text and made[0].email not in second.text


# Rule: a marketer's edit goes through the service, which audits it.
async def test_a_marketer_edits_a_contact(open_browser, make_user, make_contact, workspace):
    contact = await make_contact(workspace, first_name="Ann", tags=["old"])
    browser, user = await _signed_in(open_browser, make_user, Role.MARKETER, workspace)
    form = await browser.get(f"/contacts/{contact.id}/edit")
    assert f'value="{contact.email}"' in form.text

    response = await browser.submit(
        f"/contacts/{contact.id}/edit",
        {"email": contact.email, "first_name": "Anna", "tags": "new, vip"},
        page=f"/contacts/{contact.id}/edit",
    )

    assert response.status_code == 303
    assert response.headers["location"] == f"/contacts/{contact.id}"
    (out,) = await service.to_out([await Contact.get(id=contact.id)])
    assert (out.first_name, out.tags) == ("Anna", ["new", "vip"])
    change = await AuditEntry.get(action="contact.update", subject_id=str(contact.id))
    assert (change.actor_id, change.ip) == (str(user.id), browser.ip)
    assert set(change.details["fields"]) == {"first_name", "tags"}


# Rule: an invalid email is shown as an error on the form and nothing is saved.
async def test_an_invalid_email_shows_the_error_and_changes_nothing(
    open_browser, make_user, make_contact, workspace
):
    contact = await make_contact(workspace, first_name="Ann")
    browser, _ = await _signed_in(open_browser, make_user, Role.MARKETER, workspace)

    response = await browser.submit(
        f"/contacts/{contact.id}/edit",
        {"email": "not-an-email", "first_name": "Anna"},
        page=f"/contacts/{contact.id}/edit",
    )

    assert response.status_code == 422
    assert "not a valid email address" in response.text
    assert 'value="not-an-email"' in response.text
    unchanged = await Contact.get(id=contact.id)
    assert (unchanged.email, unchanged.first_name) == (contact.email, "Ann")
    assert not await AuditEntry.exists(action="contact.update", subject_id=str(contact.id))


# Rule: an email taken by another contact is a field error, not a crash.
async def test_a_taken_email_is_a_field_error(open_browser, make_user, make_contact, workspace):
    taken = await make_contact(workspace)
    contact = await make_contact(workspace)
    browser, _ = await _signed_in(open_browser, make_user, Role.MARKETER, workspace)

    response = await browser.submit(
        f"/contacts/{contact.id}/edit", {"email": taken.email}, page="/contacts"
    )

    assert response.status_code == 422
    assert "already exists" in response.text
    assert (await Contact.get(id=contact.id)).email == contact.email


# Rule: a viewer reads but cannot edit: the form and the post are 403, nothing changes.
async def test_a_viewer_cannot_edit(open_browser, make_user, make_contact, workspace):
    contact = await make_contact(workspace, first_name="Ann")
    browser, _ = await _signed_in(open_browser, make_user, Role.VIEWER, workspace)

    page = await browser.get(f"/contacts/{contact.id}")
    form = await browser.get(f"/contacts/{contact.id}/edit")
    post = await browser.submit(
        f"/contacts/{contact.id}/edit", {"first_name": "Mallory"}, page="/contacts"
    )

    assert f"/contacts/{contact.id}/edit" not in page.text
    assert (form.status_code, post.status_code) == (403, 403)
    assert (await Contact.get(id=contact.id)).first_name == "Ann"


# Rule: another workspace's contact id is 404 for every page, exactly like a missing one.
async def test_another_workspaces_contact_is_404(
    open_browser, make_user, make_contact, workspace, other_workspace
):
    theirs = await make_contact(other_workspace, first_name="Zed")
    browser, _ = await _signed_in(open_browser, make_user, Role.OWNER, workspace)

    detail = await browser.get(f"/contacts/{theirs.id}")
    missing = await browser.get("/contacts/999999999")
    edit = await browser.get(f"/contacts/{theirs.id}/edit")
    post = await browser.submit(
        f"/contacts/{theirs.id}/edit", {"first_name": "Mallory"}, page="/contacts"
    )

    assert detail.status_code == missing.status_code == edit.status_code == post.status_code == 404
    assert theirs.email not in detail.text + edit.text + post.text
    assert detail.text.replace(str(theirs.id), "ID") == missing.text.replace("999999999", "ID")
    assert (await Contact.get(id=theirs.id)).first_name == "Zed"
    assert not await AuditEntry.exists(action="contact.read", subject_id=str(theirs.id))


# Rule: an id too large for any row is 404 too, not a database error.
async def test_an_id_beyond_the_column_is_404(open_browser, make_user, workspace):
    browser, _ = await _signed_in(open_browser, make_user, Role.OWNER, workspace)

    assert (await browser.get(f"/contacts/{10**30}")).status_code == 404


# Rule: an unexpected error is a plain 500 page, without traceback or exception text.
async def test_an_unexpected_error_shows_no_internals(
    open_browser, make_user, make_contact, workspace, monkeypatch
):
    contact = await make_contact(workspace)
    browser, _ = await _signed_in(open_browser, make_user, Role.OWNER, workspace)

    async def broken(contacts):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internals at /srv/crm/db.py")

    monkeypatch.setattr(service, "to_out", broken)
    response = await browser.get(f"/contacts/{contact.id}")

    assert response.status_code == 500
    assert "Something went wrong" in response.text
    assert "Traceback" not in response.text and "secret internals" not in response.text
