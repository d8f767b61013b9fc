"""What a template may say, and the checks it passes before it is saved.

A template has a subject, an HTML part and an optional text part, each Jinja2 run in the
sandbox (campaigns/sandbox.py), and may sit in a layout: a template marked `is_layout` whose
HTML holds `{{ content }}` exactly once, where the body goes. Marketers personalise with

    {{ contact.first_name | default("there") }}     {{ contact.custom.plan }}
    {{ workspace.name }}  {{ campaign.name }}  {{ unsubscribe_url }}

An empty contact field is undefined, so `default` applies to it. `check` reports syntax errors
and unknown variables (`contact.frist_name`, an undefined custom field) with their line
numbers; `trial` renders a part for a sample contact and reports what fails at run time (a
probe of the sandbox, a misused filter); `validate` raises them all at once as
TemplateInvalid.
"""

from __future__ import annotations

import re
import traceback
from typing import Any

from jinja2 import TemplateSyntaxError, meta, nodes

from campaigns import sandbox
from campaigns.errors import Problem, TemplateInvalid
from campaigns.models import Template
from campaigns.sandbox import environment
from crm.contacts.fields import definitions_for
from crm.contacts.precedence import PROFILE_FIELDS
from crm.errors import Invalid, NotFound
from crm.models.contact import FieldType

MAX_SOURCE = 512_000  # characters of one part; Gmail clips a message at 102 KB anyway
COMMERCE_FIELDS = ("orders_count", "total_spent", "currency", "first_order_at", "last_order_at")
# What `contact.` offers a template: `tags` is a list of names, `custom` the custom fields.
CONTACT_FIELDS = frozenset(
    {"email", *PROFILE_FIELDS, "source", *COMMERCE_FIELDS, "created_at", "tags", "custom"}
)
VARIABLES = frozenset({"contact", "workspace", "campaign", "unsubscribe_url"})
# A contact for previews and trial renderings when none is chosen.
SAMPLE_CONTACT: dict[str, Any] = {
    "email": "jane.doe@example.com",
    "first_name": "Jane",
    "last_name": "Doe",
    "company": "Example Ltd",
    "city": "Lyon",
    "country": "FR",
    "orders_count": 3,
    "total_spent": "129.00",
    "currency": "EUR",
    "tags": ["customer"],
    "custom": {},
}
SAMPLE_VALUES = {
    FieldType.TEXT: "sample",
    FieldType.NUMBER: 1,
    FieldType.DATE: "2026-01-01",
    FieldType.BOOLEAN: True,
}
LAYOUT_SLOT = "content"
# `{{ content }}` as written in a layout, however spaced; what `merge` replaces.
_SLOT = re.compile(r"\{\{-?\s*content\s*-?\}\}")
# Tags that would reach other templates: a template stands alone (its layout is merged).
_NO_LOADING = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)


def check(
    part: str, source: str, *, custom_keys: frozenset[str], layout: bool = False
) -> list[Problem]:
    """The problems of one part (subject, html, text or layout), in order of their lines."""
    if len(source) > MAX_SOURCE:
        return [Problem(part, 1, f"longer than {MAX_SOURCE} characters")]
    try:
        tree = environment(html=part in ("html", "layout")).parse(source)
    except TemplateSyntaxError as exc:
        return [Problem(part, exc.lineno or 1, exc.message or "syntax error")]
    allowed = VARIABLES | {LAYOUT_SLOT} if layout else VARIABLES
    problems = [
        Problem(part, _first_line(tree, name), f"unknown variable {name!r}")
        for name in sorted(meta.find_undeclared_variables(tree) - allowed)
    ]
    problems += _contact_problems(part, tree, custom_keys)
    problems += [
        Problem(part, node.lineno, "templates cannot include, import or extend others")
        for node in tree.find_all(_NO_LOADING)
    ]
    problems += [
        Problem(part, node.lineno, f"names starting with _ are not available ({name!r})")
        for node, name in _accesses(tree)
        if isinstance(name, str) and name.startswith("_")
    ]
    slots = len(_SLOT.findall(source))
    if layout and slots != 1:
        problems.append(Problem(part, 1, f"a layout needs {{{{ content }}}} once, not {slots}"))
    return sorted(problems, key=lambda p: p.line)


def _accesses(tree: nodes.Template) -> list[tuple[nodes.Node, object]]:
    """Every `x.name` and `x["name"]` with a constant name."""
    found: list[tuple[nodes.Node, object]] = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        if isinstance(node, nodes.Getattr):
            found.append((node, node.attr))
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            found.append((node, node.arg.value))
    return found


def _is_name(node: nodes.Node, name: str) -> bool:
    return isinstance(node, nodes.Name) and node.name == name


def _contact_problems(
    part: str, tree: nodes.Template, custom_keys: frozenset[str]
) -> list[Problem]:
    problems = []
    for node, name in _accesses(tree):
        parent = node.node  # type: ignore[attr-defined]
        if _is_name(parent, "contact") and name not in CONTACT_FIELDS:
            problems.append(Problem(part, node.lineno, f"unknown variable 'contact.{name}'"))
        elif (
            isinstance(parent, nodes.Getattr | nodes.Getitem)
            and _is_name(parent.node, "contact")
            and (parent.attr if isinstance(parent, nodes.Getattr) else _const(parent)) == "custom"
            and name not in custom_keys
        ):
            problems.append(
                Problem(part, node.lineno, f"unknown custom field 'contact.custom.{name}'")
            )
    return problems


def _const(node: nodes.Getitem) -> object:
    return node.arg.value if isinstance(node.arg, nodes.Const) else None


def _first_line(tree: nodes.Template, name: str) -> int:
    return min((n.lineno for n in tree.find_all(nodes.Name) if n.name == name), default=1)


def personal(contact: dict[str, Any]) -> dict[str, Any]:
    """The `contact` of the template context: empty fields left out, so `default` applies."""
    values = {k: v for k, v in contact.items() if v not in ("", None) and k != "custom"}
    custom = contact.get("custom") or {}
    values["custom"] = {k: v for k, v in custom.items() if v not in ("", None)}
    return values


def sample_context(contact: dict[str, Any]) -> dict[str, Any]:
    """What a template sees for `contact` in a trial rendering."""
    return {
        "contact": personal(contact),
        "workspace": {"name": "Example", "postal_address": "1 Example Street"},
        "campaign": {"name": "Example"},
        "unsubscribe_url": "https://example.invalid/u/sample",
        "content": "",
    }


def trial(part: str, source: str, custom: dict[str, Any]) -> list[Problem]:
    """Render a part that passed `check` for the sample contact, then for a contact with
    nothing but an address (a template must not fail for missing data); what fails, with the
    line where it failed."""
    template = environment(html=part in ("html", "layout")).build(source)
    for contact, who in (
        (SAMPLE_CONTACT | {"custom": custom}, ""),
        ({"email": SAMPLE_CONTACT["email"]}, " for a contact without that value (use default)"),
    ):
        try:
            sandbox.render(template, sample_context(contact))
        except Exception as exc:
            frames = traceback.extract_tb(exc.__traceback__)
            lines = [f.lineno or 1 for f in frames if f.filename == "<template>"]
            return [Problem(part, (lines or [1])[-1], f"{type(exc).__name__}: {exc}{who}")]
    return []


async def validate(
    workspace_id: int, *, subject: str, html: str, text: str, is_layout: bool
) -> None:
    """Raise TemplateInvalid with every problem of these parts."""
    definitions = await definitions_for(workspace_id)
    keys = frozenset(definitions)
    custom = {
        key: d.choices[0] if d.type == FieldType.CHOICE else SAMPLE_VALUES[FieldType(d.type)]
        for key, d in definitions.items()
    }
    parts = [("layout", html)] if is_layout else [("subject", subject), ("html", html)]
    if text:
        parts.append(("text", text))
    problems = []
    for part, source in parts:
        found = check(part, source, custom_keys=keys, layout=part == "layout")
        problems += found or trial(part, source, custom)
    if problems:
        raise TemplateInvalid(problems)


async def layout_of(workspace_id: int, layout_id: int | None) -> Template | None:
    """The layout a template names, checked to be a layout of the same workspace."""
    if layout_id is None:
        return None
    layout = await Template.get_or_none(id=layout_id, workspace_id=workspace_id)
    if layout is None:
        raise NotFound("no such layout", field="layout_id")
    if not layout.is_layout:
        raise Invalid("this template is not a layout", field="layout_id")
    return layout


def merge(layout: Template | None, body: str) -> str:
    """The body inside its layout: one Jinja source, so the body's variables work there."""
    if layout is None:
        return body
    return _SLOT.sub(lambda _: body, layout.html, count=1)
