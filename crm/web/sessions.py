"""The UI's session: a JSON dict in a signed cookie, with idle and absolute expiry.

`SessionCookie` is an ASGI middleware that puts the dict in `scope["session"]` (so
`request.session` works) and writes the cookie back only when the dict changed or its
last-seen time needs refreshing. The cookie is signed, not encrypted: it holds ids and
random tokens, never personal data. Logging out is made final by `crm.web.auth`, which
records the session id as ended; this module only keeps time.
"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from typing import Any

from itsdangerous import BadSignature, URLSafeSerializer
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crm import clock

IDLE_TIMEOUT = timedelta(hours=2)  # a forgotten browser tab stops being a way in
ABSOLUTE_TIMEOUT = timedelta(hours=12)  # a working day; a stolen cookie cannot live on
SEEN_RESOLUTION = timedelta(minutes=1)  # re-send the cookie at most once a minute to slide idle
COOKIE_NAME = "crm_session"
SECURE_COOKIE_NAME = "__Host-crm_session"  # browsers refuse this name unless Secure, Path=/
SALT = "crm.web.session"  # keeps these signatures apart from any other use of the secret key


def cookie_name(secure: bool) -> str:
    """The cookie's name; over HTTPS, the `__Host-` prefix stops subdomains from planting one."""
    return SECURE_COOKIE_NAME if secure else COOKIE_NAME


def _epoch() -> int:
    return int(clock.now().timestamp())


def renew(session: dict[str, Any]) -> None:
    """Empty the session and restart its clocks (on login, so a planted cookie is worthless)."""
    session.clear()
    session["iat"] = _epoch()


class SessionCookie:
    """Load and store `scope["session"]` in a signed cookie; expired sessions load empty."""

    def __init__(self, app: ASGIApp, secret_key: str, secure: bool) -> None:
        self.app = app
        self.serializer = URLSafeSerializer(
            secret_key, salt=SALT, signer_kwargs={"digest_method": hashlib.sha256}
        )
        self.name = cookie_name(secure)
        attributes = "HttpOnly; SameSite=Lax" + ("; Secure" if secure else "")
        self.flags = f"Path=/; Max-Age={int(IDLE_TIMEOUT.total_seconds())}; {attributes}"
        self.clear_flags = f"Path=/; Max-Age=0; {attributes}"

    def load(self, raw: str | None) -> dict[str, Any]:
        """The session in `raw`, or an empty one if it is missing, forged or expired."""
        if not raw:
            return {}
        try:
            data = self.serializer.loads(raw)
        except BadSignature:
            return {}
        if not isinstance(data, dict):
            return {}
        seen, issued = data.get("seen"), data.get("iat")
        if not isinstance(seen, int) or not isinstance(issued, int):
            return {}
        now = _epoch()
        idle, age = now - seen, now - issued
        if idle > IDLE_TIMEOUT.total_seconds() or age > ABSOLUTE_TIMEOUT.total_seconds():
            return {}
        return data

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = HTTPConnection(scope).cookies.get(self.name)
        session = self.load(raw)
        original = json.dumps(session, sort_keys=True)
        scope["session"] = session

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                cookie = self.cookie_for(session, original, had_cookie=bool(raw))
                if cookie is not None:
                    headers = MutableHeaders(scope=message)
                    headers.append("Set-Cookie", cookie)
                    headers.add_vary_header("Cookie")
            await send(message)

        await self.app(scope, receive, send_with_cookie)

    def cookie_for(self, session: dict[str, Any], original: str, had_cookie: bool) -> str | None:
        """The Set-Cookie value this response needs, or None to leave the browser's alone."""
        if not session:
            # Clear a cookie that was sent (logged out, forged or expired); send none otherwise.
            return f"{self.name}=; {self.clear_flags}" if had_cookie else None
        now = _epoch()
        stale = now - session.get("seen", 0) >= SEEN_RESOLUTION.total_seconds()
        if json.dumps(session, sort_keys=True) == original and not stale:
            return None
        session.setdefault("iat", now)
        session["seen"] = now
        return f"{self.name}={self.serializer.dumps(session)}; {self.flags}"
