"""The marketer web UI: server-rendered pages behind a signed session cookie.

`web_routes(settings)` is all the app factory needs. Pages register themselves on
`crm.web.routing.ui` when their module is imported below.
"""

from __future__ import annotations

from starlette.routing import BaseRoute

from crm.settings import Settings
from crm.web import assets, auditlog, contacts, keys, login, members, workspaces  # noqa: F401
from crm.web.routing import ui

__all__ = ["web_routes"]


def web_routes(settings: Settings) -> list[BaseRoute]:
    """The UI's routes, each behind the session cookie, CSRF check and security headers."""
    return ui.routes(settings)
