"""The text part of a message, written from its HTML when the marketer wrote none.

inscriptis lays the HTML out as text. Email tables are layout, not data, so their cells are
read as blocks, one after the other (which also keeps template loops between rows in place);
a link keeps its words and gets its address after them in parentheses, the way mail clients
show text parts.
"""

from __future__ import annotations

import re

from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig
from inscriptis.model.html_document_state import HtmlDocumentState
from inscriptis.model.tag import CustomHtmlTagHandlerMapping

_SHOWN_SCHEMES = ("http://", "https://")


def _link_start(state: HtmlDocumentState, attrs: dict[str, str]) -> None:
    state.link_target = attrs.get("href", "").strip()


def _link_end(state: HtmlDocumentState) -> None:
    target, state.link_target = state.link_target, ""
    # Only web addresses are worth reading out; an unresolved placeholder is one too.
    if target.lower().startswith(_SHOWN_SCHEMES) or re.fullmatch(r"jx\w+z", target):
        state.tags[-1].write(f" ({target})")


_CONFIG = ParserConfig(
    css=CSS_PROFILES["strict"],
    custom_html_tag_handler_mapping=CustomHtmlTagHandlerMapping(
        start_tag_mapping={"a": _link_start}, end_tag_mapping={"a": _link_end}
    ),
)


def to_text(html: str) -> str:
    """Readable plain text for `html`: at most one blank line in a row, no trailing spaces."""
    blocks = re.sub(r"<(/?)(?:table|thead|tbody|tfoot|tr|td|th)\b", r"<\1div", html, flags=re.I)
    text = get_text(blocks, _CONFIG)
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
