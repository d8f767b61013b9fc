"""The open pixel: `GET /t/o/{token}` answers a transparent GIF and queues an open."""

from __future__ import annotations

import base64

from starlette.requests import Request
from starlette.responses import Response

from crm.tokens import Kind, TokenError
from tracking import recorder, web
from tracking.models import EventKind

# A transparent 1x1 GIF (42 bytes): colour 0 of its palette is declared transparent.
GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
# no-store: a cached pixel would hide every later open of the message.
HEADERS = {"Cache-Control": "no-store, max-age=0"}
# The answers never change, so each is built once and sent as is (nothing mutates them).
_OPENED = Response(GIF, media_type="image/gif", headers=HEADERS)
_NOT_GENUINE = Response(GIF, status_code=404, media_type="image/gif", headers=HEADERS)


async def open_pixel(secrets: list[str], request: Request) -> Response:
    """The GIF, whatever the token (a broken image helps nobody): 200 with an open queued for
    a genuine token, 404 for any other, with nothing recorded and no database work."""
    try:
        claims = web.claims(secrets, request, Kind.OPEN)
    except TokenError:
        return _NOT_GENUINE
    recorder.buffer.add(web.hit(request, EventKind.OPEN, claims))
    return _OPENED
