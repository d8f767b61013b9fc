"""What every UI page carries: security headers, and the audit log page for admins."""

from __future__ import annotations

from crm.models import Role
from crm.web import headers


# Rule: UI responses forbid framing, sniffing, foreign resources and caching.
async def test_pages_carry_the_security_headers(browser, make_user, workspace):
    for response in (await browser.get("/login"), await browser.get("/contacts")):
        assert response.headers["content-security-policy"] == headers.CONTENT_SECURITY_POLICY
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"
        assert response.headers["cache-control"] == "no-store"


# Rule: the stylesheet is served from this origin, cacheable, with the same headers.
async def test_the_stylesheet_is_served_locally(browser):
    response = await browser.get("/assets/web.css")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/css")
    assert response.headers["cache-control"].startswith("public")
    assert response.headers["x-content-type-options"] == "nosniff"


# Rule: a visitor's own text is escaped, never markup.
async def test_search_text_is_escaped(browser, make_user, workspace):
    await browser.log_in(await make_user(Role.VIEWER, workspace))

    page = await browser.get("/contacts", q='"><script>alert(1)</script>')

    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;" in page.text


# Rule: the audit log page lists the workspace's entries newest first, for admins only.
async def test_the_audit_log_is_newest_first_and_admin_only(
    open_browser, make_user, make_contact, workspace
):
    contact = await make_contact(workspace)
    admin = open_browser()
    await admin.log_in(await make_user(Role.ADMIN, workspace))
    await admin.get(f"/contacts/{contact.id}")
    viewer = open_browser()
    await viewer.log_in(await make_user(Role.VIEWER, workspace))

    page = await admin.get("/audit")

    assert page.status_code == 200
    assert page.text.index("contact.read") < page.text.index("contact.create")
    assert (await viewer.get("/audit")).status_code == 403
    assert (await admin.get("/audit", before="²")).status_code == 422
