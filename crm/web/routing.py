"""UI pages: one declaration gives the route, the CSRF check and the HTML error pages.

    @ui.get("/contacts/{contact_id:int}")
    async def contact_page(request: Request) -> Response: ...

Every page runs behind the session cookie and the security headers. The wrapper rejects an
unsafe request without its CSRF token before the handler runs, turns `LoginRequired` into a
redirect to the login page and any other error into an HTML page without internals.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from crm.errors import CrmError, NotFound, RateLimited
from crm.settings import Settings
from crm.web import csrf, templating
from crm.web.errors import LoginRequired
from crm.web.headers import SecurityHeaders
from crm.web.sessions import SessionCookie

log = logging.getLogger(__name__)

Endpoint = Callable[[Request], Awaitable[Response]]

MAX_FORM_BODY = 64 * 1024  # bytes; the largest UI form is a contact edit of a few hundred
INT_ID_MAX = 2**31 - 1  # the largest id of an IntField table (workspaces, users, API keys)
BIGINT_ID_MAX = 2**63 - 1  # the largest id of a BigIntField table (contacts, audit log)


@dataclass(frozen=True)
class Page:
    method: str
    path: str
    handler: Endpoint


class Pages:
    """The UI's pages, registered by the modules that hold them."""

    def __init__(self) -> None:
        self.pages: list[Page] = []

    def get(self, path: str) -> Callable[[Endpoint], Endpoint]:
        return self._register("GET", path)

    def post(self, path: str) -> Callable[[Endpoint], Endpoint]:
        return self._register("POST", path)

    def _register(self, method: str, path: str) -> Callable[[Endpoint], Endpoint]:
        def register(handler: Endpoint) -> Endpoint:
            self.pages.append(Page(method, path, handler))
            return handler

        return register

    def routes(self, settings: Settings) -> list[BaseRoute]:
        """Starlette routes for every page, each behind the session and the security headers."""
        middleware = [
            Middleware(SecurityHeaders),
            Middleware(
                SessionCookie,
                secret_key=settings.resolve_secret_key(),
                secure=settings.public_url.startswith("https://"),
            ),
        ]
        return [
            Route(
                page.path,
                _guarded(page.handler),
                methods=[page.method],
                middleware=middleware,
                max_body_size=MAX_FORM_BODY,
            )
            for page in self.pages
        ]


ui = Pages()


def path_id(request: Request, name: str, limit: int = BIGINT_ID_MAX) -> int:
    """The integer path parameter `name`; NotFound beyond `limit`, which no row can have.

    Checked here because a database refuses such a number with an error, not an empty result.
    """
    value: int = request.path_params[name]
    if value > limit:
        raise NotFound("no such object")
    return value


def login_url(request: Request) -> str:
    """The login page, coming back to this page afterwards when it was a plain GET."""
    if request.method != "GET":
        return "/login"
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return "/login?" + urlencode({"next": target})


def _guarded(handler: Endpoint) -> Endpoint:
    @functools.wraps(handler)
    async def endpoint(request: Request) -> Response:
        try:
            await csrf.verify(request)
            return await handler(request)
        except HTTPException:
            raise  # Starlette's own answers (413, a malformed form) are already safe to show
        except LoginRequired:
            return RedirectResponse(login_url(request), status_code=303)
        except RateLimited as exc:
            headers = {"Retry-After": str(exc.retry_after)}
            return templating.error_page(request, exc.status_code, exc.message, headers)
        except CrmError as exc:
            if exc.status_code >= 500:
                log.error("web page failed", extra={"path": request.url.path, "error": exc.code})
                return templating.error_page(
                    request, exc.status_code, "The service is unavailable."
                )
            return templating.error_page(request, exc.status_code, exc.message)
        except Exception:
            log.exception("unhandled error in a web page", extra={"path": request.url.path})
            return templating.error_page(request, 500, "Something went wrong on our side.")

    return endpoint
