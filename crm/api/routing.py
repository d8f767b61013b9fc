"""API operations: one declaration gives the route, the checks and the OpenAPI entry.

    @api.operation("GET", "/contacts/{contact_id:int}", response=ContactOut, role=Role.VIEWER)
    async def get_contact(call: Call) -> ContactOut: ...

The wrapper authenticates the bearer key, checks the role, reads and validates the query and
the JSON body with the declared pydantic models, and serializes the declared response; the
handler sees only validated values.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from tortoise.exceptions import DBConnectionError

from crm.api.errors import from_crm_error, from_validation_error
from crm.api.ratelimit import SlidingWindow
from crm.errors import BadRequest, CrmError, StorageError, Unauthenticated
from crm.models import Role
from crm.principal import Principal
from crm.security import apikeys

MAX_JSON_BODY = 1_000_000  # bytes; larger payloads go through imports


@dataclass
class Call:
    """What a handler gets: the caller, path parameters, validated query and body."""

    request: Request
    principal: Principal
    path: dict[str, Any]
    query: Any = None
    body: Any = None


Handler = Callable[[Call], Awaitable[BaseModel | Response | None]]


@dataclass
class Operation:
    method: str
    path: str
    handler: Handler
    summary: str
    tag: str
    role: Role
    body: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    response: type[BaseModel] | None = None
    status: int = 200
    form: dict[str, str] = field(default_factory=dict)  # multipart fields, for the docs


class Api:
    """A collection of operations mounted under one prefix."""

    def __init__(self, prefix: str = "/api/v1") -> None:
        self.prefix = prefix
        self.operations: list[Operation] = []
        self.limiter = SlidingWindow()

    def operation(
        self,
        method: str,
        path: str,
        *,
        summary: str,
        tag: str,
        role: Role = Role.VIEWER,
        body: type[BaseModel] | None = None,
        query: type[BaseModel] | None = None,
        response: type[BaseModel] | None = None,
        status: int = 200,
        form: dict[str, str] | None = None,
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.operations.append(
                Operation(
                    method,
                    path,
                    handler,
                    summary,
                    tag,
                    role,
                    body,
                    query,
                    response,
                    status,
                    form or {},
                )
            )
            return handler

        return register

    def routes(self) -> list[Route]:
        return [
            Route(self.prefix + op.path, self._endpoint(op), methods=[op.method])
            for op in self.operations
        ]

    async def authenticate(self, request: Request) -> Principal:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthenticated("send an API key as `Authorization: Bearer <key>`")
        key = await apikeys.authenticate(token.strip())
        self.limiter.acquire(key.prefix)
        return Principal(
            workspace_id=key.workspace_id,
            role=Role(key.role),
            kind="api_key",
            id=str(key.id),
            label=f"api key {key.name} ({key.prefix})",
            ip=request.client.host if request.client else "",
        )

    def _endpoint(self, op: Operation) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                principal = await self.authenticate(request)
                principal.require(op.role)
                call = Call(request, principal, dict(request.path_params))
                if op.query is not None:
                    call.query = op.query.model_validate(dict(request.query_params))
                if op.body is not None:
                    call.body = op.body.model_validate(await read_json(request))
                result = await op.handler(call)
            except CrmError as exc:
                return from_crm_error(exc)
            except (DBConnectionError, ConnectionError) as exc:
                # The database went away under a running service: say so, retryably.
                return from_crm_error(StorageError(f"the database is unavailable: {exc}"))
            except ValidationError as exc:
                return from_validation_error(exc)
            if isinstance(result, Response):
                return result
            if result is None:
                return Response(status_code=204)
            return JSONResponse(result.model_dump(mode="json"), status_code=op.status)

        endpoint.__name__ = op.handler.__name__
        return endpoint


async def read_json(request: Request) -> Any:
    """The request's JSON body, or BadRequest saying why it cannot be read."""
    content_type = request.headers.get("content-type", "")
    if "json" not in content_type:
        raise BadRequest("send the body as application/json")
    raw = await request.body()
    if len(raw) > MAX_JSON_BODY:
        raise BadRequest(f"the body is larger than {MAX_JSON_BODY} bytes")
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadRequest(f"malformed JSON: {exc}") from exc
