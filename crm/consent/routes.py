"""The public signup, confirmation and cancel endpoints (no login: the token is the key).

POST /f/{form_key}            a signup, as an HTML form post or JSON
GET  /f/confirm/{token}       a page with a confirm button (GET alone confirms nothing)
POST /f/confirm/{token}       confirms
GET  /f/cancel/{token}        a page with an unsubscribe button
POST /f/cancel/{token}        unsubscribes; RFC 8058 one-click, answers 200, never redirects
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

import templates
from crm.api.ratelimit import SlidingWindow
from crm.consent import optin
from crm.contacts.normalize import normalize_email
from crm.errors import Invalid, RateLimited
from crm.models import SignupForm, Workspace

SIGNUPS_PER_IP_PER_MINUTE = 10  # a person signs up once; a script hammering a form does not
HONEYPOT = "website"  # hidden in the form; people leave it empty, naive bots fill it
MAX_FIELD = 320

_pages = Environment(
    loader=FileSystemLoader(Path(templates.__file__).parent / "public"),
    autoescape=select_autoescape(["html"]),
)
_signup_limit = SlidingWindow(limit=SIGNUPS_PER_IP_PER_MINUTE, window=60)


def _page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _pages.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


def _message(title: str, text: str, status: int = 200) -> HTMLResponse:
    return _page("message.html", status, title=title, text=text)


def _client(request: Request) -> tuple[str, str]:
    ip = request.client.host if request.client else ""
    return ip, request.headers.get("user-agent", "")[:500]


async def _fields(request: Request) -> tuple[dict[str, str], bool]:
    """The posted fields and whether the caller wants JSON back."""
    content_type = request.headers.get("content-type", "")
    if "json" in content_type:
        try:
            data = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise Invalid("malformed JSON", field="body") from exc
        if not isinstance(data, dict):
            raise Invalid("send a JSON object", field="body")
        return {k: str(v)[:MAX_FIELD] for k, v in data.items() if v is not None}, True
    form = await request.form()
    return {k: str(v)[:MAX_FIELD] for k, v in form.items() if isinstance(v, str)}, False


def _answer(
    wants_json: bool, status: int, code: str, text: str, field: str | None = None
) -> Response:
    if wants_json:
        if status >= 400:
            return JSONResponse({"error": {"code": code, "message": text, "field": field}}, status)
        return JSONResponse({"status": code, "message": text}, status)
    return _message("Thank you" if status < 400 else "Sorry", text, status)


async def signup(request: Request) -> Response:
    form = await SignupForm.get_or_none(key=request.path_params["form_key"], enabled=True)
    if form is None:
        return _answer(
            "json" in request.headers.get("content-type", ""), 404, "not_found", "no such form"
        )
    ip, agent = _client(request)
    try:
        _signup_limit.acquire(f"{ip}:{form.key}")
        fields, wants_json = await _fields(request)
    except RateLimited as exc:
        response = _answer(True, 429, "rate_limited", exc.message)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    except Invalid as exc:
        return _answer(True, 400, "bad_request", exc.message, exc.field)
    done = "Check your inbox: we sent you a link to confirm."
    if fields.get(HONEYPOT):
        # Look exactly like success, so the bot learns nothing.
        return _answer(wants_json, 202, "pending_confirmation", done)
    try:
        normalize_email(fields.get("email", ""))
    except Invalid as exc:
        return _answer(wants_json, 422, "validation_failed", exc.message, "email")
    signup_data = optin.Signup(
        email=fields["email"],
        first_name=fields.get("first_name", "")[:200],
        last_name=fields.get("last_name", "")[:200],
        ip=ip,
        user_agent=agent,
    )
    try:
        await optin.submit(form, signup_data)
    except Invalid as exc:
        return _answer(wants_json, 422, "validation_failed", exc.message, exc.field)
    workspace = await Workspace.get(id=form.workspace_id)
    if not workspace.double_opt_in:
        return _answer(wants_json, 201, "subscribed", "You are subscribed.")
    return _answer(wants_json, 202, "pending_confirmation", done)


def _secret(request: Request) -> str:
    return str(request.app.state.settings.resolve_secret_key())


async def confirm_page(request: Request) -> Response:
    try:
        workspace_id, _ = optin.read_token(_secret(request), request.path_params["token"])
    except optin.LinkError as exc:
        return _link_problem(exc)
    workspace = await Workspace.get_or_none(id=workspace_id)
    name = workspace.name if workspace else ""
    return _page("confirm.html", title="Confirm your subscription", workspace=name)


async def confirm(request: Request) -> Response:
    ip, agent = _client(request)
    try:
        workspace_id, contact_id = optin.read_token(_secret(request), request.path_params["token"])
        confirmed = await optin.confirm(workspace_id, contact_id, ip, agent)
    except optin.LinkError as exc:
        return _link_problem(exc)
    if not confirmed:
        return _message("Already done", "There was nothing left to confirm. Thank you!")
    return _message("Thank you", "Your subscription is confirmed.")


async def cancel_page(request: Request) -> Response:
    try:
        optin.read_token(_secret(request), request.path_params["token"], salt=optin.CANCEL_SALT)
    except optin.LinkError as exc:
        return _link_problem(exc)
    return _page("cancel.html", title="Unsubscribe")


async def cancel(request: Request) -> Response:
    ip, agent = _client(request)
    try:
        workspace_id, contact_id = optin.read_token(
            _secret(request), request.path_params["token"], salt=optin.CANCEL_SALT
        )
    except optin.LinkError as exc:
        return _link_problem(exc)
    await optin.cancel(workspace_id, contact_id, ip, agent)
    return _message("Unsubscribed", "You will not receive email from us.")


def _link_problem(exc: optin.LinkError) -> HTMLResponse:
    if exc.expired:
        return _message("This link has expired", "Please sign up again to get a new one.", 410)
    return _message("This link does not work", "It may have been mistyped or already used.", 400)


def routes() -> list[Route]:
    return [
        Route("/f/confirm/{token}", confirm_page, methods=["GET"]),
        Route("/f/confirm/{token}", confirm, methods=["POST"]),
        Route("/f/cancel/{token}", cancel_page, methods=["GET"]),
        Route("/f/cancel/{token}", cancel, methods=["POST"]),
        Route("/f/{form_key}", signup, methods=["POST"]),
    ]
