"""Staging a batch: a new contact built directly is the one the precedence rule would build."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm.contacts.precedence import PROFILE_FIELDS
from crm.imports import batch
from crm.imports.rows import Moment, Row

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ATTRIBUTES = ("email", "updated_at", "custom", "field_times", "changed", *PROFILE_FIELDS)

# What a parsed row can hold: non-empty profile values (a blank cell gives nothing) and typed
# custom values, observed at the import's start or at a row's own `updated_at`.
rows = st.builds(
    Row,
    line=st.integers(2, 10**6),
    email=st.emails().map(str.lower),
    values=st.dictionaries(st.sampled_from(PROFILE_FIELDS), st.text(min_size=1, max_size=8)),
    custom=st.dictionaries(
        st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True),
        st.one_of(st.integers(), st.floats(allow_nan=False), st.booleans(), st.text(max_size=5)),
    ),
    tags=st.just([]),
    external_ids=st.just({}),
    observed_at=st.one_of(
        st.just(Moment.of(T0)),
        st.integers(0, 10**6).map(lambda s: Moment.of(T0 - timedelta(seconds=s))),
    ),
)


def _state(draft: batch.Draft) -> tuple:
    # field_times in order too: its keys are written in the order the rule stamps them
    return (*(getattr(draft, name) for name in ATTRIBUTES), list(draft.field_times))


# Rule: staging's shortcut for a new contact gives what applying the row to a blank one gives.
@given(rows)
def test_a_fresh_draft_is_a_blank_one_with_the_row_applied(row):
    blank = batch.Draft({"email": row.email, "updated_at": row.observed_at})
    blank.apply(row)
    assert _state(batch.Draft.fresh(row)) == _state(blank)


# Rule: a later row applied to a fresh draft leaves the row the draft came from as it was.
def test_applying_a_later_row_leaves_the_first_rows_values_alone():
    first = Row(2, "a@example.com", {"city": "Oslo"}, {"visits": 1}, [], {}, Moment.of(T0))
    later = Row(3, "a@example.com", {"city": "Rome"}, {"visits": 2}, [], {}, Moment.of(T0))
    draft = batch.Draft.fresh(first)
    draft.apply(later)
    assert (draft.city, draft.custom) == ("Rome", {"visits": 2})
    assert (first.values, first.custom) == ({"city": "Oslo"}, {"visits": 1})


# A draft's id is read only once it is stored; asking before is a bug, said plainly.
def test_a_draft_has_a_stored_id_only_once_stored():
    draft = batch.Draft({"email": "new@example.com"})
    with pytest.raises(RuntimeError, match=r"new@example\.com is not stored yet"):
        _ = draft.stored_id
    draft.id = 42
    assert draft.stored_id == 42
