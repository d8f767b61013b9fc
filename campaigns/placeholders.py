"""Carry Jinja2 tags unchanged through HTML tools (the CSS inliner, the text converter).

Those tools parse HTML and write it out again; `{{ ... }}` and `{% ... %}` would be moved,
escaped or dropped. `protect` swaps each tag for a placeholder the tool leaves alone, and
`restore` puts the tags back:

- between elements, an HTML comment (`<!--jx…z-->`): an HTML5 parser keeps comments where
  they stand, even between table rows, where text would be moved out of the table;
- inside a start tag, an HTML comment or a raw-text element (`<style>`, `<title>` ...), plain
  lower-case letters and digits, which survive as attribute values, names and text.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

# A Jinja2 tag, expression or comment (a `}}` inside a string literal ends it early: rare,
# and the restored source is parsed again, so it cannot go unnoticed).
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_MARK = "\x00"
_RAW_TEXT = ("style", "script", "title", "textarea")


@dataclass(frozen=True)
class Protected:
    text: str  # the source with placeholders
    spans: list[str]  # the Jinja tags, by placeholder number
    prefix: str  # random, so a placeholder never matches the marketer's own text

    def restore(self, text: str) -> str:
        """`text` (the tool's output) with every placeholder turned back into its tag."""
        pattern = re.compile(
            rf'<!--{self.prefix}(\d+)z-->|{self.prefix}(\d+)z(?:="")?', re.IGNORECASE
        )
        return pattern.sub(lambda m: self.spans[int(m.group(1) or m.group(2))], text)


def protect(source: str, *, comments: bool = True) -> Protected:
    """Placeholders for every Jinja tag of `source`; `comments=False` gives text ones only
    (for tools that drop comments)."""
    prefix = "jx" + secrets.token_hex(4)
    spans: list[str] = []

    def mark(match: re.Match[str]) -> str:
        spans.append(match.group(0))
        return f"{_MARK}{len(spans) - 1}{_MARK}"

    marked = _JINJA.sub(mark, source)
    in_markup = _markup_positions(marked)
    out, cursor = [], 0
    for match in re.finditer(f"{_MARK}(\\d+){_MARK}", marked):
        out.append(marked[cursor : match.start()])
        number = match.group(1)
        if comments and not in_markup(match.start()):
            out.append(f"<!--{prefix}{number}z-->")
        else:
            out.append(f"{prefix}{number}z")
        cursor = match.end()
    out.append(marked[cursor:])
    return Protected("".join(out), spans, prefix)


def _markup_positions(text: str) -> Callable[[int], bool]:
    """A test of whether a position of `text` is inside a tag, a comment or raw text."""
    regions: list[tuple[int, int]] = []
    for match in re.finditer(
        r"<!--.*?(?:-->|\Z)|</?[A-Za-z\x00][^>]*>?", text, re.DOTALL | re.IGNORECASE
    ):
        regions.append(match.span())
        name = re.match(r"<([A-Za-z]+)", match.group(0))
        if name and name.group(1).lower() in _RAW_TEXT:
            end = re.compile(rf"</{name.group(1)}\s*>", re.IGNORECASE).search(text, match.end())
            regions.append((match.end(), end.start() if end else len(text)))

    def inside(position: int) -> bool:
        return any(start <= position < end for start, end in regions)

    return inside
