"""Reading form posts and query strings: text values, and pydantic's errors per field."""

from __future__ import annotations

from pydantic import ValidationError
from starlette.datastructures import ImmutableMultiDict


def text(values: ImmutableMultiDict[str, object], name: str) -> str:
    """The stripped text of `name` in a form or query string; "" when missing or a file.

    NUL characters are dropped: no address or name holds one, and PostgreSQL text cannot.
    """
    value = values.get(name)
    return value.replace("\x00", "").strip() if isinstance(value, str) else ""


def field_errors(exc: ValidationError) -> dict[str, str]:
    """The first problem of each field, keyed by dotted field name (`address.city`)."""
    errors: dict[str, str] = {}
    for error in exc.errors():
        parts = [str(part) for part in error["loc"] if not isinstance(part, int)]
        errors.setdefault(".".join(parts) or "form", error["msg"].removeprefix("Value error, "))
    return errors
