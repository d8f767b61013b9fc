"""One recipient's message from a campaign's content: subject, HTML and text, personalised.

`Renderer` holds the compiled templates of one campaign and renders them for a contact and a
message id: links become signed click URLs, the pixel a signed open URL, and
`unsubscribe_url` the recipient's own unsubscribe page. Tokens name the message, never an
address (crm/tokens.py). Every rendering is checked to carry its unsubscribe link in both
parts; where the template hid it (behind an `{% if %}`), the footer link is added again, so
no message without one can leave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from campaigns import sandbox
from campaigns.content import UNSUBSCRIBE_LINK, Content
from campaigns.errors import RenderError
from campaigns.templates import CONTACT_FIELDS, personal
from crm.tokens import HONEYPOT_LINK, Kind, Signer

MAX_SUBJECT = 250  # characters; longer subjects are cut by every client anyway
PREVIEW_MESSAGE_ID = 0  # the message id of previews and test sends: their links name no row
_BODY_CLOSE = re.compile(r"</body\s*>", re.IGNORECASE)
_NEWLINES = re.compile(r"\s*[\r\n]+\s*")

# The columns of a contact a template reads, as a query asks for them (tags come apart).
CONTACT_VALUES = ("id", *sorted(CONTACT_FIELDS - {"tags"}))


@dataclass(frozen=True)
class Rendered:
    subject: str
    html: str
    text: str
    unsubscribe_url: str


@dataclass(frozen=True)
class Links:
    """Where a message's tracking and unsubscribe URLs point, and the key that signs them."""

    public_url: str  # PUBLIC_URL, without a trailing slash
    secret: str  # SECRET_KEY
    workspace_id: int
    signer: Signer = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "signer", Signer(self.secret, self.workspace_id))

    def url(self, path: str, kind: Kind, message_id: int, link: int = 0) -> str:
        return f"{self.public_url}/{path}/{self.signer.sign(kind, message_id, link)}"

    def clicks(self, message_id: int, count: int) -> list[str]:
        """The click URLs of the message's links 0 to `count` - 1."""
        prefix, sign = f"{self.public_url}/t/c/", self.signer.sign
        return [prefix + sign(Kind.CLICK, message_id, link) for link in range(count)]

    def unsubscribe(self, message_id: int) -> str:
        return self.url("u", Kind.UNSUBSCRIBE, message_id)


class Renderer:
    """A campaign's templates, compiled once per process, rendered once per recipient."""

    def __init__(self, content: Content, links: Links, context: dict[str, Any]) -> None:
        """`context` holds `workspace` and `campaign` (dicts of names and the address)."""
        self.content = content
        self.links = links
        self.context = context
        try:
            # A subject without template tags is the same for everyone: rendered once.
            static = "{" not in content.subject
            self._subject = (
                None if static else sandbox.environment(html=False).build(content.subject)
            )
            self._static_subject = content.subject if static else ""
            self._html = sandbox.environment(html=True).build(content.html)
            self._text = sandbox.environment(html=False).build(content.text)
        except Exception as exc:  # a snapshot that no longer compiles: say which campaign
            raise RenderError(f"the campaign's content does not compile: {exc}") from exc

    def render(self, message_id: int, contact: dict[str, Any]) -> Rendered:
        """The message for `contact` (a dict of its fields) as message `message_id`.

        Raises RenderError when the template fails for this contact.
        """
        unsubscribe_url = self.links.unsubscribe(message_id)
        context = {**self.context, "contact": personal(contact), "unsubscribe_url": unsubscribe_url}
        if self.content.tracking:
            context["_links"] = self.links.clicks(message_id, len(self.content.links))
            context["_honeypot"] = self.links.url("t/c", Kind.CLICK, message_id, HONEYPOT_LINK)
            context["_pixel"] = self.links.url("t/o", Kind.OPEN, message_id)
        subject = self._static_subject
        if self._subject is not None:
            subject = self._part("subject", self._subject, context)
        html = self._part("html", self._html, context)
        text = self._part("text", self._text, context)
        while "\n\n\n" in text:  # blocks left out leave blank lines; keep at most one
            text = text.replace("\n\n\n", "\n\n")
        # Searched from the end, where the footer puts the link: found at once, instead of
        # after a pass over the whole message.
        if html.rfind(unsubscribe_url) == -1:
            html = _with_footer_link(html, unsubscribe_url)
        if text.rfind(unsubscribe_url) == -1:
            text += f"\nUnsubscribe: {unsubscribe_url}\n"
        if "\n" in subject or "\r" in subject:
            subject = _NEWLINES.sub(" ", subject)
        subject = subject.strip()[:MAX_SUBJECT]
        return Rendered(subject, html, text, unsubscribe_url)

    @staticmethod
    def _part(name: str, template: Any, context: dict[str, Any]) -> str:
        try:
            return sandbox.render(template, context)
        except Exception as exc:
            raise RenderError(f"{name}: {type(exc).__name__}: {exc}") from exc


def _with_footer_link(html: str, url: str) -> str:
    link = UNSUBSCRIBE_LINK.replace("{{ unsubscribe_url }}", url.replace("&", "&amp;"))
    closing = _BODY_CLOSE.search(html)
    if closing is None:
        return html + link
    return html[: closing.start()] + link + html[closing.start() :]
