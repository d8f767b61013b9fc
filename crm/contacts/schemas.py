"""The shapes of contacts in the API: what comes in (validated, normalized) and what goes out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from crm.contacts import normalize
from crm.errors import Invalid

Source = Literal[
    "api",
    "import",
    "form",
    "shopify",
    "stripe",
    "invoicing",
    "quickbooks",
    "xero",
    "fortnox",
    "admin",
]


def _checked(fn: Callable[[str], str]) -> Callable[[str], str]:
    """Turn a normalizer's Invalid into the ValueError pydantic reports with the field path."""

    def check(value: str) -> str:
        try:
            return fn(value)
        except Invalid as exc:
            raise ValueError(exc.message) from exc

    return check


Email = Annotated[str, Field(max_length=320), AfterValidator(_checked(normalize.normalize_email))]
Country = Annotated[str, Field(max_length=8), AfterValidator(_checked(normalize.normalize_country))]
Locale = Annotated[str, Field(max_length=35), AfterValidator(_checked(normalize.normalize_locale))]
TimeZone = Annotated[
    str, Field(max_length=64), AfterValidator(_checked(normalize.normalize_timezone))
]
TagName = Annotated[str, Field(max_length=200), AfterValidator(_checked(normalize.normalize_tag))]
Name = Annotated[str, Field(max_length=200)]
Provider = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{1,31}$")]


class Address(BaseModel):
    model_config = ConfigDict(extra="forbid")

    line1: Annotated[str, Field(max_length=200)] = ""
    line2: Annotated[str, Field(max_length=200)] = ""
    city: Annotated[str, Field(max_length=120)] = ""
    region: Annotated[str, Field(max_length=120)] = ""
    postal_code: Annotated[str, Field(max_length=32)] = ""


class ContactIn(BaseModel):
    """A new contact, or the data of an upsert."""

    model_config = ConfigDict(extra="forbid")

    email: Email
    first_name: Name = ""
    last_name: Name = ""
    phone: Annotated[str, Field(max_length=40)] = ""  # normalized with the country, see service
    company: Name = ""
    address: Address | None = None
    country: Country = ""
    locale: Locale = ""
    timezone: TimeZone = ""
    tags: list[TagName] = Field(default_factory=list, max_length=100)
    custom_fields: dict[str, Any] = Field(default_factory=dict)
    external_ids: dict[Provider, Annotated[str, Field(min_length=1, max_length=128)]] = Field(
        default_factory=dict
    )
    source: Source = "api"


class ContactPatch(BaseModel):
    """A partial change: a missing key leaves the value alone, `""` or `null` clears it."""

    model_config = ConfigDict(extra="forbid")

    email: Email | None = None
    first_name: Name | None = None
    last_name: Name | None = None
    phone: Annotated[str, Field(max_length=40)] | None = None
    company: Name | None = None
    address: Address | None = None
    country: Country | None = None
    locale: Locale | None = None
    timezone: TimeZone | None = None
    tags: list[TagName] | None = Field(default=None, max_length=100)
    custom_fields: dict[str, Any] | None = None
    external_ids: dict[Provider, Annotated[str, Field(min_length=1, max_length=128)]] | None = None


class Commerce(BaseModel):
    orders_count: int
    total_spent: Decimal
    currency: str
    first_order_at: datetime | None
    last_order_at: datetime | None


class ContactOut(BaseModel):
    id: int
    email: str
    first_name: str
    last_name: str
    phone: str
    company: str
    address: Address
    country: str
    locale: str
    timezone: str
    tags: list[str]
    custom_fields: dict[str, Any]
    external_ids: dict[str, str]
    source: str
    commerce: Commerce
    merged_into: int | None
    created_at: datetime
    updated_at: datetime


class ContactPage(BaseModel):
    items: list[ContactOut]
    next_cursor: str | None = Field(
        description="pass as `cursor` for the next page; null at the end"
    )


class MergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    merge_id: int = Field(description="the contact folded into this one; it is kept, marked merged")
