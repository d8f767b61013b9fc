"""Workspace-defined custom fields: definitions and the typing of their values."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from crm.errors import Conflict, Invalid, NotFound
from crm.models import FieldDefinition
from crm.models.contact import FieldType

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_TRUE = {"true", "yes", "1", "y", "on"}
_FALSE = {"false", "no", "0", "n", "off"}


def coerce(definition: FieldDefinition, value: Any) -> Any:
    """The value in its stored JSON form for this field, or Invalid naming the field.

    Strings are accepted for every type, so CSV cells and form posts need no pre-typing.
    """
    where = f"custom_fields.{definition.key}"
    if value is None or value == "":
        return None
    kind = definition.type
    if kind == FieldType.TEXT:
        return str(value)
    if kind == FieldType.NUMBER:
        if isinstance(value, bool):
            raise Invalid("expected a number", field=where)
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation as exc:
            raise Invalid(f"expected a number, got {value!r}", field=where) from exc
        if not number.is_finite():
            raise Invalid("expected a finite number", field=where)
        return int(number) if number == number.to_integral_value() else float(number)
    if kind == FieldType.DATE:
        try:
            return date.fromisoformat(str(value).strip()[:10]).isoformat()
        except ValueError as exc:
            raise Invalid(f"expected a date as YYYY-MM-DD, got {value!r}", field=where) from exc
    if kind == FieldType.BOOLEAN:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise Invalid(f"expected true or false, got {value!r}", field=where)
    # CHOICE
    text = str(value).strip()
    if text not in definition.choices:
        raise Invalid(f"{text!r} is not one of {definition.choices}", field=where)
    return text


def coerce_all(definitions: dict[str, FieldDefinition], values: dict[str, Any]) -> dict[str, Any]:
    """Type every value; an unknown key is Invalid (define the field first)."""
    typed = {}
    for key, value in values.items():
        definition = definitions.get(key)
        if definition is None:
            raise Invalid(f"no custom field named {key!r} is defined", field=f"custom_fields.{key}")
        typed[key] = coerce(definition, value)
    return typed


async def definitions_for(workspace_id: int) -> dict[str, FieldDefinition]:
    return {d.key: d for d in await FieldDefinition.filter(workspace_id=workspace_id)}


async def define(
    workspace_id: int, key: str, label: str, kind: FieldType, choices: list[str]
) -> FieldDefinition:
    if not KEY_PATTERN.match(key):
        raise Invalid(
            "a key is lower-case letters, digits and _, starting with a letter", field="key"
        )
    if kind == FieldType.CHOICE and not choices:
        raise Invalid("a choice field needs at least one choice", field="choices")
    if kind != FieldType.CHOICE and choices:
        raise Invalid("only a choice field has choices", field="choices")
    if await FieldDefinition.exists(workspace_id=workspace_id, key=key):
        raise Conflict(f"a custom field named {key!r} already exists", field="key")
    return await FieldDefinition.create(
        workspace_id=workspace_id, key=key, label=label or key, type=kind, choices=choices
    )


async def get(workspace_id: int, key: str) -> FieldDefinition:
    definition = await FieldDefinition.get_or_none(workspace_id=workspace_id, key=key)
    if definition is None:
        raise NotFound(f"no custom field named {key!r}")
    return definition
