"""The audit log page (admin and above): the workspace's entries, newest first."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from crm.errors import Invalid
from crm.models import AuditEntry, Role
from crm.web import auth, templating
from crm.web.routing import BIGINT_ID_MAX, ui

PAGE_SIZE = 100


@ui.get("/audit")
async def audit_log(request: Request) -> Response:
    who = await auth.require_user(request, Role.ADMIN)
    query = AuditEntry.filter(workspace_id=who.principal.workspace_id)
    before = request.query_params.get("before")
    if before:
        # isascii: str.isdigit() also accepts digits such as "²" that int() refuses
        if not (before.isascii() and before.isdigit()) or int(before) > BIGINT_ID_MAX:
            raise Invalid("not a position in the audit log", field="before")
        query = query.filter(id__lt=int(before))
    rows = await query.order_by("-id").limit(PAGE_SIZE + 1)
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    return templating.render(
        request, "audit.html", who, entries=rows, before=rows[-1].id if more else None
    )
