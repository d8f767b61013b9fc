"""Switching the current workspace of a session among the user's own workspaces."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from crm.errors import NotFound
from crm.web import auth, forms
from crm.web.routing import ui


@ui.post("/workspaces/switch")
async def switch(request: Request) -> Response:
    who = await auth.require_user(request)
    wanted = forms.text(await request.form(), "workspace_id")
    # Another workspace's id is answered as if it did not exist, like every foreign id.
    if not any(str(m.workspace_id) == wanted for m in who.memberships):
        raise NotFound("no such workspace")
    request.session["ws"] = int(wanted)
    return RedirectResponse("/contacts", status_code=303)
