"""The application factory: the composition root that mounts every package's routes."""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import AsyncIterator

from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.routing import BaseRoute

from campaigns import api as _campaigns_api  # noqa: F401  (operations, pipeline tasks, hooks)
from crm import broker, db
from crm.api import audit as _audit_api  # noqa: F401  (registers operations)
from crm.api import consent as _consent_api  # noqa: F401
from crm.api import contacts as _contacts_api  # noqa: F401
from crm.api import fields as _fields_api  # noqa: F401
from crm.api import forms as _forms_api  # noqa: F401
from crm.api import imports as _imports_api  # noqa: F401
from crm.api import keys as _keys_api  # noqa: F401
from crm.api import openapi
from crm.api import privacy as _privacy_api  # noqa: F401
from crm.api import tags as _tags_api  # noqa: F401
from crm.api import topics as _topics_api  # noqa: F401
from crm.api import workspace as _workspace_api  # noqa: F401
from crm.api.errors import from_crm_error, from_validation_error, handle_unexpected
from crm.api.v1 import api
from crm.consent import routes as optin_routes
from crm.errors import CrmError
from crm.mail import privacy as _mail_privacy  # noqa: F401  (export and erasure of mail)
from crm.mail import runtime as mail_runtime
from crm.privacy import retention as _retention  # noqa: F401  (registers the periodic task)
from crm.settings import Settings, get_settings
from crm.web import web_routes
from integrations import api as _integrations_api  # noqa: F401  (integrations, webhooks)
from integrations import routes as webhook_routes
from tracking import api as _tracking_api  # noqa: F401  (campaign stats, tracking settings)
from tracking import routes as tracking_routes

log = logging.getLogger(__name__)

YOUNG_COLLECTION_AT = 50_000  # net allocations between collections of the youngest generation


def routes() -> list[BaseRoute]:
    return [*api.routes(), *openapi.routes(api), *optin_routes.routes()]


def create_app(
    settings: Settings | None = None, *, manage_db: bool = True, start_worker: bool = True
) -> Starlette:
    """The ASGI app. With `manage_db`, its lifespan opens and checks the database; it also
    connects the broker and, with `start_worker` on memory://, runs the in-process worker."""
    settings = settings or get_settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_db:
            await db.init(settings.database_url)
            await db.check_ready(settings.database_url)
        mail_runtime.configure(settings)
        runtime = await broker.start(settings, worker=start_worker)
        # What start-up made (modules, models, schemas) lives as long as the process: out of
        # every collection, a full one takes milliseconds, not the 200+ ms the pixel saw.
        gc.freeze()
        # A busy web process keeps thousands of young objects alive for a moment (the opens
        # and clicks waiting in their buffer): at Python's default of 700 allocations, young
        # collections kept walking them, 3% of the pixel's CPU. They die by reference count,
        # and little cyclic garbage is made, so collecting less often holds no memory to speak of.
        gc.set_threshold(YOUNG_COLLECTION_AT)
        try:
            yield
        finally:
            await tracking_routes.close()  # stage the buffered opens and clicks
            await runtime.stop()
            if manage_db:
                await db.close()

    app = Starlette(
        # Tracking first: Starlette tries routes in order, and the open pixel is the busiest.
        routes=[
            *tracking_routes.routes(settings),
            *webhook_routes.routes(settings),
            *routes(),
            *web_routes(settings),
        ],
        lifespan=lifespan,
        exception_handlers={
            CrmError: lambda request, exc: from_crm_error(exc),
            ValidationError: lambda request, exc: from_validation_error(exc),
            Exception: handle_unexpected,
        },
    )
    app.state.settings = settings
    return app
