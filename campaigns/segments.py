"""Segments: a rule tree over contacts, compiled to one database query.

A tree is a group, `{"all": [...]}` or `{"any": [...]}`, of rules and further groups:

    {"all": [
        {"field": "country", "op": "in", "value": ["FR", "BE"]},
        {"any": [
            {"field": "tag", "op": "has", "value": "vip"},
            {"field": "total_spent", "op": "gte", "value": 500},
            {"field": "last_order_at", "op": "within_days", "value": 30}]},
        {"field": "engagement", "op": "opened", "days": 90},
        {"field": "custom.plan", "op": "eq", "value": "pro"},
        {"field": "consent.email_marketing", "op": "is", "value": "confirmed"},
        {"field": "topic", "op": "joined", "value": "newsletter"}]}

Fields and their operators:

- text (`email`, names, `company`, address parts, `country`, `locale`, `timezone`, `source`,
  `currency`, custom text and choice fields): `eq`, `neq`, `in`, `not_in`, `contains`,
  `not_contains`, `starts_with`, `ends_with` (all ignoring ASCII case), `is_empty`,
  `is_not_empty`; a custom field the contact lacks is empty;
- numbers (`orders_count`, `total_spent`, custom number fields): `eq`, `neq`, `gt`, `gte`,
  `lt`, `lte`, `is_empty`, `is_not_empty`; a missing number matches only `neq` and `is_empty`;
- dates (`created_at`, `first_order_at`, `last_order_at`, custom date fields): `before` and
  `after` a day (`YYYY-MM-DD`, whole days in UTC), `within_days` and `more_than_days_ago` N,
  `is_empty`, `is_not_empty`; a missing date matches only `is_empty`;
- custom boolean fields: `is_true`, `is_false`, `is_empty`;
- `tag`: `has`, `has_not` a tag name; `topic`: `joined`, `not_joined` a topic key;
- `consent.<purpose>` (`email_marketing`, `ads`, `profiling`): `is`, `is_not` a state
  (`granted`, `pending`, `confirmed`, `withdrawn`, `expired`, or `none` for never asked);
- `engagement`: `opened`, `not_opened`, `clicked`, `not_clicked`, `active` (opened or
  clicked), `inactive`, optionally of one `campaign_id` and within the last `days`; only what
  people did counts (machine opens and clicks are left out, see tracking/classify.py).

`compile` turns a tree into a `Q` and the SQL expressions it filters on: applied to a
queryset of contacts (crm.contacts.queries.live, crm.consent.eligibility.mailable) it stays
one query, whatever the tree. Every rule is true or false for every contact (never SQL NULL),
so `neq` and the `not_` operators mean what they say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from tortoise.expressions import Q, RawSQL, Subquery
from tortoise.queryset import QuerySet

from campaigns.errors import SegmentInvalid
from campaigns.models import Campaign
from crm import clock, db
from crm.contacts.fields import KEY_PATTERN, definitions_for
from crm.contacts.normalize import normalize_tag
from crm.contacts.precedence import PROFILE_FIELDS
from crm.contacts.queries import custom_field_sql
from crm.models import ConsentAction, ConsentState, Contact, ContactTag, Purpose, Topic
from crm.models.contact import FieldType

MAX_DEPTH = 6  # nesting of groups
MAX_RULES = 200  # rules in one tree
MAX_VALUES = 1000  # items of an `in` list
MAX_TEXT = 500  # characters of a compared value
MAX_DAYS = 36_500

TEXT_FIELDS = frozenset({"email", *PROFILE_FIELDS, "source", "currency"})
EMPTINESS = frozenset({"is_empty", "is_not_empty"})
NUMBER_FIELDS = frozenset({"orders_count", "total_spent"})
DATE_FIELDS = frozenset({"created_at", "first_order_at", "last_order_at"})

TEXT_OPS = frozenset(
    {
        "eq",
        "neq",
        "in",
        "not_in",
        "contains",
        "not_contains",
        "starts_with",
        "ends_with",
        "is_empty",
        "is_not_empty",
    }
)
NUMBER_OPS = frozenset({"eq", "neq", "gt", "gte", "lt", "lte", "is_empty", "is_not_empty"})
DATE_OPS = frozenset(
    {"before", "after", "within_days", "more_than_days_ago", "is_empty", "is_not_empty"}
)
BOOLEAN_OPS = frozenset({"is_true", "is_false", "is_empty"})
ENGAGEMENT_OPS = {
    "opened": ("open",),
    "clicked": ("click",),
    "active": ("open", "click"),
}
NEGATED = {"not_opened": "opened", "not_clicked": "clicked", "inactive": "active"}
JOINED = [ConsentAction.GRANTED, ConsentAction.CONFIRMED]  # in a topic: receives its mail
NO_STATE = "none"


@dataclass
class Compiled:
    """A tree as a filter: `apply(queryset)` narrows contacts to those it matches."""

    q: Q
    annotations: dict[str, Any] = field(default_factory=dict)

    def apply(self, query: QuerySet[Contact]) -> QuerySet[Contact]:
        if self.annotations:
            query = query.annotate(**self.annotations)
        return query.filter(self.q)


@dataclass
class _Compiler:
    workspace_id: int
    custom: dict[str, FieldType]  # the workspace's custom fields
    topics: dict[str, int]  # topic key -> id
    campaigns: set[int]  # the workspace's campaign ids
    postgres: bool
    now: datetime
    annotations: dict[str, Any] = field(default_factory=dict)
    rules: int = 0

    def annotate(self, sql: str) -> str:
        """A name under which `sql` can be filtered on (each SQL expression once)."""
        for name, term in self.annotations.items():
            if term.sql == sql:
                return name
        name = f"_seg{len(self.annotations)}"
        self.annotations[name] = RawSQL(sql)
        return name

    def node(self, tree: Any, path: str, depth: int) -> Q:
        if not isinstance(tree, dict):
            raise SegmentInvalid("a rule or group is an object", field=path)
        groups = [key for key in ("all", "any") if key in tree]
        if groups:
            return self.group(tree, groups, path, depth)
        return self.rule(tree, path)

    def group(self, tree: dict[str, Any], groups: list[str], path: str, depth: int) -> Q:
        if len(groups) != 1 or len(tree) != 1:
            raise SegmentInvalid("a group has exactly one key, `all` or `any`", field=path)
        if depth > MAX_DEPTH:
            raise SegmentInvalid(f"groups nest at most {MAX_DEPTH} deep", field=path)
        key = groups[0]
        children = tree[key]
        if not isinstance(children, list) or not children:
            raise SegmentInvalid("a group holds a non-empty list", field=f"{path}.{key}")
        parts = [self.node(c, f"{path}.{key}.{i}", depth + 1) for i, c in enumerate(children)]
        return Q(*parts, join_type=Q.AND if key == "all" else Q.OR)

    def rule(self, rule: dict[str, Any], path: str) -> Q:
        self.rules += 1
        if self.rules > MAX_RULES:
            raise SegmentInvalid(f"a segment has at most {MAX_RULES} rules", field=path)
        unknown = set(rule) - {"field", "op", "value", "campaign_id", "days"}
        if unknown:
            raise SegmentInvalid(f"unknown keys {sorted(unknown)}", field=path)
        name, op = rule.get("field"), rule.get("op")
        if not isinstance(name, str) or not isinstance(op, str):
            raise SegmentInvalid("a rule has a `field` and an `op`", field=path)
        value = rule.get("value")
        try:
            return self.leaf(name, op, value, rule)
        except _Bad as exc:
            raise SegmentInvalid(str(exc), field=f"{path}.{exc.key}") from None

    def leaf(self, name: str, op: str, value: Any, rule: dict[str, Any]) -> Q:
        if name in TEXT_FIELDS:
            return _text(name, _op(op, TEXT_OPS), value)
        if name in NUMBER_FIELDS:
            column = self.annotate(self.number_column(name))
            return _number(column, _op(op, NUMBER_OPS), value, self.postgres)
        if name in DATE_FIELDS:
            return _date(name, _op(op, DATE_OPS), value, self.now)
        if name.startswith("custom."):
            return self.custom_rule(name.removeprefix("custom."), op, value)
        if name == "tag":
            return self.tag(_op(op, {"has", "has_not"}), value)
        if name == "topic":
            return self.topic(_op(op, {"joined", "not_joined"}), value)
        if name.startswith("consent."):
            return self.consent(name.removeprefix("consent."), _op(op, {"is", "is_not"}), value)
        if name == "engagement":
            return self.engagement(op, rule)
        raise _Bad("field", f"unknown field {name!r}")

    def number_column(self, name: str) -> str:
        # SQLite keeps decimals as text: compare them as numbers.
        if self.postgres or name != "total_spent":
            return f'"{name}"'
        return f'CAST("{name}" AS REAL)'

    def custom_rule(self, key: str, op: str, value: Any) -> Q:
        kind = self.custom.get(key) if KEY_PATTERN.match(key) else None
        if kind is None:
            raise _Bad("field", f"no custom field named {key!r}")
        if kind == FieldType.NUMBER:
            column = self.annotate(self.custom_number(key))
            return _number(column, _op(op, NUMBER_OPS), value, self.postgres)
        column = self.annotate(f"COALESCE({custom_field_sql(key)}, '')")
        if kind == FieldType.BOOLEAN:
            op = _op(op, BOOLEAN_OPS)
            return _where(column, {"is_true": "true", "is_false": "false", "is_empty": ""}[op])
        if kind == FieldType.DATE:
            return _text_date(column, _op(op, DATE_OPS), value, self.now)
        return _text(column, _op(op, TEXT_OPS), value)

    def custom_number(self, key: str) -> str:
        if self.postgres:
            return (
                f"CASE WHEN jsonb_typeof(\"custom\"->'{key}') = 'number' "
                f"THEN (\"custom\"->>'{key}')::numeric END"
            )
        return (
            f"CASE WHEN json_type(\"custom\", '$.{key}') IN ('integer', 'real') "
            f"THEN json_extract(\"custom\", '$.{key}') END"
        )

    def tag(self, op: str, value: Any) -> Q:
        name = normalize_tag(_string(value))
        tagged = ContactTag.filter(tag__workspace_id=self.workspace_id, tag__name=name)
        q = Q(id__in=Subquery(tagged.values("contact_id")))
        return q if op == "has" else ~q

    def topic(self, op: str, value: Any) -> Q:
        key = _string(value)
        if key not in self.topics:
            raise _Bad("value", f"no topic with the key {key!r}")
        q = _in_state(self.workspace_id, Purpose.EMAIL_MARKETING, self.topics[key], JOINED)
        return q if op == "joined" else ~q

    def consent(self, purpose: str, op: str, value: Any) -> Q:
        if purpose not in set(Purpose):
            raise _Bad("field", f"unknown purpose {purpose!r}")
        state = _string(value)
        if state == NO_STATE:
            q = ~_in_state(self.workspace_id, Purpose(purpose), 0, list(ConsentAction))
        elif state in set(ConsentAction):
            q = _in_state(self.workspace_id, Purpose(purpose), 0, [ConsentAction(state)])
        else:
            raise _Bad("value", f"unknown consent state {state!r}")
        return q if op == "is" else ~q

    def engagement(self, op: str, rule: dict[str, Any]) -> Q:
        positive = NEGATED.get(op, op)
        if positive not in ENGAGEMENT_OPS:
            raise _Bad("op", f"unknown operator {op!r} for engagement")
        kinds = ", ".join(f"'{kind}'" for kind in ENGAGEMENT_OPS[positive])
        # Only integers and a time made here reach this SQL: nothing a client typed.
        where = [f"workspace_id = {self.workspace_id}", f"kind IN ({kinds})"]
        where.append("human = TRUE" if self.postgres else "human = 1")
        campaign = rule.get("campaign_id")
        if campaign is not None:
            if not _is_int(campaign) or campaign not in self.campaigns:
                raise _Bad("campaign_id", "no such campaign")
            where.append(f"campaign_id = {int(campaign)}")
        days = rule.get("days")
        if days is not None:
            cutoff = self.now - timedelta(days=_days(days, "days"))
            where.append(f"at >= {self.timestamp(cutoff)}")
        events = f"SELECT contact_id FROM tracking_events WHERE {' AND '.join(where)}"
        column = self.annotate(f'CASE WHEN "contacts"."id" IN ({events}) THEN 1 ELSE 0 END')
        return _where(column, 0 if op in NEGATED else 1)

    def timestamp(self, at: datetime) -> str:
        """A UTC time as an SQL literal, stored the way this database stores datetimes."""
        at = at.astimezone(UTC)
        if self.postgres:
            return f"'{at.isoformat()}'::timestamptz"
        return f"'{at.isoformat(' ')}'"


class _Bad(Exception):
    """A rule's `key` is wrong (turned into SegmentInvalid with the rule's path)."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def _op(op: str, allowed: frozenset[str] | set[str]) -> str:
    if op not in allowed:
        raise _Bad("op", f"unknown operator {op!r}; use one of {sorted(allowed)}")
    return op


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _string(value: Any) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT:
        raise _Bad("value", f"expected a text of 1 to {MAX_TEXT} characters")
    return value


def _days(value: Any, key: str = "value") -> int:
    if not _is_int(value) or not 0 <= value <= MAX_DAYS:
        raise _Bad(key, f"expected a number of days from 0 to {MAX_DAYS}")
    return int(value)


def _day(value: Any) -> date:
    try:
        return date.fromisoformat(_string(value))
    except ValueError:
        raise _Bad("value", "expected a day as YYYY-MM-DD") from None


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _Bad("value", "expected a number")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise _Bad("value", "expected a number") from None
    if not number.is_finite():
        raise _Bad("value", "expected a finite number")
    return number


def _emptiness(op: str, present: Q) -> Q:
    """`is_not_empty` is `present`, `is_empty` its negation."""
    return present if op == "is_not_empty" else ~present


def _text(column: str, op: str, value: Any) -> Q:
    if op in EMPTINESS:
        return _emptiness(op, ~_where(column, ""))
    if op in ("in", "not_in"):
        if not isinstance(value, list) or not 0 < len(value) <= MAX_VALUES:
            raise _Bad("value", f"expected a list of 1 to {MAX_VALUES} texts")
        q = Q(*[_where(f"{column}__iexact", _string(v)) for v in value], join_type=Q.OR)
        return q if op == "in" else ~q
    lookup = {
        "eq": "iexact",
        "neq": "iexact",
        "contains": "icontains",
        "not_contains": "icontains",
        "starts_with": "istartswith",
        "ends_with": "iendswith",
    }[op]
    q = _where(f"{column}__{lookup}", _string(value))
    return ~q if op in ("neq", "not_contains") else q


def _where(lookup: str, value: Any) -> Q:
    """Q(lookup=value) for a lookup named at run time."""
    conditions: dict[str, Any] = {lookup: value}
    return Q(**conditions)


def _number(column: str, op: str, value: Any, postgres: bool) -> Q:
    present = _where(f"{column}__isnull", False)
    if op in EMPTINESS:
        return _emptiness(op, present)
    number = _decimal(value)
    # SQLite compares REAL with REAL; a Decimal parameter would arrive as text.
    typed: Decimal | float = number if postgres else float(number)
    if op == "neq":
        return ~Q(present, _where(column, typed))
    lookup = {"eq": "", "gt": "__gt", "gte": "__gte", "lt": "__lt", "lte": "__lte"}[op]
    return Q(present, _where(f"{column}{lookup}", typed))


def _date(column: str, op: str, value: Any, now: datetime) -> Q:
    present = _where(f"{column}__isnull", False)
    if op in EMPTINESS:
        return _emptiness(op, present)
    if op in ("before", "after"):
        day = _day(value)
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        if op == "before":
            return Q(present, _where(f"{column}__lt", start))
        return Q(present, _where(f"{column}__gte", start + timedelta(days=1)))
    cutoff = now - timedelta(days=_days(value))
    if op == "within_days":
        return Q(present, _where(f"{column}__gte", cutoff))
    return Q(present, _where(f"{column}__lt", cutoff))


def _text_date(column: str, op: str, value: Any, now: datetime) -> Q:
    """Date rules on a custom date field, kept as `YYYY-MM-DD` text ('' when missing)."""
    present = ~_where(column, "")
    if op in EMPTINESS:
        return _emptiness(op, present)
    if op in ("before", "after"):
        day = _day(value).isoformat()
        return Q(present, _where(f"{column}__{'lt' if op == 'before' else 'gt'}", day))
    cutoff = (now - timedelta(days=_days(value))).date().isoformat()
    return Q(present, _where(f"{column}__{'gte' if op == 'within_days' else 'lt'}", cutoff))


def _in_state(
    workspace_id: int, purpose: Purpose, topic_id: int, statuses: list[ConsentAction]
) -> Q:
    states = ConsentState.filter(
        workspace_id=workspace_id, purpose=purpose, topic_id=topic_id, status__in=statuses
    )
    return Q(id__in=Subquery(states.values("contact_id")))


ROOT = "rules"  # the path of the tree in error messages, as the API names the body field


async def compile_tree(workspace_id: int, tree: Any) -> Compiled:
    """The filter of a rule tree, or SegmentInvalid naming the first bad rule's path."""
    if not isinstance(tree, dict) or set(tree) not in ({"all"}, {"any"}):
        raise SegmentInvalid('a segment is a group: {"all": [...]} or {"any": [...]}', field=ROOT)
    definitions = await definitions_for(workspace_id)
    compiler = _Compiler(
        workspace_id=workspace_id,
        custom={key: FieldType(d.type) for key, d in definitions.items()},
        topics=dict(await Topic.filter(workspace_id=workspace_id).values_list("key", "id")),
        campaigns=set(
            cast(
                "list[int]",
                await Campaign.filter(workspace_id=workspace_id).values_list("id", flat=True),
            )
        ),
        postgres=db.dialect() == "postgres",
        now=clock.now(),
    )
    q = compiler.node(tree, ROOT, 1)
    return Compiled(q, compiler.annotations)
