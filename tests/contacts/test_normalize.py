"""Normalization: the canonical forms contacts are deduplicated and segmented on."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from crm.contacts.normalize import (
    normalize_country,
    normalize_email,
    normalize_locale,
    normalize_phone,
    normalize_tag,
    normalize_timezone,
)
from crm.errors import Invalid

local_parts = st.from_regex(r"[a-zA-Z0-9][a-zA-Z0-9._+-]{0,20}[a-zA-Z0-9]", fullmatch=True).filter(
    lambda s: ".." not in s
)
# "xx--" at a label's start is reserved for IDNA (RFC 5891), so no real domain has it
labels = st.from_regex(r"[a-zA-Z][a-zA-Z0-9-]{0,10}[a-zA-Z0-9]", fullmatch=True).filter(
    lambda s: s[2:4] != "--"
)
domains = st.builds(
    lambda a, b: f"{a}.{b}", labels, st.sampled_from(["com", "de", "se", "co.uk", "io"])
)
emails = st.builds(lambda lp, d: f"{lp}@{d}", local_parts, domains)
padding = st.text(alphabet=" \t\n", max_size=3)


@given(emails)
def test_normalizing_twice_changes_nothing(email):
    once = normalize_email(email)
    assert normalize_email(once) == once


@given(emails, padding, padding)
def test_surrounding_whitespace_and_case_do_not_make_a_new_contact(email, before, after):
    assert normalize_email(before + email.upper() + after) == normalize_email(email.lower())


@given(emails)
def test_a_normalized_address_is_lower_case_ascii_when_its_input_was(email):
    normalized = normalize_email(email)
    assert normalized == normalized.lower().strip()
    assert normalized.count("@") == 1


@given(st.text(max_size=40))
def test_any_text_is_either_normalized_or_refused_with_the_email_field(text):
    try:
        result = normalize_email(text)
    except Invalid as exc:
        assert exc.field == "email"
    else:
        assert "@" in result and result == normalize_email(result)


def test_an_internationalized_domain_and_its_punycode_are_one_address():
    assert normalize_email("Anna@Bücher.DE") == normalize_email("anna@xn--bcher-kva.de")
    assert normalize_email("anna@bücher.de") == "anna@xn--bcher-kva.de"


@pytest.mark.parametrize(
    "bad", ["", "   ", "plain", "a@", "@b.com", "a@b", "a b@c.com", "a@@b.com"]
)
def test_malformed_addresses_are_refused(bad):
    with pytest.raises(Invalid) as info:
        normalize_email(bad)
    assert info.value.field == "email"


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("+1 613-612-0707", "", "+16136120707"),
        ("(613) 612-0707", "CA", "+16136120707"),
        ("070-123 45 67", "SE", "+46701234567"),
        ("0046 70 123 45 67", "SE", "+46701234567"),
        ("", "SE", ""),
    ],
)
def test_phones_become_e164(raw, country, expected):
    assert normalize_phone(raw, country) == expected


@given(st.sampled_from(["+16136120707", "+46701234567", "+442071838750"]), padding)
def test_an_e164_number_is_a_fixed_point(number, pad):
    assert normalize_phone(pad + number + pad) == number


@pytest.mark.parametrize("bad", ["12", "abc", "+999 1234", "070-123"])
def test_impossible_phones_are_refused(bad):
    with pytest.raises(Invalid) as info:
        normalize_phone(bad, "SE")
    assert info.value.field == "phone"


def test_countries_locales_and_time_zones():
    assert normalize_country(" se ") == "SE"
    assert normalize_locale("pt_BR") == "pt-BR"
    assert normalize_timezone("Europe/Stockholm") == "Europe/Stockholm"
    for fn, bad in [
        (normalize_country, "XX"),
        (normalize_locale, "not a locale"),
        (normalize_timezone, "Europe/Gotham"),
    ]:
        with pytest.raises(Invalid):
            fn(bad)


@given(st.text(min_size=1, max_size=60))
def test_tags_fold_case_and_spaces(raw):
    assume(raw.strip())
    tag = normalize_tag(raw)
    assert tag == normalize_tag(tag) == normalize_tag(raw.upper())
    assert "  " not in tag and tag == tag.strip()
