"""The Jinja2 sandbox marketer-written templates run in, and its resource limits.

`ImmutableSandboxedEnvironment` refuses unsafe attributes (`__class__`, `__globals__` ...), the
format-string tricks and changes to the data passed in. On top of that this sandbox bounds
what one rendering may cost, since a template is rendered once per recipient inside the
workers: a budget of loop iterations, capped strings (`*`, `+`, `~`, `%`, `replace`), a short
`range`, no filters that pad to any width, and a cap on the rendered size. Crossing a limit
raises `Limit`, which rendering turns into a RenderError.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from typing import Any

from jinja2 import ChainableUndefined, nodes
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import pass_eval_context

MAX_RANGE = 1000  # items of one range(): plenty for an email, few for a CPU bomb
MAX_ITERATIONS = 100_000  # loop turns in one rendering, over all loops
MAX_STRING = 200_000  # characters an operator or filter may produce in one step
MAX_RENDERED = 2_000_000  # characters of one rendered part
RENDER_BLOCK = 256  # pieces of output counted at once (each at most MAX_STRING long)
# Filters that pad or format to a width the template chooses: one call can fill the memory.
UNSAFE_FILTERS = ("center", "indent", "wordwrap", "format")
# Globals a template does not need (lipsum(n=10**6) writes a book).
UNSAFE_GLOBALS = ("lipsum",)

_budget: contextvars.ContextVar[list[int]] = contextvars.ContextVar("template_budget")


class Limit(SecurityError):
    """A rendering went past one of this sandbox's limits."""


class Missing(ChainableUndefined):
    """A value the contact does not have: prints as nothing, chains (`contact.custom.x.y`),
    and compares as false, so `{% if contact.custom.score > 5 %}` skips the block for a
    contact without a score instead of failing the message."""

    def _false(self, other: Any) -> bool:
        return False

    __lt__ = __le__ = __gt__ = __ge__ = _false  # type: ignore[assignment]


def _check_size(value: Any) -> Any:
    if isinstance(value, str | list | tuple) and len(value) > MAX_STRING:
        raise Limit(f"a value longer than {MAX_STRING} would be produced")
    return value


def _sized(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple) else 0


def _each(iterable: Iterable[Any]) -> Iterator[Any]:
    """Iterate while the rendering's loop budget lasts (no budget set: no limit)."""
    budget = _budget.get(None)
    for item in iterable:
        if budget is not None:
            budget[0] -= 1
            if budget[0] < 0:
                raise Limit(f"more than {MAX_ITERATIONS} loop iterations")
        yield item


@pass_eval_context
def _join(eval_ctx: Any, *parts: Any) -> str:
    """The `~` operator, capped."""
    if sum(map(_sized, parts)) > MAX_STRING:
        raise Limit(f"a string longer than {MAX_STRING} would be produced")
    return (markup_join if eval_ctx.autoescape else str_join)(parts)


def _range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise Limit(f"range() is limited to {MAX_RANGE} items")
    return numbers


def _replace(value: Any, old: str, new: str, count: int | None = None) -> Any:
    """Jinja's `replace`, refusing to grow a string past MAX_STRING."""
    text = str(value)
    times = text.count(old) if count is None else min(count, text.count(old))
    if old == "":
        times = len(text) + 1 if count is None else min(count, len(text) + 1)
    if len(text) + times * (len(str(new)) - len(old)) > MAX_STRING:
        raise Limit(f"a string longer than {MAX_STRING} would be produced")
    return text.replace(old, str(new), -1 if count is None else count)


class Sandbox(ImmutableSandboxedEnvironment):
    """The environment of marketer templates: HTML (autoescaped) or text, where a line holding
    only a block tag (`{% if %}`) leaves no blank line behind."""

    intercepted_binops = frozenset({"+", "*", "**", "%"})

    def __init__(self, *, autoescape: bool) -> None:
        text = not autoescape
        super().__init__(
            autoescape=autoescape,
            undefined=Missing,
            trim_blocks=text,
            lstrip_blocks=text,
        )
        for name in UNSAFE_FILTERS:
            self.filters.pop(name, None)
        for name in UNSAFE_GLOBALS:
            self.globals.pop(name, None)
        self.filters["replace"] = _replace
        self.globals.update(range=_range, _each=_each, _join=_join)

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        """Fail at once on an unsafe attribute (`__class__` ...), instead of the silent
        undefined Jinja gives: a probe of the sandbox is an error, not an empty string."""
        raise SecurityError(f"{attribute!r} is not available in templates")

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "%" and isinstance(left, str):
            raise SecurityError("%-formatting is not available in templates")
        if operator_ == "**" and isinstance(right, int | float) and abs(right) > 100:
            raise Limit("exponents above 100 are not available in templates")
        if operator_ == "*":
            counts = [v for v in (left, right) if isinstance(v, int) and not isinstance(v, bool)]
            if counts and max(_sized(left), _sized(right)) * max(counts) > MAX_STRING:
                raise Limit(f"a value longer than {MAX_STRING} would be produced")
        if operator_ == "+" and _sized(left) + _sized(right) > MAX_STRING:
            raise Limit(f"a value longer than {MAX_STRING} would be produced")
        return _check_size(self.binop_table[operator_](left, right))

    def build(self, source: str) -> Any:
        """Compile `source` with every loop counted and every `~` capped."""
        tree = self.parse(source)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.Name("_each", "load"), [loop.iter], [], None, None)
        for concat in list(tree.find_all(nodes.Concat)):
            call = nodes.Call(nodes.Name("_join", "load"), list(concat.nodes), [], None, None)
            _replace_node(tree, concat, call)
        code = self.compile(tree)
        return self.template_class.from_code(self, code, self.make_globals(None))


def _replace_node(tree: nodes.Node, old: nodes.Node, new: nodes.Node) -> None:
    """Put `new` where `old` is in `tree` (Jinja nodes keep their children in fields)."""
    for parent in tree.find_all(nodes.Node):
        for name, value in parent.iter_fields():
            if value is old:
                setattr(parent, name, new)
            elif isinstance(value, list) and any(v is old for v in value):
                setattr(parent, name, [new if v is old else v for v in value])


@cache
def environment(*, html: bool) -> Sandbox:
    """The HTML environment (autoescaped) or the text one (subject and text part)."""
    return Sandbox(autoescape=html)


def render(template: Any, context: dict[str, Any]) -> str:
    """Render a template built by `Sandbox.build` within this sandbox's limits.

    Raises Limit past a limit, and whatever the template raises (SecurityError for an unsafe
    access, TypeError for a misused filter ...).
    """
    token = _budget.set([MAX_ITERATIONS])
    try:
        size, parts, stream = 0, [], template.generate(context)
        # Counted a block of pieces at a time: the loop runs in C, the limit still holds.
        while block := list(islice(stream, RENDER_BLOCK)):
            size += sum(map(len, block))
            if size > MAX_RENDERED:
                raise Limit(f"the rendered text would be longer than {MAX_RENDERED}")
            parts += block
        return "".join(parts)
    finally:
        _budget.reset(token)
