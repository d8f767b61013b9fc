"""The public tracking endpoints, mounted by crm/app.py ahead of everything else (Starlette
tries routes in order, and the pixel is the busiest path of the service).

GET  /t/o/{token}            the open pixel (tracking/pixel.py, a plain ASGI endpoint)
GET  /t/c/{token}            the click redirect (tracking/clicks.py)
GET  /u/{token}              the unsubscribe page and preference centre (tracking/pages.py)
POST /u/{token}              RFC 8058 one-click, the page's buttons
POST /inbound/unsubscribe    mailto: unsubscribes from an inbound-mail webhook (tracking/inbound.py)
"""

from __future__ import annotations

from functools import partial

from starlette.routing import Route

from crm.settings import Settings, signing_secrets
from tracking import clicks, inbound, pages, pixel, recorder
from tracking import privacy as _privacy  # noqa: F401  (registers export, erasure, retention)
from tracking import processor as _processor  # noqa: F401  (registers the task making events)


def routes(settings: Settings) -> list[Route]:
    # The token endpoints get the signing secrets bound once: looked up on the app's state,
    # they cost the pixel a failed attribute lookup on every request.
    secrets = signing_secrets(settings)
    return [
        Route("/t/o/{token}", pixel.OpenPixel(secrets), methods=["GET"]),
        Route("/t/c/{token}", partial(clicks.click, secrets), methods=["GET"]),
        Route("/u/{token}", partial(pages.show, secrets), methods=["GET"]),
        Route("/u/{token}", partial(pages.submit, secrets), methods=["POST"]),
        Route("/inbound/unsubscribe", inbound.receive, methods=["POST"]),
    ]


async def close() -> None:
    """Stage the opens and clicks still buffered: the app's shutdown calls it."""
    await recorder.buffer.close()
