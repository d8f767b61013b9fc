"""CSRF protection: one random token per session, required on every unsafe UI request.

The token travels in the form field `csrf_token` or the `X-CSRF-Token` header. SameSite=Lax
cookies already stop most cross-site posts; the token also covers older browsers and a
sibling site on the same registrable domain.
"""

from __future__ import annotations

import hmac
import secrets

from starlette.requests import Request

from crm.web.errors import CsrfRejected

FIELD = "csrf_token"
HEADER = "x-csrf-token"
SESSION_KEY = "csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def token(request: Request) -> str:
    """This session's token, created on first use (so the login form has one too)."""
    value = request.session.get(SESSION_KEY)
    if not isinstance(value, str) or not value:
        value = secrets.token_urlsafe(32)
        request.session[SESSION_KEY] = value
    return value


async def verify(request: Request) -> None:
    """Raise CsrfRejected unless an unsafe request carries its session's token."""
    if request.method in SAFE_METHODS:
        return
    expected = request.session.get(SESSION_KEY)
    submitted = request.headers.get(HEADER)
    if submitted is None:
        form = await request.form()
        field = form.get(FIELD)
        submitted = field if isinstance(field, str) else None
    # compare_digest so the time taken does not reveal how much of the token matched
    if (
        not isinstance(expected, str)
        or not submitted
        or not hmac.compare_digest(expected.encode(), submitted.encode())
    ):
        raise CsrfRejected("this form has expired or did not come from this site; reload and retry")
