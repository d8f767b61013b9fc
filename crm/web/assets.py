"""The UI's stylesheet, served from this origin so the CSP needs no inline styles."""

from __future__ import annotations

from importlib.resources import files

from starlette.requests import Request
from starlette.responses import Response

from crm.web.routing import ui

STYLESHEET = files("templates").joinpath("web/style.css").read_bytes()
CACHE_CONTROL = "public, max-age=3600"  # an hour: a deploy's new styles show up the same day


@ui.get("/assets/web.css")
async def stylesheet(request: Request) -> Response:
    return Response(STYLESHEET, media_type="text/css", headers={"Cache-Control": CACHE_CONTROL})
