"""The members page (admin and above): who belongs to the workspace, and adding people."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from tortoise.transactions import in_transaction

from crm import audit, workspaces
from crm.contacts.normalize import normalize_email
from crm.errors import Conflict, Forbidden, Invalid
from crm.models import Membership, Role, User
from crm.web import auth, forms, templating
from crm.web.routing import ui


async def _members_page(
    request: Request,
    who: auth.SignedIn,
    *,
    status: int = 200,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
) -> Response:
    members = (
        await Membership.filter(workspace_id=who.principal.workspace_id)
        .select_related("user")
        .order_by("user__email")
    )
    return templating.render(
        request,
        "members.html",
        who,
        status=status,
        members=members,
        roles=[role for role in Role if who.principal.role.allows(role)],
        values=values or {"email": "", "name": "", "role": Role.MARKETER.value},
        errors=errors or {},
    )


@ui.get("/members")
async def member_list(request: Request) -> Response:
    who = await auth.require_user(request, Role.ADMIN)
    return await _members_page(request, who)


@ui.post("/members")
async def add_member(request: Request) -> Response:
    """Add an existing account, or a new one with the password given, with a role."""
    who = await auth.require_user(request, Role.ADMIN)
    form = await request.form()
    values = {name: forms.text(form, name) for name in ("email", "name", "role")}
    password = form.get("password")
    try:
        role = Role(values["role"])
    except ValueError:
        return await _members_page(
            request, who, status=422, values=values, errors={"role": "Choose a role."}
        )
    # An admin may hand out any role but owner: owners are made by owners.
    if not who.principal.role.allows(role):
        raise Forbidden("you cannot grant a role above your own", field="role")
    try:
        async with in_transaction():
            user, created = await _find_or_create_user(
                normalize_email(values["email"]),
                password if isinstance(password, str) else "",
                values["name"],
            )
            if await Membership.exists(user_id=user.id, workspace_id=who.principal.workspace_id):
                raise Conflict("this person is already a member", field="email")
            await workspaces.add_member(who.workspace, user, role)
            await audit.record(
                who.principal, "member.add", "user", user.id, role=role.value, new_account=created
            )
    except (Invalid, Conflict) as exc:
        errors = {exc.field or "email": exc.message}
        return await _members_page(request, who, status=422, values=values, errors=errors)
    return RedirectResponse("/members", status_code=303)


async def _find_or_create_user(email: str, password: str, name: str) -> tuple[User, bool]:
    user = await User.get_or_none(email=email)
    if user is not None:
        return user, False
    if not password:
        raise Invalid(
            "there is no account with this email yet: give it a password", field="password"
        )
    return await workspaces.create_user(email, password, name), True
