"""Signup forms and double opt-in.

A signup records `pending` (or `granted` where the workspace does not require double opt-in)
with its evidence, and sends a confirmation email whose signed link expires after
CONFIRM_LINK_TTL. The link opens a page with a button: only the POST of that button confirms,
because mail security scanners open every link in a message and must not confirm for the
person. Confirming records `confirmed` with the IP, user agent and time of the click.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from jinja2 import Environment, FileSystemLoader, select_autoescape

import templates
from crm import work
from crm.consent import ledger
from crm.contacts import service
from crm.contacts.schemas import ContactIn
from crm.mail import runtime
from crm.mail.mailer import Envelope
from crm.models import (
    ConsentAction,
    ConsentSource,
    ConsentState,
    Contact,
    Purpose,
    SignupForm,
    Topic,
    Workspace,
)
from crm.principal import system

log = logging.getLogger(__name__)

CONFIRM_LINK_TTL = timedelta(days=7)  # double opt-in links expire, as the form promises
CANCEL_LINK_TTL = timedelta(days=30)  # the confirmation mail's unsubscribe link
CONFIRM_SALT = "crm.optin.confirm"
CANCEL_SALT = "crm.optin.cancel"

_mail_templates = Environment(
    loader=FileSystemLoader(Path(templates.__file__).parent / "email"),
    autoescape=select_autoescape(["html"]),
)


class LinkError(Exception):
    """A confirmation or cancel link that is forged, expired or for someone erased."""

    def __init__(self, message: str, *, expired: bool = False) -> None:
        super().__init__(message)
        self.expired = expired


@dataclass(frozen=True)
class Signup:
    email: str
    first_name: str = ""
    last_name: str = ""
    ip: str = ""
    user_agent: str = ""


def _serializer(secret: str, salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=salt)


def make_token(secret: str, contact: Contact, *, salt: str = CONFIRM_SALT) -> str:
    return _serializer(secret, salt).dumps({"c": contact.id, "w": contact.workspace_id})


def read_token(secret: str, token: str, *, salt: str = CONFIRM_SALT) -> tuple[int, int]:
    """(workspace id, contact id) from a link token, or LinkError."""
    ttl = CONFIRM_LINK_TTL if salt == CONFIRM_SALT else CANCEL_LINK_TTL
    try:
        data: Any = _serializer(secret, salt).loads(token, max_age=int(ttl.total_seconds()))
    except SignatureExpired as exc:
        raise LinkError("this link has expired", expired=True) from exc
    except BadSignature as exc:
        raise LinkError("this link is not valid") from exc
    return int(data["w"]), int(data["c"])


async def _topics(form: SignupForm) -> list[Topic]:
    return await Topic.filter(workspace_id=form.workspace_id, key__in=form.topics)


async def submit(form: SignupForm, signup: Signup) -> Contact:
    """Record a signup from `form`; send the confirmation email when double opt-in applies."""
    workspace = await Workspace.get(id=form.workspace_id)
    actor = system(workspace.id, f"form {form.name}")
    result = await service.upsert(
        actor,
        ContactIn(
            email=signup.email,
            first_name=signup.first_name,
            last_name=signup.last_name,
            source="form",
        ),
    )
    contact = result.contact
    action = ConsentAction.PENDING if workspace.double_opt_in else ConsentAction.GRANTED
    evidence = {
        "ip": signup.ip,
        "user_agent": signup.user_agent,
        "wording": form.wording,
        "form_id": form.key,
    }
    for topic_id in [0, *[t.id for t in await _topics(form)]]:
        await ledger.record(
            actor,
            contact,
            ledger.Grant(Purpose.EMAIL_MARKETING, action, ConsentSource.FORM, topic_id, evidence),
        )
    if action == ConsentAction.PENDING:
        await work.enqueue("consent.send_confirmation", contact.id)
    return contact


async def confirm(workspace_id: int, contact_id: int, ip: str, user_agent: str) -> bool:
    """Confirm the pending signups of a contact; False if there was nothing pending."""
    contact = await Contact.get_or_none(
        id=contact_id, workspace_id=workspace_id, erased_at__isnull=True
    )
    if contact is None:
        raise LinkError("this subscription no longer exists")
    confirmed = await ledger.transition(
        system(workspace_id, "double opt-in"),
        contact,
        ConsentAction.CONFIRMED,
        ConsentSource.FORM,
        {"ip": ip, "user_agent": user_agent, "confirmed_via": "confirmation link"},
        purposes=(Purpose.EMAIL_MARKETING,),
        among=(ConsentAction.PENDING,),
    )
    return confirmed > 0


async def cancel(workspace_id: int, contact_id: int, ip: str, user_agent: str) -> None:
    """Withdraw a signup from the confirmation mail's unsubscribe link (RFC 8058)."""
    contact = await Contact.get_or_none(
        id=contact_id, workspace_id=workspace_id, erased_at__isnull=True
    )
    if contact is None:
        return
    await ledger.transition(
        system(workspace_id, "unsubscribe link"),
        contact,
        ConsentAction.WITHDRAWN,
        ConsentSource.UNSUBSCRIBE_LINK,
        {"ip": ip, "user_agent": user_agent},
        purposes=(Purpose.EMAIL_MARKETING,),
    )


def confirmation_message(workspace: Workspace, contact: Contact) -> EmailMessage:
    """The confirmation email, with its signed link and RFC 8058 unsubscribe headers."""
    settings = runtime.settings()
    secret = settings.resolve_secret_key()
    base = settings.public_url.rstrip("/")
    confirm_url = f"{base}/f/confirm/{make_token(secret, contact)}"
    cancel_url = f"{base}/f/cancel/{make_token(secret, contact, salt=CANCEL_SALT)}"
    context = {
        "workspace": workspace.name,
        "first_name": contact.first_name,
        "confirm_url": confirm_url,
        "cancel_url": cancel_url,
        "days": CONFIRM_LINK_TTL.days,
    }
    message = EmailMessage()
    message["From"] = f"{workspace.name} <{settings.sender}>"
    message["To"] = contact.email
    message["Subject"] = f"Please confirm your subscription to {workspace.name}"
    message["Message-ID"] = make_msgid(domain=settings.sender.split("@")[-1])
    message["List-Unsubscribe"] = f"<{cancel_url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(_mail_templates.get_template("confirm.txt").render(context))
    message.add_alternative(
        _mail_templates.get_template("confirm.html").render(context), subtype="html"
    )
    return message


@work.task("consent.send_confirmation")
async def send_confirmation(ref: str) -> None:
    """Send (again) the confirmation mail of a contact still pending; idempotent enough:
    a retry after a crash may send a second copy, never a confirmation."""
    contact = await Contact.get_or_none(id=int(ref), erased_at__isnull=True)
    if contact is None:
        return
    still_pending = await ConsentState.exists(
        contact_id=contact.id,
        purpose=Purpose.EMAIL_MARKETING,
        topic_id=0,
        status=ConsentAction.PENDING,
    )
    if not still_pending:
        return
    workspace = await Workspace.get(id=contact.workspace_id)
    message = confirmation_message(workspace, contact)
    reply = await runtime.send_service_mail(message, Envelope(workspace.id, contact.id))
    log.info("confirmation sent", extra={"contact": contact.id, "reply": reply})
