"""One CSV record -> a normalized row, or the problems that make it a bad row.

Values go through the same normalizers as the API (crm.contacts.normalize, custom field
coercion), so an imported contact is indistinguishable from one created by hand. A row with
any invalid value is not imported at all; every problem is reported with its line and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from email_validator import SPECIAL_USE_DOMAIN_NAMES
from tortoise.fields import CharField

from crm.contacts import fields, normalize
from crm.errors import Invalid
from crm.imports import mapping as m
from crm.models import Contact, FieldDefinition
from crm.models.contact import FieldType

MAX_EXTERNAL_ID = 128  # ExternalId.external_id
_TAG_SEPARATORS = re.compile(r"[,;]")
# The shape of nearly every address in a real list: an ASCII dot-atom local part and ASCII host
# labels under a letter TLD. For it, email_validator's checks come down to this pattern, a few
# lengths and the special-use domains, and normalize_email's result to lower case; it is a
# fraction of the cost, and tests/imports/test_rows.py holds the two to the same answers.
_PLAIN_EMAIL = re.compile(
    r"(?P<local>[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*)"
    r"@(?P<domain>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})",
    re.ASCII,
)  # matched against the lower-cased address: twice as fast as matching with IGNORECASE
_SPECIAL_USE = tuple("." + name for name in SPECIAL_USE_DOMAIN_NAMES)
MAX_EMAIL = 254  # RFC 5321 path length, as email_validator counts it
MEMO_CELLS = 4096  # distinct cells a column's normalizer remembers (see _Remembered)
_NORMALIZERS = {
    "country": normalize.normalize_country,
    "locale": normalize.normalize_locale,
    "timezone": normalize.normalize_timezone,
}


def canonical_email(raw: str) -> str:
    """normalize_email's answer, reached without it for plain ASCII addresses."""
    value = raw.strip()
    # Only ASCII is lower-cased ahead: elsewhere lower() can turn a letter into ASCII (the
    # Kelvin sign into k) or into two letters, and the address would no longer be the one given.
    if value.isascii() and len(value) <= MAX_EMAIL:
        lowered = value.lower()
        match = _PLAIN_EMAIL.fullmatch(lowered)
        if match is not None:
            domain = match["domain"]
            if "--" not in domain and not _special_use(domain):
                return lowered
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


Answer = tuple[Any, tuple[str, ...]]  # a cell's value, and why it is bad (empty when it is not)
Lookup = Callable[[str], Answer | None]


class _Remembered:
    """A column's normalizer with its answers remembered, per distinct cell.

    Countries, languages, tags and typed custom values repeat down a file (hundreds or a few
    thousand distinct cells in a million rows), and normalizing one costs microseconds: most
    rows then cost a dict look-up. The memory is bounded: a column with more distinct cells than
    `MEMO_CELLS` starts afresh, so a column of unique values only pays for the look-up.
    An error is remembered as its reason, never as the exception: a raised exception keeps
    the frames it passed through, and raising one instance again and again would pile them up.

    The parser calls `known(cell) or answer(cell)`: a hit costs one C call, no Python frame.
    """

    __slots__ = ("_answer", "_known", "known")

    def __init__(self, answer: Callable[[str], Answer]) -> None:
        self._answer = answer
        self._known: dict[str, Answer] = {}
        self.known = self._known.get  # stays bound: the dict is cleared, never replaced

    def answer(self, cell: str) -> Answer:
        """Normalize a cell not remembered yet, and remember it."""
        found = self._answer(cell)
        if len(self._known) >= MEMO_CELLS:
            self._known.clear()
        self._known[cell] = found
        return found


_NEVER_KNOWN: dict[str, Answer] = {}  # `.get` of it: the look-up of a column not remembered


def _normalized(name: str, limit: int) -> Callable[[str], Answer]:
    def answer(cell: str) -> Answer:
        try:
            value = _NORMALIZERS[name](cell)
        except Invalid as exc:
            return "", (exc.message,)
        if len(value) > limit:
            return "", (f"longer than {limit} characters",)
        return value, ()

    return answer


def _typed(definition: FieldDefinition) -> Callable[[str], Answer]:
    def answer(cell: str) -> Answer:
        try:
            return fields.coerce(definition, cell), ()
        except Invalid as exc:
            return None, (exc.message,)

    return answer


def _tagged(cell: str) -> Answer:
    """The distinct tags a cell lists, in order, and the reason for each bad one."""
    tags: list[str] = []
    reasons: list[str] = []
    for part in _TAG_SEPARATORS.split(cell):
        if not part.strip():
            continue
        try:
            tag = normalize.normalize_tag(part)
        except Invalid as exc:
            reasons.append(exc.message)
            continue
        if tag not in tags:
            tags.append(tag)
    return tuple(tags), tuple(reasons)


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
        # index, field (or custom key), header, then a look-up of known cells and the normalizer
        self.normalized: list[tuple[int, str, str, Lookup, Callable[[str], Answer]]] = []
        self.phone: tuple[int, str] | None = None
        self.tags: list[tuple[int, str, Lookup, Callable[[str], Answer]]] = []
        self.updated_at: tuple[int, str] | None = None
        self.custom: list[tuple[int, str, str, Lookup, Callable[[str], Answer]]] = []
        self.external: list[tuple[int, str, str]] = []
        lengths = {
            name: f.max_length
            for name, f in Contact._meta.fields_map.items()
            if isinstance(f, CharField)
        }
        for column in mapping.columns:
            index, header, target = column.index, column.header, column.target
            if target == m.EMAIL:
                self.email = (index, header)
            elif target == "phone":
                self.phone = (index, header)
            elif target in _NORMALIZERS:
                memo = _Remembered(_normalized(target, lengths[target]))
                self.normalized.append((index, target, header, memo.known, memo.answer))
            elif target == m.TAGS:
                memo = _Remembered(_tagged)
                self.tags.append((index, header, memo.known, memo.answer))
            elif target == m.UPDATED_AT:
                self.updated_at = (index, header)
            elif target.startswith(m.CUSTOM):
                key = target.removeprefix(m.CUSTOM)
                typed = _typed(definitions[key])
                if definitions[key].type == FieldType.TEXT:
                    # Free text is typed by str() alone: remembering it would only fill memory.
                    self.custom.append((index, key, header, _NEVER_KNOWN.get, typed))
                else:
                    memo = _Remembered(typed)
                    self.custom.append((index, key, header, memo.known, memo.answer))
            elif target.startswith(m.EXTERNAL):
                self.external.append((index, target.removeprefix(m.EXTERNAL), header))
            elif target != m.SKIP:
                self.text.append((index, target, header, lengths[target]))

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
        for index, name, header, known, normalized in self.normalized:
            cell = cells[index]
            if cell.strip():
                value, reasons = known(cell) or normalized(cell)
                if reasons:
                    problems += [Problem(line, header, reason) for reason in reasons]
                else:
                    values[name] = value
        if self.phone is not None and cells[self.phone[0]].strip():
            index, header = self.phone
            try:
                values["phone"] = normalize.normalize_phone(cells[index], values.get("country", ""))
            except Invalid as exc:
                problems.append(Problem(line, header, exc.message))
        custom = {}
        for index, key, header, known, typed in self.custom:
            cell = cells[index]
            if cell.strip():
                value, reasons = known(cell) or typed(cell)
                if reasons:
                    problems += [Problem(line, header, reason) for reason in reasons]
                else:
                    custom[key] = value
        tags: list[str] = []
        for index, header, known, tagged in self.tags:
            listed, reasons = known(cells[index]) or tagged(cells[index])
            problems += [Problem(line, header, reason) for reason in reasons]
            tags += [tag for tag in listed if tag not in tags]
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

    def _observed(self, raw: str) -> Moment:
        value = raw.strip()
        if not value:
            return self.observed_at
        stamp = datetime.fromisoformat(value)
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
        return self.observed_at if stamp >= self.observed_at else Moment.of(stamp)
