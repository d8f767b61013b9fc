"""The login and logout pages, and the front door `/`."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from crm.web import auth, forms, templating
from crm.web.routing import ui

HOME = "/contacts"
LOGIN_FAILED = "Wrong email or password."  # one message, so it never tells which was wrong


def safe_next(target: str) -> str:
    """`target` when it is a path on this site, else the home page (no open redirect)."""
    # "//host" and "/\host" are other hosts to a browser, which also drops tabs and newlines.
    if (
        not target.startswith("/")
        or target.startswith("//")
        or "\\" in target
        or any(ord(char) < 0x21 or ord(char) == 0x7F for char in target)
    ):
        return HOME
    return target


@ui.get("/")
async def front_door(request: Request) -> Response:
    who = await auth.signed_in(request)
    return RedirectResponse(HOME if who else "/login", status_code=303)


@ui.get("/login")
async def login_form(request: Request) -> Response:
    target = safe_next(request.query_params.get("next", HOME))
    if await auth.signed_in(request):
        return RedirectResponse(target, status_code=303)
    return templating.render(request, "login.html", email="", next=target, error=None)


@ui.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    email, target = forms.text(form, "email"), safe_next(forms.text(form, "next") or HOME)
    password = form.get("password")
    who = await auth.log_in(request, email, password if isinstance(password, str) else "")
    if who is None:
        return templating.render(
            request, "login.html", status=400, email=email, next=target, error=LOGIN_FAILED
        )
    return RedirectResponse(target, status_code=303)


@ui.post("/logout")
async def logout(request: Request) -> Response:
    who = await auth.require_user(request)
    await auth.log_out(request, who)
    return RedirectResponse("/login", status_code=303)
