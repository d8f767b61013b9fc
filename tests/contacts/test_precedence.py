"""The upsert rule: newer data wins field by field, and absence never erases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from crm.contacts import precedence, service
from crm.contacts.schemas import ContactIn
from crm.models import Contact

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _contact() -> Contact:
    return Contact(workspace_id=1, email="p@example.com", custom={}, field_times={})


def test_older_data_does_not_overwrite_newer():
    c = _contact()
    precedence.apply(c, {"first_name": "New"}, T0 + timedelta(hours=1))
    changed = precedence.apply(c, {"first_name": "Old"}, T0)
    assert (c.first_name, changed) == ("New", [])


def test_newer_data_overwrites_and_reports_the_change():
    c = _contact()
    precedence.apply(c, {"first_name": "Old"}, T0)
    assert precedence.apply(c, {"first_name": "New"}, T0 + timedelta(seconds=1)) == ["first_name"]
    assert c.first_name == "New"


def test_an_empty_value_never_erases_unless_it_is_an_explicit_edit():
    c = _contact()
    precedence.apply(c, {"company": "Acme"}, T0)
    precedence.apply(c, {"company": ""}, T0 + timedelta(days=1))
    assert c.company == "Acme"
    precedence.apply(c, {"company": ""}, T0 + timedelta(days=2), clear=True)
    assert c.company == ""


def test_the_rule_holds_per_field_not_per_record():
    c = _contact()
    precedence.apply(c, {"first_name": "A", "city": "Oslo"}, T0)
    precedence.apply(c, {"city": "Bergen"}, T0 + timedelta(days=2))
    precedence.apply(c, {"first_name": "B", "city": "Tromsø"}, T0 + timedelta(days=1))
    assert (c.first_name, c.city) == ("B", "Bergen")


@given(
    st.lists(
        st.tuples(st.integers(0, 10_000), st.text(min_size=1, max_size=5)), min_size=1, max_size=12
    )
)
def test_the_result_is_the_newest_value_whatever_the_arrival_order(updates):
    c = _contact()
    for seconds, value in updates:
        precedence.apply(c, {"last_name": value}, T0 + timedelta(seconds=seconds))
    newest = max(s for s, _ in updates)
    # among updates observed at the newest time, the last to arrive wins (ties favour the latest)
    assert c.last_name == [v for s, v in updates if s == newest][-1]


def test_custom_fields_follow_the_same_rule():
    c = _contact()
    precedence.apply_custom(c, {"plan": "pro"}, T0 + timedelta(hours=1))
    precedence.apply_custom(c, {"plan": "free"}, T0)
    precedence.apply_custom(c, {"plan": None}, T0 + timedelta(hours=2))
    assert c.custom == {"plan": "pro"}


async def test_a_late_webhook_does_not_roll_a_contact_back(actor):
    # given a contact updated at 12:00 upstream
    await service.upsert(
        actor, ContactIn(email="late@example.com", first_name="Robert"), T0 + timedelta(hours=12)
    )
    # when an event observed at 09:00 arrives afterwards
    result = await service.upsert(
        actor,
        ContactIn(email="late@example.com", first_name="Bob", company="Initech"),
        T0 + timedelta(hours=9),
    )
    # then the newer name stays and the new field is taken
    assert result.created is False
    stored = await Contact.get(id=result.contact.id)
    assert (stored.first_name, stored.company) == ("Robert", "Initech")


# Rule: a value observed again, later, takes the later stamp though nothing else changes, so
# an observation older than the second (but newer than the first) arriving afterwards loses.
async def test_a_value_seen_again_later_keeps_its_later_stamp(actor):
    for name, hour in (("Robert", 1), ("Robert", 12), ("Bob", 9)):
        result = await service.upsert(
            actor, ContactIn(email="again@example.com", first_name=name), T0 + timedelta(hours=hour)
        )
    stored = await Contact.get(id=result.contact.id)
    assert stored.first_name == "Robert"
    assert stored.field_times["first_name"] == (T0 + timedelta(hours=12)).isoformat()


def test_a_value_seen_again_later_is_written_but_is_no_change():
    c = _contact()
    precedence.apply(c, {"first_name": "Ann"}, T0 + timedelta(hours=1))
    assert precedence.take(c, {"first_name": "Ann"}, T0 + timedelta(hours=2)) == ([], True)
    assert precedence.take(c, {"first_name": "Ann"}, T0) == ([], False)
    assert precedence.take(c, {}, T0, {"plan": "pro"}) == (["custom.plan"], True)
