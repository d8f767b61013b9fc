"""A campaign's content, made once: what every recipient gets before personalisation.

`build` turns a template (in its layout) into three Jinja sources and a list of links:

- the HTML with its CSS inlined (css-inline; mail clients ignore most `<style>`, Gmail clips
  bodies over 102 KB, so the `<style>` is kept only for media queries), its long lines broken
  after block-level ends, where a line break shows nothing: SMTP allows 998 characters a
  line, and a message within it travels as plain 7bit instead of being encoded;
- every literal http(s) link numbered and replaced by `{{ _links[n] }}`, a signed click URL
  per recipient: the click redirect serves only these stored URLs, never a URL from a token.
  A link whose address holds template variables is left as it is (not tracked);
- a footer with the sender's postal address, and an unsubscribe link when the template has
  none of its own; with tracking on, a hidden honeypot link first in the body (machines
  follow it, people cannot see it: tracking/classify.py) and an open pixel last;
- the text part: the marketer's, or one written from the HTML, its links numbered alike.

Doing this per campaign instead of per message keeps the per-recipient work to two template
renderings. Personalised values cannot add elements (they are escaped), so inlining the
template's CSS styles everything the message will hold.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import asdict, dataclass
from typing import Any

import css_inline
from jinja2 import meta, nodes

from campaigns import htmltext, placeholders, templates
from campaigns.models import Template
from campaigns.sandbox import environment

MAX_LINKS = 1000  # distinct tracked links of one campaign (each is signed for every message)
_INLINER = css_inline.CSSInliner(keep_style_tags=True, load_remote_stylesheets=False)
_ANCHOR_HREF = re.compile(r'(<a\b[^>]*?\bhref=")([^"]*)(")', re.IGNORECASE)
_TEXT_URL = re.compile(r"https?://[^\s<>()\"']+[^\s<>()\"'.,;:!?]")
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(r"</body\s*>", re.IGNORECASE)
# Where a line break renders as nothing: after a block's end, a line break, the head, or the
# start of the body and of table structure.
_BLOCK_END = re.compile(
    r"</(?:p|div|tr|td|th|table|tbody|thead|tfoot|h[1-6]|li|ul|ol|center|section|style|head)>"
    r"|<br\s*/?>|<(?:body|table|tbody|thead|tr)\b[^>]*>",
    re.IGNORECASE,
)
LINE_BUDGET = 800  # characters: what personalised values may add before a line passes 998

HONEYPOT = '<a href="{{ _honeypot }}" style="display:none" aria-hidden="true" tabindex="-1"></a>'
PIXEL = (
    '<img src="{{ _pixel }}" width="1" height="1" alt="" '
    'style="display:block;width:1px;height:1px;border:0">'
)
FOOTER_STYLE = "margin:24px auto 0;padding:16px;font:12px/1.5 Arial,sans-serif;color:#666666"
UNSUBSCRIBE_LINK = '<a href="{{ unsubscribe_url }}" style="color:#666666">Unsubscribe</a>'


def html_footer(*, unsubscribe: bool) -> str:
    link = f"<br>{UNSUBSCRIBE_LINK}" if unsubscribe else ""
    return (
        f'<div style="{FOOTER_STYLE}">{{{{ workspace.name }}}} &middot; '
        f"{{{{ workspace.postal_address }}}}{link}</div>"
    )


def text_footer(*, unsubscribe: bool) -> str:
    link = "\nUnsubscribe: {{ unsubscribe_url }}" if unsubscribe else ""
    return f"\n\n--\n{{{{ workspace.name }}}}, {{{{ workspace.postal_address }}}}{link}\n"


@dataclass(frozen=True)
class Content:
    """Jinja sources for the subject, HTML and text, and the tracked links by index."""

    subject: str
    html: str
    text: str
    links: tuple[str, ...]
    tracking: bool
    uses_tags: bool  # the template reads contact.tags: load them per recipient

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"links": list(self.links)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Content:
        return cls(**data | {"links": tuple(data["links"])})


class _Links:
    """Numbers each distinct URL once, in order of first appearance (with tracking on)."""

    def __init__(self, *, tracking: bool) -> None:
        self.tracking = tracking
        self.index: dict[str, int] = {}

    def tracked(self, url: str) -> str | None:
        """The Jinja expression of `url`'s click URL; None to leave the URL as it is."""
        if not self.tracking:
            return None
        if url not in self.index:
            if len(self.index) >= MAX_LINKS:
                raise ValueError(f"more than {MAX_LINKS} distinct links")
            self.index[url] = len(self.index)
        return f"{{{{ _links[{self.index[url]}] }}}}"


def build(template: Template, layout: Template | None, *, tracking: bool) -> Content:
    """The content of `template` in `layout`; the template must have passed validation."""
    links = _Links(tracking=tracking)
    body = templates.merge(layout, template.html)
    html = _html(body, links, tracking=tracking)
    if template.text:
        text = _numbered_text(placeholders.protect(template.text, comments=False), links)
    else:
        protected = placeholders.protect(body, comments=False)
        converted = placeholders.Protected(
            htmltext.to_text(protected.text), protected.spans, protected.prefix
        )
        text = _numbered_text(converted, links)
    text += text_footer(unsubscribe=not _mentions_unsubscribe(text, html=False))
    return Content(
        subject=template.subject,
        html=html,
        text=text,
        links=tuple(links.index),
        tracking=tracking,
        uses_tags=any(_reads_tags(source, html) for source, html in ((html, True), (text, False))),
    )


def _html(body: str, links: _Links, *, tracking: bool) -> str:
    protected = placeholders.protect(body)
    inlined = _INLINER.inline(protected.text)

    def number(match: re.Match[str]) -> str:
        url = html_lib.unescape(match.group(2)).strip()
        if not url.lower().startswith(("http://", "https://")) or protected.prefix in url:
            return match.group(0)
        tracked = links.tracked(url)
        return match.group(0) if tracked is None else match.group(1) + tracked + match.group(3)

    # Links are numbered while the marketer's tags are still placeholders, so a link that
    # holds one is recognised (and left alone).
    numbered = _ANCHOR_HREF.sub(number, inlined)
    source = protected.restore(_short_lines(numbered))
    footer = html_footer(unsubscribe=not _mentions_unsubscribe(source, html=True))
    if tracking:
        footer += PIXEL
        source = _BODY_OPEN.sub(lambda m: m.group(0) + HONEYPOT, source, count=1)
    closing = _BODY_CLOSE.search(source)
    if closing is None:
        return source + footer
    return source[: closing.start()] + footer + source[closing.start() :]


def _short_lines(html: str) -> str:
    """Long lines broken after block-level ends (never inside <pre>, where breaks show)."""
    lines, in_pre = [], False
    for line in html.split("\n"):
        lower = line.lower()
        if len(line) > LINE_BUDGET and not in_pre and "<pre" not in lower:
            line = _BLOCK_END.sub(lambda m: m.group(0) + "\n", line)
        in_pre = (in_pre or "<pre" in lower) and lower.rfind("</pre") < lower.rfind("<pre")
        lines.append(line)
    return "\n".join(lines)


def _numbered_text(protected: placeholders.Protected, links: _Links) -> str:
    def number(match: re.Match[str]) -> str:
        url = match.group(0)
        return url if protected.prefix in url else links.tracked(url) or url

    return protected.restore(_TEXT_URL.sub(number, protected.text))


def _mentions_unsubscribe(source: str, *, html: bool) -> bool:
    tree = environment(html=html).parse(source)
    return "unsubscribe_url" in meta.find_undeclared_variables(tree)


def _reads_tags(source: str, html: bool) -> bool:
    tree = environment(html=html).parse(source)
    return any(
        isinstance(node.node, nodes.Name) and node.node.name == "contact" and node.attr == "tags"
        for node in tree.find_all(nodes.Getattr)
    )
