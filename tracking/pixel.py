"""The open pixel: `GET /t/o/{token}` answers a transparent GIF and queues an open.

The busiest route of the service, so it is a plain ASGI endpoint: it reads the token and the
caller from the scope and sends two prebuilt messages, without the Request and Response
objects a Starlette function endpoint makes on every call (in one process, the pixel's cost
over a bare endpoint went from 8.8 to 4.2 µs; see docs/performance.md).
"""

from __future__ import annotations

import base64

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from crm.tokens import Kind, TokenError
from tracking import recorder, web
from tracking.models import EventKind

# A transparent 1x1 GIF (42 bytes): colour 0 of its palette is declared transparent.
GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
# no-store: a cached pixel would hide every later open of the message.
HEADERS = {"Cache-Control": "no-store, max-age=0"}
# What Starlette would send: content-length, content-type and the headers above.
_RAW_HEADERS = Response(GIF, media_type="image/gif", headers=HEADERS).raw_headers


async def _gif(send: Send, status: int) -> None:
    await send({"type": "http.response.start", "status": status, "headers": _RAW_HEADERS})
    await send({"type": "http.response.body", "body": GIF})


class OpenPixel:
    """The GIF, whatever the token (a broken image helps nobody): 200 with an open queued for
    a genuine token, 404 for any other, with nothing recorded and no database work."""

    def __init__(self, secrets: list[str]) -> None:
        self._secrets = secrets  # the app's signing secrets, bound by tracking/routes.py

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            claims = web.claims(self._secrets, scope, Kind.OPEN)
        except TokenError:
            await _gif(send, 404)
            return
        recorder.buffer.add(web.hit(scope, EventKind.OPEN, claims))
        await _gif(send, 200)
