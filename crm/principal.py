"""Who is acting: a user in the web UI, an API key, or the system itself."""

from __future__ import annotations

from dataclasses import dataclass

from crm.errors import Forbidden
from crm.models import Role


@dataclass(frozen=True)
class Principal:
    """The caller of one request, bound to exactly one workspace."""

    workspace_id: int
    role: Role
    kind: str  # "user", "api_key" or "system"
    id: str
    label: str
    ip: str = ""

    def require(self, needed: Role) -> None:
        """Raise Forbidden unless this principal's role is at least `needed`."""
        if not self.role.allows(needed):
            raise Forbidden(f"this action needs the {needed.value} role or higher")


def system(workspace_id: int, label: str = "system") -> Principal:
    """The principal for work the service does by itself (imports, webhooks, retention)."""
    return Principal(workspace_id, Role.OWNER, "system", "", label)
