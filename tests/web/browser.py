"""A test browser for the UI: an httpx client over ASGI that keeps cookies and the CSRF token."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx

from crm.models import User
from crm.web import csrf, sessions

PASSWORD = "correct horse battery staple"
_CSRF_INPUT = re.compile(rf'name="{csrf.FIELD}" value="([^"]+)"')


def csrf_in(html: str) -> str:
    """The CSRF token of the first form on a page."""
    match = _CSRF_INPUT.search(html)
    assert match, "the page has no form with a CSRF token"
    return match.group(1)


@dataclass
class Browser:
    """One visitor, from one IP; `submit` posts a form the way a page would, token included."""

    client: httpx.AsyncClient
    ip: str

    @property
    def session_cookie(self) -> str | None:
        return self.client.cookies.get(sessions.SECURE_COOKIE_NAME)

    async def get(self, url: str, **params: Any) -> httpx.Response:
        return await self.client.get(url, params=params or None)

    async def token(self, page: str = "/login") -> str:
        """The session's CSRF token as `page` shows it (following redirects, like a browser)."""
        return csrf_in((await self.client.get(page, follow_redirects=True)).text)

    async def submit(self, url: str, data: dict[str, str], page: str = "/login") -> httpx.Response:
        """POST `data` with the CSRF token of this session (read from `page`)."""
        return await self.client.post(url, data={**data, csrf.FIELD: await self.token(page)})

    async def log_in(self, user: User | str, password: str = PASSWORD) -> httpx.Response:
        email = user if isinstance(user, str) else user.email
        return await self.submit("/login", {"email": email, "password": password})
