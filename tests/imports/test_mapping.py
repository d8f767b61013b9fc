"""Column mapping: explicit targets, guesses from common header names, and their checks."""

from __future__ import annotations

import pytest

from crm.errors import Invalid
from crm.imports.mapping import guess, parse_pairs, resolve
from crm.models import FieldDefinition
from crm.models.contact import FieldType

VIP = FieldDefinition(key="vip_level", label="VIP Level", type=FieldType.NUMBER, choices=[])


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("E-mail", "email"),
        ("Email Address", "email"),
        ("E-Mail-Adresse", "email"),
        ("First Name", "first_name"),
        ("Vorname", "first_name"),
        ("Prénom", "first_name"),
        ("last_name", "last_name"),
        ("Nachname", "last_name"),
        ("Mobile Phone", "phone"),
        ("Straße", "address_line1"),
        ("ZIP Code", "postal_code"),
        ("PLZ", "postal_code"),
        ("Land", "country"),
        ("Tags", "tags"),
        ("Last Modified", "updated_at"),
        ("Favourite colour", ""),
    ],
)
def test_common_headers_are_guessed(header, target):
    assert guess(header) == target


# Rule: a header matching a custom field's key or label feeds that field.
def test_a_header_naming_a_custom_field_feeds_it():
    assert guess("VIP level", [VIP]) == "custom.vip_level"


def test_unmapped_columns_are_guessed_and_unknown_ones_skipped():
    mapping = resolve(["E-Mail", "Vorname", "Notes"], {}, {})
    assert mapping.as_dict() == {"E-Mail": "email", "Vorname": "first_name", "Notes": ""}


# Rule: what the caller maps wins over a guess, which then gives way rather than collide.
def test_an_explicit_target_wins_over_a_guess_for_the_same_field():
    mapping = resolve(["Email", "Work Email"], {"Work Email": "email"}, {})
    assert mapping.as_dict() == {"Email": "", "Work Email": "email"}


def test_a_second_guess_for_the_same_field_is_skipped():
    assert resolve(["Email", "E-mail"], {}, {}).as_dict() == {"Email": "email", "E-mail": ""}


def test_several_columns_may_feed_tags():
    mapping = resolve(["Email", "Tags", "Labels"], {}, {})
    assert [c.target for c in mapping.columns] == ["email", "tags", "tags"]


def test_custom_fields_and_external_ids_are_targets():
    mapping = resolve(
        ["Mail", "Level", "Shop ID"],
        {"Mail": "email", "Level": "custom.vip_level", "Shop ID": "external.shopify"},
        {"vip_level": VIP},
    )
    assert [c.target for c in mapping.columns] == ["email", "custom.vip_level", "external.shopify"]


@pytest.mark.parametrize(
    ("explicit", "field", "message"),
    [
        ({"Name": "full_name"}, "mapping.Name", "unknown target 'full_name'"),
        ({"Name": "custom.nope"}, "mapping.Name", "no custom field named 'nope'"),
        ({"Name": "external.Shop!"}, "mapping.Name", "provider"),
        ({"Missing": "email"}, "mapping.Missing", "no column named 'Missing'"),
        ({"Email": "", "Name": "first_name"}, "mapping", "no column holds the email"),
        ({"Email": "email", "Name": "email"}, "mapping.Name", "both feed email"),
    ],
)
def test_a_mapping_that_cannot_work_is_invalid_with_its_field(explicit, field, message):
    with pytest.raises(Invalid, match=message) as caught:
        resolve(["Email", "Name"], explicit, {})
    assert caught.value.field == field


def test_cli_pairs_become_a_mapping():
    assert parse_pairs(["E-Mail=email", " Notes = "]) == {"E-Mail": "email", "Notes": ""}
    with pytest.raises(Invalid, match="Header=field"):
        parse_pairs(["email"])
