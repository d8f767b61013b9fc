"""Mail the embedded default kept instead of sending it (crm/mail/mailer.py CaptureMailer),
read for a workspace: newest first, or one message taken apart for display. Captured mail
holds addresses, so reading it is a read of its contacts, written to the audit log."""

from __future__ import annotations

import email
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

from crm import audit
from crm.errors import NotFound
from crm.models import CapturedMail
from crm.principal import Principal

# Headers the message view lists first, in this order; the others follow as written.
SHOWN_FIRST = (
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
)


@dataclass(frozen=True)
class Parts:
    """A captured message as the UI shows it."""

    headers: list[tuple[str, str]]
    text: str  # the text/plain part ('' when there is none)
    html: str  # the text/html part ('' when there is none)
    signed: bool  # it carries a DKIM-Signature


async def _read(principal: Principal, rows: list[CapturedMail]) -> None:
    contacts = sorted({m.contact_id for m in rows if m.contact_id is not None})
    await audit.record_reads(principal, "contact", contacts)


async def newest(
    principal: Principal, *, before: int | None = None, limit: int = 50
) -> tuple[list[CapturedMail], int | None]:
    """Up to `limit` captured messages of the workspace older than id `before`, newest
    first, and the id to continue before (None on the last page)."""
    query = CapturedMail.filter(workspace_id=principal.workspace_id)
    if before is not None:
        query = query.filter(id__lt=before)
    rows = await query.order_by("-id").limit(limit + 1)
    more, rows = len(rows) > limit, rows[:limit]
    await _read(principal, rows)
    return rows, rows[-1].id if more else None


async def one(principal: Principal, mail_id: int) -> CapturedMail:
    """One captured message of the workspace; NotFound for another workspace's."""
    mail = await CapturedMail.get_or_none(id=mail_id, workspace_id=principal.workspace_id)
    if mail is None:
        raise NotFound("no such captured mail")
    await _read(principal, [mail])
    return mail


def parts(mime: str) -> Parts:
    """The headers (decoded), the text and the HTML part of a MIME message."""
    message = email.message_from_string(mime, policy=policy.default)
    assert isinstance(message, EmailMessage)
    headers = [(name, str(value)) for name, value in message.items()]
    order = {name.lower(): i for i, name in enumerate(SHOWN_FIRST)}
    headers.sort(key=lambda h: order.get(h[0].lower(), len(order)))
    bodies = {}
    for kind in ("plain", "html"):
        part = message.get_body(preferencelist=(kind,))
        bodies[kind] = part.get_content() if part is not None else ""
    signed = any(name.lower() == "dkim-signature" for name, _ in headers)
    return Parts(headers, bodies["plain"], bodies["html"], signed)
