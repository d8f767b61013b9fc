"""The click redirect: `GET /t/c/{token}` answers 302 to the URL stored for the token's link.

The token names a message and a link index, never a URL, and the URL comes from the
campaign's `CampaignLink` rows alone: nothing in the request can choose where it goes, so
this is no open redirect. A click is queued like an open; the processor adds the open it
implies.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from crm.tokens import HONEYPOT_LINK, Kind, TokenError
from tracking import links, recorder, web
from tracking.models import EventKind

REDIRECT_SCHEMES = ("http", "https")  # a stored javascript: or data: URL is never followed
# no-store: a cached redirect would hide the later clicks of the same link.
HEADERS = {"Cache-Control": "no-store, max-age=0"}
REDIRECT_MEMORY = 4096  # answers of the links clicked most lately, ready to send


def _followable(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme.lower() in REDIRECT_SCHEMES and bool(parts.hostname)


@lru_cache(maxsize=REDIRECT_MEMORY)
def _redirect(url: str) -> Response:
    """The answer for a stored URL, built once and sent as is (nothing mutates it): a campaign's
    links are clicked many times each."""
    if not _followable(url):
        return web.link_not_working()
    return RedirectResponse(url, status_code=302, headers=HEADERS)


@web.sorry_when_down
async def click(secrets: list[str], request: Request) -> Response:
    """302 to the stored URL with the click queued; a polite 404 page (no redirect, nothing
    recorded) for a token that is not genuine or names no stored link; 204 for the hidden
    honeypot link, whose click is recorded as a scanner's."""
    try:
        claims = web.claims(secrets, request.scope, Kind.CLICK)
    except TokenError:
        return web.link_not_working()
    hit = web.hit(request.scope, EventKind.CLICK, claims)
    if claims.link == HONEYPOT_LINK:
        recorder.buffer.add(hit)
        return Response(status_code=204, headers=HEADERS)
    url = await links.resolver.url(claims.workspace_id, claims.message_id, claims.link)
    answer = web.link_not_working() if url is None else _redirect(url)
    if answer.status_code == 302:
        recorder.buffer.add(hit)
    return answer
