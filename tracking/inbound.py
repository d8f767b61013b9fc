"""Unsubscribes by email: the `mailto:unsub+{token}@{sender domain}` of List-Unsubscribe.

    POST /inbound/unsubscribe
    Authorization: Bearer <API key>      (or Basic auth with the key as the password)
    {"recipient": "unsub+TOKEN@news.example", "sender": "person@example.org"}

Point the inbound-mail webhook of the sending domain here. It authenticates with an API key
of the workspace (role marketer or higher): as a bearer token, or, for inbound-mail services
that only take credentials inside the webhook URL, as the Basic password
(`https://inbound:KEY@crm.example/inbound/unsubscribe`). The body is JSON, urlencoded or
multipart; `recipient` (Mailgun's name; Postmark's `OriginalRecipient` is read too) may hold a
whole To header, and its first `unsub+TOKEN@` address counts. The token is the link's, spelled
in base32 (`crm.tokens.mailbox`), so that it holds in whatever case a mail system hands the
address over; it must be of the key's workspace. Addresses of messages sent before that
spelling, `unsubscribe+TOKEN@` with the link's own token, are still read (their case intact).
The withdrawal's evidence says `mailto` and keeps the sender address.

Answers 200 `{"status": "unsubscribed"}` (also when there was nothing left to withdraw), 401
without a valid key, 403 for a viewer's key, 404 when the token names nothing of the key's
workspace, 422 when no address carries a genuine token.
"""

from __future__ import annotations

import base64
import binascii
import re

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from crm.api.errors import from_crm_error
from crm.api.routing import read_json
from crm.errors import CrmError, Forbidden, Invalid, NotFound, Unauthenticated
from crm.models import ApiKey, Role
from crm.security import apikeys
from crm.settings import signing_secrets
from crm.tokens import Claims, Kind, TokenError, verify, verify_mailbox
from tracking import unsubscribe
from tracking.unsubscribe import Method

RECIPIENT_FIELDS = ("recipient", "OriginalRecipient")
SENDER_FIELDS = ("sender", "From")
MAX_FIELD = 2000  # a To header with a few dozen addresses
_ADDRESS = re.compile(r"unsub\+([a-z2-7]{1,64})@", re.IGNORECASE)
_EARLIER_ADDRESS = re.compile(r"unsubscribe\+([A-Za-z0-9_-]{1,64})@", re.IGNORECASE)


async def _key(request: Request) -> ApiKey:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "basic":
        try:
            value = base64.b64decode(value.strip(), validate=True).decode().partition(":")[2]
        except (binascii.Error, UnicodeDecodeError):
            value = ""
    elif scheme.lower() != "bearer":
        value = ""
    if not value.strip():
        raise Unauthenticated("send an API key as a bearer token or as the Basic password")
    key = await apikeys.authenticate(value.strip())
    if not Role(key.role).allows(Role.MARKETER):
        raise Forbidden("this action needs the marketer role or higher")
    return key


async def _fields(request: Request) -> dict[str, str]:
    if "json" in request.headers.get("content-type", ""):
        data = await read_json(request)
        if not isinstance(data, dict):
            raise Invalid("send a JSON object", field="recipient")
        return {k: str(v)[:MAX_FIELD] for k, v in data.items() if v is not None}
    form = await request.form(max_files=0, max_fields=100)
    return {k: v[:MAX_FIELD] for k, v in form.items() if isinstance(v, str)}


def _first(fields: dict[str, str], names: tuple[str, ...]) -> str:
    return next((fields[name] for name in names if fields.get(name)), "")


def _claims(request: Request, recipient: str) -> Claims:
    """The claims of the token in the first unsubscribe address of `recipient`."""
    secrets = signing_secrets(request.app.state.settings)
    try:
        if found := _ADDRESS.search(recipient):
            return verify_mailbox(secrets, found.group(1), Kind.UNSUBSCRIBE)
        if found := _EARLIER_ADDRESS.search(recipient):
            return verify(secrets, found.group(1), Kind.UNSUBSCRIBE)
    except TokenError as exc:
        raise Invalid("the address carries no genuine token", field="recipient") from exc
    raise Invalid("no unsub+TOKEN@ address in `recipient`", field="recipient")


async def receive(request: Request) -> Response:
    """Unsubscribe the person whose mailbox wrote to an `unsub+TOKEN@` address."""
    try:
        key = await _key(request)
        fields = await _fields(request)
        claims = _claims(request, _first(fields, RECIPIENT_FIELDS))
        sub = await unsubscribe.find(claims) if claims.workspace_id == key.workspace_id else None
        if sub is None:
            raise NotFound("this token names no subscription of this workspace")
        proof = unsubscribe.evidence(Method.MAILTO, "", "", sub.message)
        proof["mail_from"] = _first(fields, SENDER_FIELDS)
        await unsubscribe.unsubscribe(sub, proof)
    except CrmError as exc:
        return from_crm_error(exc)
    return JSONResponse({"status": "unsubscribed"})
