"""The API keys page (admin and above): list, create (the secret is shown once), revoke."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from crm import audit
from crm.errors import Forbidden, NotFound
from crm.models import ApiKey, Role
from crm.security import apikeys
from crm.web import auth, forms, templating
from crm.web.routing import INT_ID_MAX, path_id, ui

MAX_NAME_LENGTH = 200  # the width of the name column


async def _keys_page(
    request: Request, who: auth.SignedIn, *, status: int = 200, name: str = "", error: str = ""
) -> Response:
    keys = await ApiKey.filter(workspace_id=who.principal.workspace_id).order_by("-id")
    grantable = [role for role in Role if who.principal.role.allows(role)]
    return templating.render(
        request, "keys.html", who, status=status, keys=keys, roles=grantable, name=name, error=error
    )


@ui.get("/keys")
async def key_list(request: Request) -> Response:
    who = await auth.require_user(request, Role.ADMIN)
    return await _keys_page(request, who)


@ui.post("/keys")
async def create_key(request: Request) -> Response:
    who = await auth.require_user(request, Role.ADMIN)
    form = await request.form()
    name = forms.text(form, "name")
    try:
        role = Role(forms.text(form, "role"))
    except ValueError:
        return await _keys_page(request, who, status=422, name=name, error="Choose a role.")
    if not name or len(name) > MAX_NAME_LENGTH:
        error = f"Give the key a name of at most {MAX_NAME_LENGTH} characters."
        return await _keys_page(request, who, status=422, name=name, error=error)
    if not who.principal.role.allows(role):
        raise Forbidden("a key cannot have a more powerful role than its creator", field="role")
    issued = await apikeys.issue(who.workspace, name, role, created_by=who.user)
    await audit.record(
        who.principal, "api_key.create", "api_key", issued.key.id, name=name, role=role.value
    )
    # The token is in this response only: only its hash is stored, so it cannot be shown again.
    return templating.render(
        request, "key_created.html", who, status=201, key=issued.key, token=issued.token
    )


@ui.post("/keys/{key_id:int}/revoke")
async def revoke_key(request: Request) -> Response:
    who = await auth.require_user(request, Role.ADMIN)
    key_id = path_id(request, "key_id", INT_ID_MAX)
    if not await apikeys.revoke(who.principal.workspace_id, key_id):
        raise NotFound("no live API key with this id")
    await audit.record(who.principal, "api_key.revoke", "api_key", key_id)
    return RedirectResponse("/keys", status_code=303)
