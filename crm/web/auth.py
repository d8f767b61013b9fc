"""Who is using the UI: logging in and out, and the signed-in user behind a request.

A session names a user, their current workspace and a random session id, kept as a
`web_sessions` row. Logging out ends that row, and a session whose row has ended is refused,
so a copy of the cookie taken before logout opens nothing afterwards. Both moments are also
written to the audit log.
"""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import dataclass

from starlette.requests import Request

from crm import audit, clock
from crm.contacts.normalize import normalize_email
from crm.errors import Invalid
from crm.models import Membership, Role, User, WebSession, Workspace
from crm.principal import Principal
from crm.security import throttle
from crm.security.passwords import DUMMY_HASH, hash_password, needs_rehash, verify_password
from crm.web import sessions
from crm.web.errors import LoginRequired

SESSION_STARTED = "session.start"
SESSION_ENDED = "session.end"
MAX_EMAIL_LENGTH = 320  # the width of the throttle's email column


@dataclass(frozen=True)
class SignedIn:
    """The user of a valid session, acting as `principal` in their current workspace."""

    user: User
    principal: Principal
    memberships: list[Membership]  # all of the user's workspaces, loaded, by name

    @property
    def workspace(self) -> Workspace:
        return next(
            m.workspace for m in self.memberships if m.workspace_id == self.principal.workspace_id
        )


def client_ip(request: Request) -> str:
    return request.client.host if request.client else ""


async def _memberships(user_id: int) -> list[Membership]:
    return (
        await Membership.filter(user_id=user_id)
        .select_related("workspace")
        .order_by("workspace__name", "workspace_id")
    )


def _acting(
    request: Request, user: User, memberships: list[Membership], current: Membership
) -> SignedIn:
    principal = Principal(
        workspace_id=current.workspace_id,
        role=Role(current.role),
        kind="user",
        id=str(user.id),
        label=user.email,
        ip=client_ip(request),
    )
    return SignedIn(user, principal, memberships)


async def signed_in(request: Request) -> SignedIn | None:
    """The signed-in user, or None (and an emptied session) if the session opens nothing."""
    session = request.session
    user_id, workspace_id, session_id = session.get("uid"), session.get("ws"), session.get("sid")
    if not (
        isinstance(user_id, int) and isinstance(workspace_id, int) and isinstance(session_id, str)
    ):
        return None
    live = await WebSession.exists(id=session_id, user_id=user_id, ended_at__isnull=True)
    user = None if not live else await User.get_or_none(id=user_id, is_active=True)
    memberships = await _memberships(user_id) if user else []
    # A member removed from the current workspace is signed out rather than moved elsewhere.
    current = next((m for m in memberships if m.workspace_id == workspace_id), None)
    if user is None or current is None:
        session.clear()
        return None
    return _acting(request, user, memberships, current)


async def require_user(request: Request, role: Role = Role.VIEWER) -> SignedIn:
    """The signed-in user; LoginRequired without a session, Forbidden below `role`."""
    who = await signed_in(request)
    if who is None:
        raise LoginRequired("please log in")
    who.principal.require(role)
    return who


def _throttle_key(email: str) -> str:
    try:
        return normalize_email(email)
    except Invalid:
        # Not an address at all: it still counts against itself, so guessing gains nothing.
        return email.strip().lower()[:MAX_EMAIL_LENGTH]


async def log_in(request: Request, email: str, password: str) -> SignedIn | None:
    """Start a session for these credentials; None when they are wrong.

    Raises RateLimited when the email or the IP failed too often, whatever the password.
    """
    address, ip = _throttle_key(email), client_ip(request)
    await throttle.check(address, ip)
    user = await User.get_or_none(email=address)
    # An unknown email is verified against a dummy hash, so it takes as long as a known one.
    valid = verify_password(user.password_hash if user else DUMMY_HASH, password)
    memberships = await _memberships(user.id) if user and valid and user.is_active else []
    if user is None or not memberships:
        await throttle.record_failure(address, ip)
        return None
    await throttle.clear(address)
    if needs_rehash(user.password_hash):
        # A password shorter than today's minimum keeps its old hash until it is changed.
        with contextlib.suppress(Invalid):
            user.password_hash = hash_password(password)
    user.last_login_at = clock.now()
    await user.save(update_fields=["password_hash", "last_login_at"])

    session_id = secrets.token_urlsafe(18)
    await WebSession.create(id=session_id, user=user)
    sessions.renew(request.session)
    request.session.update(uid=user.id, ws=memberships[0].workspace_id, sid=session_id)
    who = _acting(request, user, memberships, memberships[0])
    await audit.record(who.principal, SESSION_STARTED, "session", session_id)
    return who


async def log_out(request: Request, who: SignedIn) -> None:
    """End this session for good: the cookie is cleared and its id can never open again."""
    session_id = request.session["sid"]
    await WebSession.filter(id=session_id).update(ended_at=clock.now())
    await audit.record(who.principal, SESSION_ENDED, "session", session_id)
    request.session.clear()
