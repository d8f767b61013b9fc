"""Rendering the UI's Jinja2 templates (`templates/web/`), always autoescaped."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse

from crm.models import Role
from crm.web import csrf

if TYPE_CHECKING:
    from crm.web.auth import SignedIn


def when(value: datetime | None, seconds: bool = False) -> str:
    """A timestamp as the UI shows it, in UTC to the minute (or second); a dash for none."""
    if value is None:
        return "—"
    pattern = "%Y-%m-%d %H:%M:%S UTC" if seconds else "%Y-%m-%d %H:%M UTC"
    return value.astimezone(UTC).strftime(pattern)


# StrictUndefined: a misspelt variable fails the test suite instead of rendering as nothing.
_env = Environment(
    loader=PackageLoader("templates", "web"), autoescape=True, undefined=StrictUndefined
)
_env.filters["when"] = when
_env.globals["Role"] = Role
_env.globals["csrf_field"] = csrf.FIELD


def render(
    request: Request,
    template: str,
    who: SignedIn | None = None,
    /,
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
    **context: Any,
) -> HTMLResponse:
    """`templates/web/<template>` as a response; the layout gets the user and the CSRF token."""
    html = _env.get_template(template).render(
        request=request, who=who, csrf_token=csrf.token(request), **context
    )
    return HTMLResponse(html, status_code=status, headers=headers)


def error_page(
    request: Request, status: int, message: str, headers: Mapping[str, str] | None = None
) -> HTMLResponse:
    """The error page: a status and a sentence for people, never a traceback."""
    return render(
        request, "error.html", status=status, headers=headers, status_code=status, message=message
    )
