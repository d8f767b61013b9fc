"""Normalization of the values a contact is matched and segmented on.

Pure functions, no I/O: each returns the canonical form or raises Invalid naming the field.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from zoneinfo import available_timezones

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from crm.errors import Invalid

_LOCALE = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$")
_SPACES = re.compile(r"\s+")
MAX_TAG_LENGTH = 100


@lru_cache(maxsize=65536)
def normalize_email(raw: str) -> str:
    """Trim, validate (syntax only, no DNS) and canonicalize an address.

    The domain is IDNA-encoded (`bücher.de` and `xn--bcher-kva.de` are one address) and the
    whole address lower-cased: mailbox providers treat local parts case-insensitively, and
    keeping `Bob@` and `bob@` apart would split one person into two contacts.
    """
    value = raw.strip() if isinstance(raw, str) else ""
    if not value:
        raise Invalid("an email address is required", field="email")
    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        raise Invalid(f"not a valid email address: {exc}", field="email") from exc
    domain = result.ascii_domain or result.domain
    return f"{result.local_part}@{domain}".lower()


def normalize_phone(raw: str, country: str = "") -> str:
    """E.164 (`+16136120707`); a number without `+` is read in `country`'s numbering plan."""
    value = raw.strip()
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, country.upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise Invalid(f"not a phone number: {exc}", field="phone") from exc
    if not phonenumbers.is_valid_number(number):
        raise Invalid("not a valid phone number for its country", field="phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_country(raw: str) -> str:
    """ISO 3166-1 alpha-2, upper-cased."""
    value = raw.strip().upper()
    if not value:
        return ""
    if value not in phonenumbers.SUPPORTED_REGIONS:
        raise Invalid(f"unknown country code {raw!r}: use ISO 3166-1 alpha-2", field="country")
    return value


def normalize_locale(raw: str) -> str:
    """A BCP 47 tag with a hyphen separator (`pt-BR`)."""
    value = raw.strip().replace("_", "-")
    if not value:
        return ""
    if not _LOCALE.match(value):
        raise Invalid(f"not a locale tag: {raw!r}", field="locale")
    return value


@lru_cache(maxsize=1)
def _timezones() -> frozenset[str]:
    return frozenset(available_timezones())


def normalize_timezone(raw: str) -> str:
    """An IANA zone name (`Europe/Stockholm`)."""
    value = raw.strip()
    if value and value not in _timezones():
        raise Invalid(f"unknown time zone {raw!r}", field="timezone")
    return value


def normalize_tag(raw: str) -> str:
    """Trimmed, inner spaces folded, case-folded: `  VIP  Customer` is `vip customer`.

    NFKC first, so look-alike code points (the micro sign and the Greek mu) are one tag.
    """
    value = _SPACES.sub(" ", unicodedata.normalize("NFKC", raw).strip()).casefold()
    if not value:
        raise Invalid("a tag cannot be empty", field="tags")
    if len(value) > MAX_TAG_LENGTH:
        raise Invalid(f"a tag has at most {MAX_TAG_LENGTH} characters", field="tags")
    return value
