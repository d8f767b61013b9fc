"""Errors of the web UI, on top of the core's tree (`crm.errors`).

CrmError
 +-- Unauthenticated
 |    +-- LoginRequired     redirect to /login (no valid session)
 +-- Forbidden
      +-- CsrfRejected      403 page (missing or wrong CSRF token)
"""

from __future__ import annotations

from crm.errors import Forbidden, Unauthenticated


class LoginRequired(Unauthenticated):
    """The request has no valid session; the UI answers with a redirect to the login page."""

    code = "login_required"


class CsrfRejected(Forbidden):
    """An unsafe request without the CSRF token of its session."""

    code = "csrf_rejected"
