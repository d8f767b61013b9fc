"""What the public tracking endpoints share: who is calling, the token check with the app's
secrets, and the pages (templates/public) with headers that keep the token to themselves."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Scope
from tortoise.exceptions import BaseORMException

import templates
from crm import clock
from crm.tokens import Claims, Kind, verify
from tracking.models import EventKind
from tracking.recorder import Hit

log = logging.getLogger(__name__)

MAX_USER_AGENT = 500  # the widest column it is kept in; longer ones are padding or attacks
RETRY_AFTER_SECONDS = 60  # what a page says when the database is away: a restart, a failover

# No caching (the token is the credential), no referrer (it would carry the token to another
# site), no framing (a framed page could trick a click on its buttons), no scripts at all.
PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
    ),
}

_pages = Environment(
    loader=FileSystemLoader(Path(templates.__file__).parent / "public"),
    autoescape=select_autoescape(["html"]),
)


def caller(scope: Scope) -> tuple[str, str]:
    """The IP (as the server saw it: run uvicorn with --proxy-headers behind a proxy) and user
    agent of the request of `scope`."""
    client = scope.get("client")
    agent = ""
    # The raw header list (names lower-cased by the server): building a Headers object on
    # every pixel costs more than the rest of the lookup.
    for name, value in scope["headers"]:
        if name == b"user-agent":
            agent = value.decode("latin-1")[:MAX_USER_AGENT]
            break
    return (client[0] if client else ""), agent


def claims(secrets: list[str], scope: Scope, kind: Kind) -> Claims:
    """The claims of the `token` in the path of the request of `scope`, signed by one of
    `secrets` (the app's, bound to each endpoint by tracking/routes.py), or TokenError; no
    database work."""
    return verify(secrets, scope["path_params"]["token"], kind)


def hit(scope: Scope, kind: EventKind, claims: Claims) -> Hit:
    """The open or click that the request of `scope`, with a genuine token, makes as of now."""
    ip, agent = caller(scope)
    link = claims.link if kind == EventKind.CLICK else None
    return Hit(
        kind,
        claims.workspace_id,
        claims.message_id,
        link,
        scope["method"] == "HEAD",
        ip,
        agent,
        clock.timestamp(),
    )


def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _pages.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status, headers=PAGE_HEADERS)


def message(title: str, text: str, status: int = 200) -> HTMLResponse:
    """A polite page saying one thing."""
    return page("message.html", status, title=title, text=text)


def link_not_working(status: int = 404) -> HTMLResponse:
    return message(
        "This link does not work",
        "It may be incomplete, or older than our current links. "
        "If you want to stop our emails, reply to one of them and we will take you off our list.",
        status,
    )


Endpoint = Callable[[list[str], Request], Awaitable[Response]]  # given the signing secrets


def sorry_when_down(handler: Endpoint) -> Endpoint:
    """The handler, answering a polite 503 page (with Retry-After) instead of an error when the
    database cannot be used: what it was doing rolled back, and a mailbox provider's
    one-click POST is retried."""

    @functools.wraps(handler)
    async def answer(secrets: list[str], request: Request) -> Response:
        try:
            return await handler(secrets, request)
        except (BaseORMException, OSError):
            log.warning("public page without its database", exc_info=True)
            response = message(
                "Please try again in a minute",
                "We cannot reach our records right now, and nothing was changed.",
                503,
            )
            response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
            return response

    return answer
