"""Errors of the core, each mapped to one HTTP status by the API.

CrmError
 +-- NotFound            404  (also: another workspace's object)
 +-- Conflict            409  (unique email, concurrent change)
 +-- Invalid             422  (a value that fails validation; names its field)
 +-- BadRequest          400  (a request that cannot be read at all)
 +-- Unauthenticated     401
 +-- Forbidden           403  (authenticated, but the role does not allow it)
 +-- RateLimited         429
 +-- StorageError             (database unreachable or not migrated)
"""

from __future__ import annotations


class CrmError(Exception):
    """Base of every error the core raises on purpose."""

    status_code = 500
    code = "internal_error"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code


class NotFound(CrmError):
    """The object does not exist in the caller's workspace."""

    status_code = 404
    code = "not_found"


class Conflict(CrmError):
    """The change collides with existing data."""

    status_code = 409
    code = "conflict"


class Invalid(CrmError):
    """A value failed validation."""

    status_code = 422
    code = "invalid"


class BadRequest(CrmError):
    """The request cannot be read (malformed JSON, wrong content type)."""

    status_code = 400
    code = "bad_request"


class Unauthenticated(CrmError):
    """No valid credentials."""

    status_code = 401
    code = "unauthenticated"


class Forbidden(CrmError):
    """Valid credentials whose role does not allow the action."""

    status_code = 403
    code = "forbidden"


class RateLimited(CrmError):
    """Too many attempts; retry after `retry_after` seconds."""

    status_code = 429
    code = "rate_limited"

    def __init__(self, message: str, *, retry_after: int = 60) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class StorageError(CrmError):
    """The database cannot be used: unreachable, or its schema is not migrated."""

    status_code = 503
    code = "storage_unavailable"
