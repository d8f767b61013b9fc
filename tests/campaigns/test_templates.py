"""Templates: validation with line numbers, personalisation, layouts, CSS, the text part,
and the sandbox every marketer-written template runs in."""

from __future__ import annotations

from typing import Any

import pytest
from jinja2.exceptions import TemplateError
from jinja2.sandbox import SecurityError

from campaigns import content, rendering, sandbox, templates
from campaigns.errors import TemplateInvalid
from campaigns.models import Template
from campaigns.rendering import Links, Renderer

LINKS = Links("https://crm.example.test", "k" * 48, 1)
CONTEXT = {"workspace": {"name": "Shop", "postal_address": "1 Main St"}, "campaign": {"name": "C"}}


def render(
    html: str,
    contact: dict[str, Any],
    *,
    text: str = "",
    layout: str | None = None,
    tracking: bool = False,
) -> rendering.Rendered:
    body = Template(subject="Hi {{ contact.first_name | default('you') }}", html=html, text=text)
    frame = Template(html=layout, is_layout=True) if layout else None
    built = content.build(body, frame, tracking=tracking)
    return Renderer(built, LINKS, CONTEXT).render(7, contact)


def problems(part: str, source: str, **kwargs: Any) -> list[tuple[int, str]]:
    found = templates.check(part, source, custom_keys=frozenset({"plan"}), **kwargs)
    return [(p.line, p.message) for p in found]


# Rule: a syntax error is reported with its line.
def test_a_syntax_error_is_reported_with_its_line():
    assert problems("html", "<p>fine</p>\n<p>{{ contact.first_name </p>\n") == [
        (2, "unexpected '/'")
    ]


# Rule: unknown variables, unknown contact fields and undefined custom fields are reported,
# each with its line; known ones are not.
def test_unknown_variables_are_reported_with_their_lines():
    source = "\n".join(
        [
            "<p>{{ contact.first_name }} {{ contact.custom.plan }} {{ unsubscribe_url }}</p>",
            "<p>{{ coupon }}</p>",
            "<p>{{ contact.frist_name }}</p>",
            "<p>{{ contact.custom['shoe_size'] }}</p>",
            "{% for tag in contact.tags %}{{ tag }}{% endfor %}{% set x = 1 %}{{ x }}",
        ]
    )
    assert problems("html", source) == [
        (2, "unknown variable 'coupon'"),
        (3, "unknown variable 'contact.frist_name'"),
        (4, "unknown custom field 'contact.custom.shoe_size'"),
    ]


# Rule: a layout holds {{ content }} exactly once; a template stands alone (no include).
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("<body></body>", [(1, "a layout needs {{ content }} once, not 0")]),
        ("{{ content }}{{content}}", [(1, "a layout needs {{ content }} once, not 2")]),
        ("<body>{{ content }}</body>", []),
    ],
)
def test_a_layout_holds_its_content_slot_once(source, expected):
    assert problems("layout", source, layout=True) == expected


def test_a_template_cannot_include_extend_or_import_another():
    found = problems("html", '{% include "/etc/passwd" %}\n{% extends "base.html" %}')
    assert [line for line, _ in found] == [1, 2]
    assert {message for _, message in found} == {
        "templates cannot include, import or extend others"
    }


# Rule: an empty contact field is undefined, so `default` applies; custom fields read alike.
def test_personalisation_uses_fields_custom_fields_and_defaults():
    html = (
        "<p>Hello {{ contact.first_name | default('there') }}, "
        "plan {{ contact.custom.plan | default('free') }}, "
        "{{ contact.orders_count }} orders</p>"
    )
    empty = render(html, {"email": "a@x.org", "first_name": "", "orders_count": 0, "custom": {}})
    full = render(
        html, {"email": "b@x.org", "first_name": "Bo", "orders_count": 3, "custom": {"plan": "pro"}}
    )
    assert "Hello there, plan free, 0 orders" in empty.html
    assert "Hello Bo, plan pro, 3 orders" in full.html
    assert (empty.subject, full.subject) == ("Hi you", "Hi Bo")


# Rule: a value the contact lacks compares as false: the block is skipped, the message goes.
def test_a_comparison_with_a_missing_value_is_false_not_an_error():
    html = "<p>{% if contact.custom.score > 5 %}big{% else %}small{% endif %}</p>"
    assert "<p>small</p>" in render(html, {"email": "x@x.org", "custom": {}}).html
    assert "<p>big</p>" in render(html, {"email": "x@x.org", "custom": {"score": 9}}).html


# Rule: a template that would fail for a contact missing some data is refused when saved,
# with its line, before any message fails.
async def test_a_template_failing_for_missing_data_is_refused(workspace):
    with pytest.raises(TemplateInvalid) as refused:
        await templates.validate(
            workspace.id,
            subject="Hi",
            html="<p>ok</p>\n<p>{{ contact.orders_count + 1 }}</p>",
            text="",
            is_layout=False,
        )
    [problem] = refused.value.problems
    assert (problem.part, problem.line) == ("html", 2)
    assert problem.message.endswith("for a contact without that value (use default)")


# Rule: a personalised value is escaped in HTML: a contact's data cannot add markup.
def test_a_personalised_value_cannot_add_markup():
    out = render(
        "<p>{{ contact.first_name }}</p>", {"email": "x@x.org", "first_name": "<script>x</script>"}
    )
    assert "<script>" not in out.html and "&lt;script&gt;x&lt;/script&gt;" in out.html


# Rule: a template sits in its layout; the layout's CSS is inlined into the body's elements,
# and media queries stay in <style> for the clients that read them.
def test_a_layout_wraps_the_body_and_its_css_is_inlined():
    layout = (
        "<html><head><style>.box { padding: 8px; } "
        "@media (max-width: 600px) { .box { padding: 0; } }</style></head>"
        '<body><div class="box">{{ content }}</div></body></html>'
    )
    out = render(
        "<p>Hi {{ contact.first_name }}</p>",
        {"email": "x@x.org", "first_name": "Al"},
        layout=layout,
    )
    assert '<div class="box" style="padding: 8px;"><p>Hi Al</p></div>' in out.html
    assert "@media (max-width: 600px)" in out.html


# Rule: without a written text part, one is made from the HTML, links after their words;
# template logic survives the conversion, even between table rows.
def test_the_text_part_is_written_from_the_html():
    html = (
        "<html><body><h1>Hello {{ contact.first_name }}</h1>"
        '<p>See <a href="https://shop.example/new">what is new</a>.</p>'
        "<table>{% for tag in contact.tags %}<tr><td>#{{ tag }}</td></tr>{% endfor %}</table>"
        "<ul><li>one</li><li>two</li></ul></body></html>"
    )
    out = render(html, {"email": "x@x.org", "first_name": "Al", "tags": ["vip", "new"]})
    assert out.text.startswith("Hello Al\n\nSee what is new (https://shop.example/new).\n")
    assert "#vip\n#new\n" in out.text
    assert "* one\n  * two" in out.text
    assert "1 Main St" in out.text and out.unsubscribe_url in out.text


# Rule: a written text part is used as written, its links tracked like the HTML's.
def test_a_written_text_part_is_used_and_its_links_tracked():
    out = render(
        '<p><a href="https://shop.example/a">a</a></p>',
        {"email": "x@x.org"},
        text="Hi! https://shop.example/a and https://shop.example/b.",
        tracking=True,
    )
    assert out.text.startswith("Hi! https://crm.example.test/t/c/")
    assert "https://shop.example/" not in out.text
    assert out.text.count("/t/c/") == 2


KNOWN_ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ self._TemplateReference__context.environment }}",
    "{{ '{0.__class__.__mro__}'.format(contact) }}",
    "{{ '{a.__class__}'.format_map({'a': contact}) }}",
    "{% set f = '{0.__class__}'.format %}{{ f(contact) }}",
    "{{ contact | attr('__class__') }}",
    "{{ contact.custom.clear() }}{{ contact.custom }}",
    "{{ lipsum.__globals__['os'] }}",
    "{{ range.__globals__ }}",
    "{{ unsubscribe_url.__class__.__base__.__subclasses__() }}",
    "{{ (1).__class__.__mro__ }}",
    '{% include "/etc/passwd" %}',
    "{{ config }}{{ request }}",
    # attributes reached through filters, and names spelt with escapes
    "{{ [contact] | map(attribute='__class__') | list }}",
    "{{ [contact] | sort(attribute='__class__') | first }}",
    "{{ [contact] | groupby('__class__') | list }}",
    "{{ contact.custom | attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    # changes to the data passed in
    "{% set x = contact.custom.pop('plan') %}{{ contact.custom }}",
    "{{ contact.custom.update({'plan': 'free'}) }}",
]
_LEAKS = ("<class", "function", "module", "root:", "k" * 48, "builtins")


# Rule: the known ways out of a Jinja sandbox are refused when the template is saved, and if
# one were rendered anyway it fails or shows nothing of Python's internals.
@pytest.mark.parametrize("source", KNOWN_ESCAPES)
async def test_a_known_sandbox_escape_fails(workspace, source):
    with pytest.raises(TemplateInvalid):
        await templates.validate(workspace.id, subject="s", html=source, text="", is_layout=False)
    contact = {"email": "x@x.org", "first_name": "A", "custom": {"plan": "pro"}}
    try:
        out = sandbox.render(sandbox.environment(html=True).build(source), {"contact": contact})
    except Exception:  # refused: SecurityError, no loader for an include ...
        return
    assert not any(leak in out for leak in _LEAKS), out
    assert contact["custom"] == {"plan": "pro"}


# Rule: one rendering's cost is bounded: loops, strings and numbers that would fill the
# memory or the CPU stop at a limit.
@pytest.mark.parametrize(
    "source",
    [
        "{% for a in range(1000) %}{% for b in range(1000) %}{% endfor %}{% endfor %}",
        "{{ range(10**7) | list }}",
        "{{ 'x' * 10**9 }}",
        "{{ [1] * 10**9 }}",
        "{{ 2 ** (10 ** 9) }}",
        "{{ '%0999999999d' % 1 }}",
        "{% set n = namespace(s='a') %}{% for i in range(40) %}{% set n.s = n.s~n.s %}{% endfor %}",
        "{% set n = namespace(s='a') %}{% for i in range(40) %}{% set n.s = n.s+n.s %}{% endfor %}",
        "{{ 'ab' | replace('', 'x' * 1000) | replace('', 'x' * 1000) }}",
        "{% for i in range(1000) %}{{ 'x' * 5000 }}{% endfor %}",
    ],
)
def test_a_rendering_that_would_exhaust_the_machine_stops_at_a_limit(source):
    with pytest.raises(SecurityError):
        sandbox.render(sandbox.environment(html=True).build(source), {})


def test_filters_that_pad_to_any_width_are_not_available():
    for name in sandbox.UNSAFE_FILTERS:
        with pytest.raises(TemplateError):
            sandbox.environment(html=True).build(f"{{{{ 'a' | {name}(10**9) }}}}")
