"""What the campaign endpoints share: finding a workspace's row (or a 404), changing it."""

from __future__ import annotations

from typing import Any, TypeVar

from tortoise.models import Model

from crm import audit
from crm.api.routing import Call
from crm.errors import NotFound

M = TypeVar("M", bound=Model)


async def owned(model: type[M], call: Call, param: str, what: str) -> M:
    """The row of `model` named by path parameter `param`, in the caller's workspace."""
    row = await model.get_or_none(id=call.path[param], workspace_id=call.principal.workspace_id)
    if row is None:
        raise NotFound(f"no such {what}")
    return row


async def update(call: Call, row: M, changes: dict[str, Any], subject: str) -> M:
    """Apply `changes` to `row`, save it and audit `<subject>.update` (nothing when empty)."""
    if changes:
        row.update_from_dict(changes)
        await row.save()
        await audit.record(
            call.principal, f"{subject}.update", subject, row.pk, fields=sorted(changes)
        )
    return row
