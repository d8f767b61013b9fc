"""One record to one row: the same normalization as the API, every bad cell named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from crm.contacts.normalize import normalize_email
from crm.errors import Invalid
from crm.imports.mapping import resolve
from crm.imports.rows import _PLAIN_EMAIL, Problem, Row, RowParser, canonical_email
from crm.models import FieldDefinition
from crm.models.contact import FieldType

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def _answer(fn, value: str) -> str:
    try:
        return fn(value)
    except Invalid as exc:
        return f"Invalid: {exc.message}"


# Rule: the import's shortcut for plain addresses gives exactly normalize_email's answer.
@settings(max_examples=500)
@given(
    st.one_of(
        st.from_regex(_PLAIN_EMAIL, fullmatch=True),
        # the pattern is lower case (it is matched after lower-casing): upper and mixed case too
        st.from_regex(_PLAIN_EMAIL, fullmatch=True).map(str.upper),
        st.from_regex(_PLAIN_EMAIL, fullmatch=True).map(
            lambda a: "".join(c.upper() if i % 2 else c for i, c in enumerate(a))
        ),
        st.emails().map(str),
        st.text(alphabet="aZ09.-_+@ü ", max_size=30),
    )
)
@example("Bob@Example.COM")
@example("\u212aim@example.com")  # the Kelvin sign, whose lower case is an ASCII k
@example("a@b.test")
@example("a@mail.localhost")
@example("x@ab--cd.com")
@example("x@xn--bcher-kva.de")
@example("a" * 65 + "@example.com")
@example("a@" + "b" * 64 + ".com")
@example("a@" + ("b" * 60 + ".") * 5 + "com")
@example("a@1.23")
def test_plain_addresses_take_a_shortcut_to_the_same_answer(address):
    assert _answer(canonical_email, address) == _answer(normalize_email, address)


def parser(header: list[str], mapping: dict[str, str] | None = None) -> RowParser:
    return RowParser(resolve(header, mapping or {}, {}), {}, T0)


def test_a_good_record_becomes_a_normalized_row():
    row = parser(["Email", "First Name", "Phone", "Country", "Tags"]).parse(
        2, [" Ann@Example.com ", " Ann ", "030 1234567", "de", "VIP;  Spring Fair ,vip"]
    )
    assert row == Row(
        line=2,
        email="ann@example.com",
        values={"first_name": "Ann", "country": "DE", "phone": "+49301234567"},
        custom={},
        tags=["vip", "spring fair"],
        external_ids={},
        observed_at=T0,
    )


# Rule: a short record is padded with blank cells, and a blank cell provides nothing.
def test_missing_and_blank_cells_provide_nothing():
    row = parser(["Email", "City", "Country", "Zip"]).parse(2, ["a@example.com", " "])
    assert isinstance(row, Row)
    assert row.values == {}


def test_a_value_longer_than_its_column_is_a_problem():
    problems = parser(["Email", "Zip"]).parse(9, ["a@example.com", "1" * 33])
    assert problems == [Problem(9, "Zip", "longer than 32 characters")]


@pytest.mark.parametrize("tags", ["x" * 101, "ok; " + "y" * 120])
def test_an_overlong_tag_is_a_problem(tags):
    problems = parser(["Email", "Tags"]).parse(4, ["a@example.com", tags])
    assert problems == [Problem(4, "Tags", "a tag has at most 100 characters")]


def typed_parser(monkeypatch, cells: int) -> RowParser:
    """A parser of Email, Country, Tags, Visits (a number), remembering `cells` cells a column."""
    monkeypatch.setattr("crm.imports.rows.MEMO_CELLS", cells)
    visits = FieldDefinition(key="visits", label="Visits", type=FieldType.NUMBER, choices=[])
    header = ["Email", "Country", "Tags", "Visits"]
    return RowParser(resolve(header, {}, {"visits": visits}), {"visits": visits}, T0)


# Rule: a column's answers are remembered per cell, but every row still gets its own answer:
# the same bad cell is reported on each line, and a full memory starts afresh without mixing
# cells up.
@pytest.mark.parametrize("cells", [1, 2, 4096])
def test_remembered_cells_give_every_row_its_own_answer(monkeypatch, cells):
    parse = typed_parser(monkeypatch, cells).parse
    records = [
        ["a@example.com", "se", "VIP; b2b", "3"],
        ["b@example.com", "Sweden", "vip", "many"],
        ["c@example.com", "de", "VIP; b2b", "3.0"],
        ["d@example.com", "Sweden", "", "many"],
        ["e@example.com", "se", "b2b", "3"],
    ]
    results = [parse(line, record) for line, record in enumerate(records, start=2)]
    good = [(r.values, r.tags, r.custom) for r in results if isinstance(r, Row)]
    assert good == [
        ({"country": "SE"}, ["vip", "b2b"], {"visits": 3}),
        ({"country": "DE"}, ["vip", "b2b"], {"visits": 3}),
        ({"country": "SE"}, ["b2b"], {"visits": 3}),
    ]
    assert [r for r in results if not isinstance(r, Row)] == [
        [
            Problem(line, "Country", "unknown country code 'Sweden': use ISO 3166-1 alpha-2"),
            Problem(line, "Visits", "expected a number, got 'many'"),
        ]
        for line in (3, 5)
    ]
    assert results[0].tags is not results[2].tags  # each row owns its list
