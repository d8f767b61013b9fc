"""A campaign's messages as bytes: render for a contact, write the MIME, sign with DKIM.

`Composer.load` gathers what every message of a campaign shares (its content, the sender's
identity, the workspace's postal address and DKIM key) once; `compose` then costs two
template renderings, the MIME writing and, with a key, one signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from campaigns import dkim, mime
from campaigns.content import Content
from campaigns.models import Campaign, SenderProfile
from campaigns.rendering import Links, Renderer
from crm import clock, tokens
from crm.mail import runtime
from crm.mail.dkim import Signer
from crm.models import Workspace

NO_ADDRESS = "[postal address not set: add it in the sending settings]"  # previews only


def postal_line(profile: SenderProfile | None) -> str:
    """The postal address on one line, as footers show it."""
    if profile is None or not profile.postal_address.strip():
        return NO_ADDRESS
    return ", ".join(line.strip() for line in profile.postal_address.splitlines() if line.strip())


def sender_domain(from_email: str) -> str:
    return from_email.rpartition("@")[2].lower()


@dataclass(frozen=True)
class Composed:
    data: bytes  # the MIME message, signed when the workspace has a key
    subject: str
    html: str
    text: str


class Composer:
    """Everything a campaign's messages share, and `compose` for one recipient."""

    def __init__(
        self,
        campaign: Campaign,
        renderer: Renderer,
        signer: Signer | None,
    ) -> None:
        self.campaign = campaign
        self.renderer = renderer
        self.signer = signer
        self.domain = sender_domain(campaign.from_email)

    @classmethod
    async def load(cls, campaign: Campaign, content: Content) -> Composer:
        workspace = await Workspace.get(id=campaign.workspace_id)
        profile = await SenderProfile.get_or_none(workspace_id=campaign.workspace_id)
        settings = runtime.settings()
        links = Links(settings.public_url.rstrip("/"), settings.resolve_secret_key(), workspace.id)
        context = {
            "workspace": {"name": workspace.name, "postal_address": postal_line(profile)},
            "campaign": {"name": campaign.name},
        }
        return cls(campaign, Renderer(content, links, context), dkim.signer(profile))

    def message_id(self, row_id: int, nonce: str) -> str:
        return f"<{row_id}{self.id_suffix(nonce)}"

    def id_suffix(self, nonce: str) -> str:
        """What follows the row id in the Message-ID (see campaigns/queries.py: claim)."""
        return f".{nonce}@{self.domain}>"

    def compose(
        self,
        row_id: int,
        contact: dict[str, Any],
        message_id: str,
        *,
        subject_prefix: str = "",
        to: str = "",
    ) -> Composed:
        """The message for `contact` as message row `row_id`, addressed to the contact (or to
        `to`, for a test). Raises RenderError."""
        rendered = self.renderer.render(row_id, contact)
        token = rendered.unsubscribe_url.rsplit("/", 1)[1]
        name = " ".join(p for p in (contact.get("first_name"), contact.get("last_name")) if p)
        mail = mime.Mail(
            from_name=self.campaign.from_name,
            from_email=self.campaign.from_email,
            to_name=name,
            to_email=to or contact["email"],
            subject=subject_prefix + rendered.subject,
            html=rendered.html,
            text=rendered.text,
            message_id=message_id,
            date=clock.now(),
            unsubscribe=mime.Unsubscribe(
                rendered.unsubscribe_url, f"unsub+{tokens.mailbox(token)}@{self.domain}"
            ),
            reply_to=self.campaign.reply_to,
        )
        data = mime.build(mail)
        if self.signer is not None:
            data = self.signer.sign(data)
        return Composed(data, mail.subject, rendered.html, rendered.text)
