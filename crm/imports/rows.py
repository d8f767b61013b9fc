"""One CSV record -> a normalized row, or the problems that make it a bad row.

Values go through the same normalizers as the API (crm.contacts.normalize, custom field
coercion), so an imported contact is indistinguishable from one created by hand. A row with
any invalid value is not imported at all; every problem is reported with its line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from email_validator import SPECIAL_USE_DOMAIN_NAMES

from crm.contacts import fields, normalize
from crm.errors import Invalid
from crm.imports import mapping as m
from crm.models import Contact, FieldDefinition

MAX_EXTERNAL_ID = 128  # ExternalId.external_id
_TAG_SEPARATORS = re.compile(r"[,;]")
# The shape of nearly every address in a real list: an ASCII dot-atom local part and ASCII host
# labels under a letter TLD. For it, email_validator's checks come down to this pattern, a few
# lengths and the special-use domains, and normalize_email's result to lower case; it is a
# fraction of the cost, and tests/imports/test_rows.py holds the two to the same answers.
_PLAIN_EMAIL = re.compile(
    r"(?P<local>[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*)"
    r"@(?P<domain>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})",
    re.IGNORECASE | re.ASCII,
)
_SPECIAL_USE = tuple("." + name for name in SPECIAL_USE_DOMAIN_NAMES)
MAX_EMAIL = 254  # RFC 5321 path length, as email_validator counts it
_NORMALIZERS = {
    "country": normalize.normalize_country,
    "locale": normalize.normalize_locale,
    "timezone": normalize.normalize_timezone,
}


def canonical_email(raw: str) -> str:
    """normalize_email's answer, reached without it for plain ASCII addresses."""
    value = raw.strip()
    match = _PLAIN_EMAIL.fullmatch(value)
    if match is not None and len(value) <= MAX_EMAIL:
        domain = match["domain"].lower()
        if "--" not in domain and not _special_use(domain):
            return value.lower()
    return normalize.normalize_email(value)


def _special_use(domain: str) -> bool:
    """Whether `domain` is, or is under, a special-use name (`localhost`, `home.arpa`...)."""
    return ("." + domain).endswith(_SPECIAL_USE)


class Moment(datetime):
    """A datetime that formats itself once.

    The precedence rule stamps every field it writes with `observed_at.isoformat()`: some ten
    calls a row, on one instant per import. Formatting once saves some 7 µs a row.
    """

    __slots__ = ("_text",)

    @classmethod
    def of(cls, moment: datetime) -> Moment:
        return cls(
            moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second,
            moment.microsecond, moment.tzinfo, fold=moment.fold,
        )  # fmt: skip

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        if sep != "T" or timespec != "auto":
            return super().isoformat(sep, timespec)
        try:
            return self._text
        except AttributeError:
            self._text: str = super().isoformat()
            return self._text


@dataclass(slots=True)
class Row:
    """A good row: what it says about one contact, normalized."""

    line: int
    email: str
    values: dict[str, str]  # the profile fields the row gives; a blank cell gives nothing
    custom: dict[str, Any]  # typed custom values the row gives
    tags: list[str]
    external_ids: dict[str, str]  # provider -> id
    observed_at: datetime  # when this data was current, for the precedence rule


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a row (or one of its cells) cannot be imported."""

    line: int
    field: str  # the CSV column, or "" for the row as a whole
    reason: str


class RowParser:
    """Turns records of one file into rows, by its resolved mapping.

    `observed_at` is the import's start: the time a row's data counts as observed unless an
    `updated_at` column says when it was current (a later time is capped at `observed_at`, so a
    typo in the future cannot lock a field against every later update).
    """

    def __init__(
        self,
        mapping: m.Mapping,
        definitions: dict[str, FieldDefinition],
        observed_at: datetime,
    ) -> None:
        self.observed_at = Moment.of(observed_at)
        self.width = len(mapping.columns)
        self.text: list[tuple[int, str, str, int]] = []  # index, field, header, max length
        self.normalized: list[tuple[int, str, str, int]] = []
        self.phone: tuple[int, str] | None = None
        self.tags: list[tuple[int, str]] = []
        self.updated_at: tuple[int, str] | None = None
        self.custom: list[tuple[int, str, str, FieldDefinition]] = []
        self.external: list[tuple[int, str, str]] = []
        lengths = Contact._meta.fields_map
        for column in mapping.columns:
            index, header, target = column.index, column.header, column.target
            if target == m.EMAIL:
                self.email = (index, header)
            elif target == "phone":
                self.phone = (index, header)
            elif target in _NORMALIZERS:
                self.normalized.append((index, target, header, lengths[target].max_length))
            elif target == m.TAGS:
                self.tags.append((index, header))
            elif target == m.UPDATED_AT:
                self.updated_at = (index, header)
            elif target.startswith(m.CUSTOM):
                key = target.removeprefix(m.CUSTOM)
                self.custom.append((index, key, header, definitions[key]))
            elif target.startswith(m.EXTERNAL):
                self.external.append((index, target.removeprefix(m.EXTERNAL), header))
            elif target != m.SKIP:
                self.text.append((index, target, header, lengths[target].max_length))

    def parse(self, line: int, cells: list[str]) -> Row | list[Problem]:
        """The row of this record, or every problem found in it."""
        problems: list[Problem] = []
        size = len(cells)
        if size < self.width:
            cells = cells + [""] * (self.width - size)
        elif size > self.width and any(c.strip() for c in cells[self.width :]):
            problems.append(
                Problem(line, "", f"the row has {size} cells but the header has {self.width}")
            )
        index, header = self.email
        try:
            email = canonical_email(cells[index])
        except Invalid as exc:
            problems.append(Problem(line, header, exc.message))
            email = ""
        values: dict[str, str] = {}
        for index, name, header, limit in self.text:
            value = cells[index].strip()
            if len(value) > limit:
                problems.append(Problem(line, header, f"longer than {limit} characters"))
            elif value:
                values[name] = value
        for index, name, header, limit in self.normalized:
            if not cells[index].strip():
                continue
            try:
                value = _NORMALIZERS[name](cells[index])
            except Invalid as exc:
                problems.append(Problem(line, header, exc.message))
                continue
            if len(value) > limit:
                problems.append(Problem(line, header, f"longer than {limit} characters"))
            else:
                values[name] = value
        if self.phone is not None and cells[self.phone[0]].strip():
            index, header = self.phone
            try:
                values["phone"] = normalize.normalize_phone(cells[index], values.get("country", ""))
            except Invalid as exc:
                problems.append(Problem(line, header, exc.message))
        custom = {}
        for index, key, header, definition in self.custom:
            if not cells[index].strip():
                continue
            try:
                custom[key] = fields.coerce(definition, cells[index])
            except Invalid as exc:
                problems.append(Problem(line, header, exc.message))
        tags: list[str] = []
        for index, header in self.tags:
            for part in _TAG_SEPARATORS.split(cells[index]):
                if not part.strip():
                    continue
                try:
                    tag = normalize.normalize_tag(part)
                except Invalid as exc:
                    problems.append(Problem(line, header, exc.message))
                    continue
                if tag not in tags:
                    tags.append(tag)
        external_ids = {}
        for index, provider, header in self.external:
            value = cells[index].strip()
            if len(value) > MAX_EXTERNAL_ID:
                problems.append(Problem(line, header, f"longer than {MAX_EXTERNAL_ID} characters"))
            elif value:
                external_ids[provider] = value
        observed_at = self.observed_at
        if self.updated_at is not None:
            index, header = self.updated_at
            try:
                observed_at = self._observed(cells[index])
            except ValueError:
                problems.append(
                    Problem(line, header, f"not a date or time in ISO 8601: {cells[index]!r}")
                )
        if problems:
            return problems
        return Row(line, email, values, custom, tags, external_ids, observed_at)

    def _observed(self, raw: str) -> datetime:
        value = raw.strip()
        if not value:
            return self.observed_at
        stamp = datetime.fromisoformat(value)
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
        return self.observed_at if stamp >= self.observed_at else Moment.of(stamp)
