"""Segments: rule trees compiled to one query, checked against sets computed by hand.

The property tests build a small population (profile fields, commerce, tags, custom fields,
consent, topics, human and machine opens and clicks) and random nested rule trees, and
compare what the database returns with an independent evaluation in Python.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tortoise import connections

from campaigns import segments
from campaigns.errors import SegmentInvalid
from campaigns.models import Campaign, Template
from crm import clock
from crm.contacts import tags
from crm.contacts.fields import define
from crm.contacts.queries import live
from crm.models import ConsentAction, ConsentState, Contact, Purpose, Topic, Workspace
from crm.models.contact import FieldType
from tracking.models import Agent, EventKind, TrackingEvent

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
NAMES = ["", "ann", "Anna", "bob", "BOBBY", "o_b", "zed"]
COUNTRIES = ["", "FR", "BE", "US"]
SOURCES = ["api", "shopify", "import"]
SPENT = [Decimal("0.00"), Decimal("9.99"), Decimal("10.00"), Decimal("250.50")]
TAGS = ["vip", "new"]
PLANS = [None, "pro", "free"]
SCORES = [None, 0, 5, 12.5]
BIRTHDAYS = [None, "1990-05-01", "2001-12-31"]
FLAGS = [None, True, False]
STATES = [None, "granted", "confirmed", "withdrawn", "pending"]
DAYS = [0, 1, 7, 30, 90]  # compared with events and orders half a day off these, never on them


@dataclass
class Person:
    """One contact as the test writes it and as the oracle reads it."""

    first_name: str
    country: str
    orders_count: int
    total_spent: Decimal
    last_order_days: float | None  # days before NOW
    created_days: float
    tags: set[str]
    custom: dict[str, Any]
    consent: str | None  # email_marketing, topic 0
    joined_news: bool
    events: list[tuple[str, bool, int, float]]  # kind, human, campaign index, days before NOW
    source: str = "api"
    email: str = field(default_factory=lambda: f"p{secrets.token_hex(4)}@example.org")


def _half_days() -> st.SearchStrategy[float]:
    return st.sampled_from([0.5, 3.5, 10.5, 45.5, 200.5])


people = st.builds(
    Person,
    first_name=st.sampled_from(NAMES),
    country=st.sampled_from(COUNTRIES),
    orders_count=st.integers(0, 5),
    total_spent=st.sampled_from(SPENT),
    last_order_days=st.none() | _half_days(),
    created_days=_half_days(),
    tags=st.sets(st.sampled_from(TAGS)),
    custom=st.fixed_dictionaries(
        {
            "plan": st.sampled_from(PLANS),
            "score": st.sampled_from(SCORES),
            "birthday": st.sampled_from(BIRTHDAYS),
            "flag": st.sampled_from(FLAGS),
        }
    ).map(lambda d: {k: v for k, v in d.items() if v is not None}),
    consent=st.sampled_from(STATES),
    joined_news=st.booleans(),
    events=st.lists(
        st.tuples(
            st.sampled_from(["open", "click"]), st.booleans(), st.integers(0, 1), _half_days()
        ),
        max_size=3,
    ),
    source=st.sampled_from(SOURCES),
)

text_rules = (
    st.builds(
        lambda f, op, v: {"field": f, "op": op, "value": v},
        st.sampled_from(["first_name", "country", "custom.plan", "source"]),
        st.sampled_from(["eq", "neq", "contains", "not_contains", "starts_with", "ends_with"]),
        st.sampled_from(["ann", "BOB", "o_b", "b", "FR", "pro", "r", "Shopify"]),
    )
    | st.builds(
        lambda f, op: {"field": f, "op": op},
        st.sampled_from(["first_name", "country", "custom.plan"]),
        st.sampled_from(["is_empty", "is_not_empty"]),
    )
    | st.builds(
        lambda f, op, v: {"field": f, "op": op, "value": v},
        st.sampled_from(["first_name", "country"]),
        st.sampled_from(["in", "not_in"]),
        st.lists(st.sampled_from(["anna", "fr", "US", "zed"]), min_size=1, max_size=3),
    )
)
number_rules = st.builds(
    lambda f, op, v: {"field": f, "op": op, "value": v},
    st.sampled_from(["orders_count", "total_spent", "custom.score"]),
    st.sampled_from(["eq", "neq", "gt", "gte", "lt", "lte"]),
    st.sampled_from([0, 2, 5, 9.99, 10, "12.5", 250.5]),
) | st.builds(
    lambda op: {"field": "custom.score", "op": op}, st.sampled_from(["is_empty", "is_not_empty"])
)
date_rules = (
    st.builds(
        lambda f, op, v: {"field": f, "op": op, "value": v},
        st.sampled_from(["last_order_at", "created_at"]),
        st.sampled_from(["within_days", "more_than_days_ago"]),
        st.sampled_from(DAYS),
    )
    | st.builds(
        lambda f, op, v: {"field": f, "op": op, "value": v},
        st.sampled_from(["last_order_at", "created_at", "custom.birthday"]),
        st.sampled_from(["before", "after"]),
        st.sampled_from(["2026-06-10", "2026-06-14", "1995-01-01", "2001-12-31"]),
    )
    | st.builds(
        lambda f, op: {"field": f, "op": op},
        st.sampled_from(["last_order_at", "custom.birthday"]),
        st.sampled_from(["is_empty", "is_not_empty"]),
    )
)
other_rules = st.one_of(
    st.builds(
        lambda op, v: {"field": "tag", "op": op, "value": v},
        st.sampled_from(["has", "has_not"]),
        st.sampled_from([*TAGS, "VIP"]),
    ),
    st.builds(
        lambda op: {"field": "custom.flag", "op": op},
        st.sampled_from(["is_true", "is_false", "is_empty"]),
    ),
    st.builds(
        lambda op, v: {"field": "consent.email_marketing", "op": op, "value": v},
        st.sampled_from(["is", "is_not"]),
        st.sampled_from(["none", "granted", "confirmed", "withdrawn", "pending"]),
    ),
    st.builds(
        lambda op: {"field": "topic", "op": op, "value": "news"},
        st.sampled_from(["joined", "not_joined"]),
    ),
    st.builds(
        lambda op, campaign, days: {
            "field": "engagement",
            "op": op,
            **({"campaign": campaign} if campaign is not None else {}),
            **({"days": days} if days is not None else {}),
        },
        st.sampled_from(["opened", "not_opened", "clicked", "not_clicked", "active", "inactive"]),
        st.none() | st.integers(0, 1),
        st.none() | st.sampled_from(DAYS),
    ),
)
leaves = text_rules | number_rules | date_rules | other_rules
trees = st.recursive(
    leaves,
    lambda children: st.builds(
        lambda key, items: {key: items},
        st.sampled_from(["all", "any"]),
        st.lists(children, min_size=1, max_size=3),
    ),
    max_leaves=6,
).map(lambda tree: {"all": [tree]} if "field" in tree else tree)


# -- the oracle: the same rules, evaluated in Python -------------------------------------------


def _text(value: str, op: str, wanted: Any) -> bool:
    a = value.lower()
    if op == "is_empty":
        return a == ""
    if op == "is_not_empty":
        return a != ""
    if op in ("in", "not_in"):
        found = a in {w.lower() for w in wanted}
        return found if op == "in" else not found
    w = wanted.lower()
    return {
        "eq": a == w,
        "neq": a != w,
        "contains": w in a,
        "not_contains": w not in a,
        "starts_with": a.startswith(w),
        "ends_with": a.endswith(w),
    }[op]


def _number(value: Decimal | None, op: str, wanted: Any) -> bool:
    if op in ("is_empty", "is_not_empty"):
        return (value is None) == (op == "is_empty")
    if value is None:
        return op == "neq"
    w = Decimal(str(wanted))
    return {
        "eq": value == w,
        "neq": value != w,
        "gt": value > w,
        "gte": value >= w,
        "lt": value < w,
        "lte": value <= w,
    }[op]


def _moment(days_before: float | None, op: str, wanted: Any) -> bool:
    if op in ("is_empty", "is_not_empty"):
        return (days_before is None) == (op == "is_empty")
    if days_before is None:
        return False
    at = NOW - timedelta(days=days_before)
    if op == "within_days":
        return at >= NOW - timedelta(days=wanted)
    if op == "more_than_days_ago":
        return at < NOW - timedelta(days=wanted)
    day = datetime.combine(date.fromisoformat(wanted), datetime.min.time(), UTC)
    return at < day if op == "before" else at >= day + timedelta(days=1)


def _calendar(value: str | None, op: str, wanted: Any) -> bool:
    if op in ("is_empty", "is_not_empty"):
        return (value is None) == (op == "is_empty")
    if value is None:
        return False
    return value < wanted if op == "before" else value > wanted


def _engaged(p: Person, rule: dict[str, Any]) -> bool:
    op = {"not_opened": "opened", "not_clicked": "clicked", "inactive": "active"}.get(
        rule["op"], rule["op"]
    )
    kinds = {"opened": {"open"}, "clicked": {"click"}, "active": {"open", "click"}}[op]
    found = any(
        human
        and kind in kinds
        and ("campaign" not in rule or campaign == rule["campaign"])
        and ("days" not in rule or days < rule["days"])
        for kind, human, campaign, days in p.events
    )
    return found if op == rule["op"] else not found


def matches(p: Person, tree: dict[str, Any]) -> bool:
    if "all" in tree:
        return all(matches(p, t) for t in tree["all"])
    if "any" in tree:
        return any(matches(p, t) for t in tree["any"])
    name, op, value = tree["field"], tree["op"], tree.get("value")
    custom = p.custom
    checks = {
        "first_name": lambda: _text(p.first_name, op, value),
        "country": lambda: _text(p.country, op, value),
        "source": lambda: _text(p.source, op, value),
        "custom.plan": lambda: _text(custom.get("plan", ""), op, value),
        "orders_count": lambda: _number(Decimal(p.orders_count), op, value),
        "total_spent": lambda: _number(p.total_spent, op, value),
        "custom.score": lambda: _number(
            None if "score" not in custom else Decimal(str(custom["score"])), op, value
        ),
        "last_order_at": lambda: _moment(p.last_order_days, op, value),
        "created_at": lambda: _moment(p.created_days, op, value),
        "custom.birthday": lambda: _calendar(custom.get("birthday"), op, value),
        "custom.flag": lambda: {
            "is_true": custom.get("flag") is True,
            "is_false": custom.get("flag") is False,
            "is_empty": "flag" not in custom,
        }[op],
        "tag": lambda: (value.lower() in p.tags) == (op == "has"),
        "topic": lambda: p.joined_news == (op == "joined"),
        "consent.email_marketing": lambda: ((p.consent or "none") == value) == (op == "is"),
        "engagement": lambda: _engaged(p, tree),
    }
    return checks[name]()


# -- the population, written as the product writes it ------------------------------------------


@dataclass
class World:
    workspace: Workspace
    campaigns: list[int]
    by_email: dict[str, Person]


async def _world(population: list[Person]) -> World:
    workspace = await Workspace.create(name="segments")
    for key, kind in [
        ("plan", FieldType.TEXT),
        ("score", FieldType.NUMBER),
        ("birthday", FieldType.DATE),
        ("flag", FieldType.BOOLEAN),
    ]:
        await define(workspace.id, key, key, kind, [])
    topic = await Topic.create(workspace=workspace, key="news", name="News")
    template = await Template.create(workspace_id=workspace.id, name="t", subject="s", html="h")
    campaigns = [
        (await Campaign.create(workspace_id=workspace.id, name=f"c{i}", template=template)).id
        for i in range(2)
    ]
    for p in population:
        contact = await Contact.create(
            workspace=workspace,
            email=p.email,
            first_name=p.first_name,
            country=p.country,
            source=p.source,
            orders_count=p.orders_count,
            total_spent=p.total_spent,
            last_order_at=None
            if p.last_order_days is None
            else NOW - timedelta(days=p.last_order_days),
            custom=p.custom,
        )
        await Contact.filter(id=contact.id).update(created_at=NOW - timedelta(days=p.created_days))
        await tags.attach(workspace.id, [contact.id], sorted(p.tags))
        states = [(0, p.consent)] + ([(topic.id, "confirmed")] if p.joined_news else [])
        for topic_id, status in states:
            if status:
                await ConsentState.create(
                    workspace_id=workspace.id,
                    contact_id=contact.id,
                    purpose=Purpose.EMAIL_MARKETING,
                    topic_id=topic_id,
                    status=ConsentAction(status),
                    event_id=0,
                    since=NOW,
                )
        for kind, human, campaign, days in p.events:
            await TrackingEvent.create(
                workspace_id=workspace.id,
                campaign_id=campaigns[campaign],
                message_id=2**62 + contact.id,  # no real message: tests of tracking look them up
                contact_id=contact.id,
                kind=EventKind(kind),
                agent=Agent.HUMAN if human else Agent.SCANNER,
                human=human,
                at=NOW - timedelta(days=days),
            )
    return World(workspace, campaigns, {p.email: p for p in population})


def _with_campaign_ids(tree: dict[str, Any], world: World) -> dict[str, Any]:
    """The tree as a client sends it: campaigns by id."""
    if "all" in tree or "any" in tree:
        key = next(iter(tree))
        return {key: [_with_campaign_ids(t, world) for t in tree[key]]}
    if "campaign" in tree:
        rule = {k: v for k, v in tree.items() if k != "campaign"}
        return rule | {"campaign_id": world.campaigns[tree["campaign"]]}
    return tree


async def _selected(world: World, tree: dict[str, Any]) -> set[str]:
    compiled = await segments.compile_tree(world.workspace.id, _with_campaign_ids(tree, world))
    return set(await compiled.apply(live(world.workspace.id)).values_list("email", flat=True))


# Rule: whatever the tree, the database selects exactly the contacts the rules describe.
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    population=st.lists(people, min_size=1, max_size=6),
    tree_list=st.lists(trees, min_size=1, max_size=4),
)
async def test_a_rule_tree_selects_exactly_the_hand_computed_set(
    database_url, population, tree_list
):
    with clock.frozen(NOW):
        world = await _world(population)
        for tree in tree_list:
            expected = {p.email for p in population if matches(p, tree)}
            assert await _selected(world, tree) == expected, tree


# Rule: a nested tree over several kinds of fields, on a population written out by hand.
async def test_a_nested_tree_over_fields_tags_commerce_and_engagement(database_url):
    ann = Person(
        "Ann",
        "FR",
        3,
        Decimal("250.50"),
        3.5,
        200.5,
        {"vip"},
        {"plan": "pro"},
        "confirmed",
        True,
        [("open", True, 0, 3.5)],
    )
    bob = Person(
        "Bob",
        "BE",
        0,
        Decimal("0.00"),
        None,
        10.5,
        set(),
        {"plan": "free"},
        "confirmed",
        False,
        [("open", False, 0, 0.5)],
    )
    cid = Person(
        "Cid",
        "US",
        1,
        Decimal("10.00"),
        45.5,
        0.5,
        {"new"},
        {},
        "withdrawn",
        False,
        [("click", True, 1, 10.5)],
    )
    tree = {
        "all": [
            {"field": "country", "op": "in", "value": ["fr", "BE", "us"]},
            {
                "any": [
                    {"field": "tag", "op": "has", "value": "vip"},
                    {
                        "all": [
                            {"field": "engagement", "op": "active", "days": 30},
                            {"field": "total_spent", "op": "gte", "value": 10},
                        ]
                    },
                ]
            },
            {"field": "consent.email_marketing", "op": "is_not", "value": "withdrawn"},
        ]
    }
    with clock.frozen(NOW):
        world = await _world([ann, bob, cid])
        # Ann is a VIP; Bob was only opened by a machine; Cid withdrew.
        assert await _selected(world, tree) == {ann.email}
        assert await _selected(world, {"all": [{"field": "engagement", "op": "opened"}]}) == {
            ann.email
        }
        assert await _selected(
            world, {"all": [{"field": "engagement", "op": "inactive", "days": 7}]}
        ) == {bob.email, cid.email}


# Rule: a rule that cannot be compiled is refused with its path in the tree.
@pytest.mark.parametrize(
    ("tree", "path"),
    [
        ({"all": [{"field": "shoe_size", "op": "eq", "value": "42"}]}, "rules.all.0.field"),
        (
            {"all": [{"any": [{"field": "country", "op": "gt", "value": "FR"}]}]},
            "rules.all.0.any.0.op",
        ),
        ({"all": [{"field": "custom.nope", "op": "eq", "value": "x"}]}, "rules.all.0.field"),
        ({"all": [{"field": "topic", "op": "joined", "value": "unknown"}]}, "rules.all.0.value"),
        (
            {"all": [{"field": "engagement", "op": "opened", "campaign_id": 999999}]},
            "rules.all.0.campaign_id",
        ),
        ({"all": [{"field": "total_spent", "op": "gt", "value": "lots"}]}, "rules.all.0.value"),
        ({"all": []}, "rules.all"),
        ({"all": [], "any": []}, "rules"),
        ({"field": "country", "op": "eq", "value": "FR"}, "rules"),
    ],
)
async def test_a_rule_that_cannot_be_compiled_names_its_path(workspace, tree, path):
    with pytest.raises(SegmentInvalid) as caught:
        await segments.compile_tree(workspace.id, tree)
    assert caught.value.field == path


# Rule: another workspace's campaign cannot be named in an engagement rule.
async def test_an_engagement_rule_cannot_name_another_workspaces_campaign(workspace):
    other = await Workspace.create(name="other")
    template = await Template.create(workspace_id=other.id, name="t", subject="s", html="h")
    theirs = await Campaign.create(workspace_id=other.id, name="c", template=template)
    with pytest.raises(SegmentInvalid):
        await segments.compile_tree(
            workspace.id,
            {"all": [{"field": "engagement", "op": "opened", "campaign_id": theirs.id}]},
        )


# Rule: a segment is one database query, whatever its tree: no rule is evaluated by reading
# contacts into Python, so a segment of a million contacts costs one statement.
async def test_a_tree_over_every_kind_of_rule_selects_in_one_query(database_url, monkeypatch):
    population = [
        Person("Ann", "FR", 3, Decimal("250.50"), 3.5, 200.5, {"vip"}, {"plan": "pro"},
               "confirmed", True, [("open", True, 0, 3.5)], "shopify"),
        Person("Bob", "BE", 0, Decimal("0.00"), None, 10.5, set(), {"score": 5},
               "granted", False, [("click", False, 1, 0.5)]),
    ]  # fmt: skip
    tree = {
        "any": [
            {
                "all": [
                    {"field": "source", "op": "eq", "value": "shopify"},
                    {"field": "tag", "op": "has", "value": "vip"},
                    {"field": "custom.plan", "op": "in", "value": ["pro", "team"]},
                    {"field": "last_order_at", "op": "within_days", "value": 30},
                    {"field": "total_spent", "op": "gte", "value": 100},
                    {"field": "engagement", "op": "opened", "campaign": 0, "days": 30},
                    {"field": "consent.email_marketing", "op": "is", "value": "confirmed"},
                    {"field": "topic", "op": "joined", "value": "news"},
                ]
            },
            {
                "all": [
                    {"field": "custom.score", "op": "gt", "value": 1},
                    {"field": "engagement", "op": "not_clicked", "days": 7},
                    {"field": "created_at", "op": "after", "value": "2026-01-01"},
                    {"field": "custom.flag", "op": "is_empty"},
                    {"field": "custom.birthday", "op": "is_empty"},
                ]
            },
        ]
    }
    with clock.frozen(NOW):
        world = await _world(population)
        compiled = await segments.compile_tree(world.workspace.id, _with_campaign_ids(tree, world))
        client = type(connections.get("default"))
        statements: list[str] = []
        execute = client.execute_query

        async def counted(self, query, values=None):  # type: ignore[no-untyped-def]
            statements.append(query)
            return await execute(self, query, values)

        monkeypatch.setattr(client, "execute_query", counted)
        selected = await compiled.apply(live(world.workspace.id)).values_list("email", flat=True)
    assert set(selected) == {p.email for p in population if matches(p, tree)}
    assert len(selected) == 2
    assert len(statements) == 1, statements
