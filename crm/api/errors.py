"""Every API error is JSON: `{"error": {"code", "message", "field"}}` with its HTTP status."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse

from crm.errors import CrmError, RateLimited

log = logging.getLogger(__name__)


def error_response(
    status: int, code: str, message: str, field: str | None = None, **extra: Any
) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message, "field": field, **extra}
    return JSONResponse({"error": body}, status_code=status)


def from_crm_error(exc: CrmError) -> JSONResponse:
    response = error_response(exc.status_code, exc.code, exc.message, exc.field)
    if isinstance(exc, RateLimited):
        response.headers["Retry-After"] = str(exc.retry_after)
    if exc.status_code == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


def _location(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc if part not in ("body", "query"))


def from_validation_error(exc: ValidationError) -> JSONResponse:
    """422 naming the first failing field, with every problem listed in `errors`."""
    problems = [
        {"field": _location(e["loc"]), "message": e["msg"].removeprefix("Value error, ")}
        for e in exc.errors()
    ]
    first = problems[0] if problems else {"field": None, "message": "invalid"}
    return error_response(
        422, "validation_failed", str(first["message"]), first["field"] or None, errors=problems
    )


async def handle_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", extra={"path": request.url.path})
    return error_response(500, "internal_error", "an unexpected error occurred")
