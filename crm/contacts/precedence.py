"""The upsert rule: newer data wins, field by field, and absence never erases.

Every profile field (and each custom field, as `custom.<key>`) remembers, in
`Contact.field_times`, when its value was observed at its source: a Shopify `updated_at`, a
Stripe event's `created`, the moment a person typed it. An incoming value replaces the stored
one only if it was observed at the same time or later. An empty incoming value is "not
provided", never "erase" (only an explicit edit clears a field). So a webhook retried hours
later, or an old CSV imported after a fresh signup, cannot roll a contact back.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from crm.models import Contact

PROFILE_FIELDS = (
    "first_name",
    "last_name",
    "phone",
    "company",
    "address_line1",
    "address_line2",
    "city",
    "region",
    "postal_code",
    "country",
    "locale",
    "timezone",
)


def _stamp(contact: Contact, name: str) -> datetime | None:
    value = contact.field_times.get(name)
    return datetime.fromisoformat(value) if value else None


def _is_newer(contact: Contact, name: str, observed_at: datetime) -> bool:
    stamp = _stamp(contact, name)
    return stamp is None or observed_at >= stamp


def apply(
    contact: Contact, values: dict[str, Any], observed_at: datetime, *, clear: bool = False
) -> list[str]:
    """Write `values` (profile fields) into `contact` by the rule; return what changed.

    `clear=True` is an explicit edit: an empty value then erases the stored one.
    """
    changed = []
    times = dict(contact.field_times)
    for name, value in values.items():
        empty = value is None or value == ""
        if (empty and not clear) or not _is_newer(contact, name, observed_at):
            continue
        new = "" if empty else value
        if getattr(contact, name) != new:
            setattr(contact, name, new)
            changed.append(name)
        times[name] = observed_at.isoformat()
    contact.field_times = times
    return changed


def apply_custom(
    contact: Contact, values: dict[str, Any], observed_at: datetime, *, clear: bool = False
) -> list[str]:
    """The same rule for typed custom field values (`None` is empty)."""
    changed = []
    custom = dict(contact.custom)
    times = dict(contact.field_times)
    for key, value in values.items():
        name = f"custom.{key}"
        if (value is None and not clear) or not _is_newer(contact, name, observed_at):
            continue
        if value is None:
            if key in custom:
                del custom[key]
                changed.append(name)
        elif custom.get(key) != value:
            custom[key] = value
            changed.append(name)
        times[name] = observed_at.isoformat()
    contact.custom = custom
    contact.field_times = times
    return changed


class Taken(NamedTuple):
    """What `take` did to a contact."""

    changed: list[str]  # the fields whose value changed
    dirty: bool  # something must be written: a value, or only a stamp


def take(
    contact: Contact,
    values: dict[str, Any],
    observed_at: datetime,
    custom: dict[str, Any] | None = None,
) -> Taken:
    """`apply` the profile `values` and `apply_custom` the `custom` ones, by the rule.

    A value observed again, later, changes nothing but its stamp, and that stamp must still
    be written: an older observation arriving afterwards would otherwise win. So the contact
    is `dirty` whenever a value or a stamp changed, though only values count as `changed`.
    """
    stamps = contact.field_times
    changed = apply(contact, values, observed_at)
    if custom:
        changed += apply_custom(contact, custom, observed_at)
    return Taken(changed, bool(changed) or contact.field_times != stamps)


def fold(survivor: Contact, other: Contact) -> list[str]:
    """Bring `other`'s values into `survivor` by the same rule, each at its own stamp."""
    changed = []
    fallback = other.updated_at
    for name in PROFILE_FIELDS:
        observed = _stamp(other, name) or fallback
        changed += apply(survivor, {name: getattr(other, name)}, observed)
    for key, value in other.custom.items():
        observed = _stamp(other, f"custom.{key}") or fallback
        changed += apply_custom(survivor, {key: value}, observed)
    return changed
