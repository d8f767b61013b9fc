"""The unsubscribe page and preference centre at `/u/{token}`: no login, the token is the key.

GET  /u/{token}   the page: a confirm button and the topics; a GET alone changes nothing,
                  because link scanners and prefetchers follow every link of a message
POST /u/{token}   `List-Unsubscribe=One-Click` (RFC 8058, from the mailbox provider, urlencoded
                  or multipart, no cookies): unsubscribes and answers 200, never a redirect;
                  `action=unsubscribe` (the page's button): the same, then the page again;
                  `action=preferences` with `topic` fields: subscribes with those topics

No cookie is read or set, so there is nothing to forge across sites: a POST needs the token,
and whoever holds the token may unsubscribe (as RFC 8058 wants). A token that does not
verify, a message that is gone or a person who was erased get a polite page.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.datastructures import ImmutableMultiDict
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import Response

from crm.tokens import Kind, TokenError
from tracking import unsubscribe, web
from tracking.unsubscribe import Method, Subscription

MAX_BODY = 64 * 1024  # a one-click body is 26 bytes; a preference form, a few hundred
MAX_FIELDS = 500  # one per topic, and a few more
ONE_CLICK = ("List-Unsubscribe", "One-Click")


def _masked(email: str) -> str:
    """`j•••@example.com`: enough for a person to recognise, little for whoever they forward
    the message to."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}"


async def _subscription(secrets: list[str], request: Request) -> Subscription | Response:
    """The token's subscription, or the polite page to answer instead."""
    try:
        claims = web.claims(secrets, request.scope, Kind.UNSUBSCRIBE)
    except TokenError:
        return web.link_not_working(400)
    found = await unsubscribe.find(claims)
    if found is None:
        return web.message(
            "We could not find this subscription",
            "It may have been removed. You will not receive email about it.",
            404,
        )
    if found.erased:
        return web.message(
            "You are not on our list",
            "We hold no data about you any more, and you will not receive email from us.",
        )
    return found


async def _page(sub: Subscription, notice: str = "") -> Response:
    return web.page(
        "unsubscribe.html",
        title="Your email preferences",
        workspace=sub.workspace.name,
        address=_masked(sub.contact.email),
        subscribed=await unsubscribe.subscribed(sub),
        topics=await unsubscribe.topics(sub),
        wording=unsubscribe.SUBSCRIBE_WORDING.format(workspace=sub.workspace.name),
        notice=notice,
    )


@web.sorry_when_down
async def show(secrets: list[str], request: Request) -> Response:
    """GET (and HEAD): the page; never changes anything."""
    found = await _subscription(secrets, request)
    if isinstance(found, Response):
        return found
    return await _page(found)


async def _fields(request: Request) -> ImmutableMultiDict[str, str]:
    """The posted fields; a body without a form content type is read as urlencoded, since
    some senders of the one-click POST leave the type out."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        form = await request.form(max_files=0, max_fields=MAX_FIELDS)
        return ImmutableMultiDict([(k, v) for k, v in form.multi_items() if isinstance(v, str)])
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            break
    pairs = parse_qsl(body[:MAX_BODY].decode("utf-8", "replace"), keep_blank_values=True)
    return ImmutableMultiDict(pairs[:MAX_FIELDS])


def _topic_ids(fields: ImmutableMultiDict[str, str]) -> list[int]:
    return [int(value) for value in fields.getlist("topic") if value.isdigit()]


@web.sorry_when_down
async def submit(secrets: list[str], request: Request) -> Response:
    """POST: one-click, the page's unsubscribe button, or the preference centre's choices."""
    found = await _subscription(secrets, request)
    if isinstance(found, Response):
        # An erased person is unsubscribed already: say so to the one-click sender too.
        return found
    try:
        fields = await _fields(request)
    except MultiPartException:
        return web.message("Sorry", "We could not read this form.", 400)
    ip, agent = web.caller(request.scope)
    if fields.get(ONE_CLICK[0]) == ONE_CLICK[1]:
        proof = unsubscribe.evidence(Method.ONE_CLICK, ip, agent, found.message)
        await unsubscribe.unsubscribe(found, proof)
        return web.message("You are unsubscribed", "You will not receive email from us.")
    action = fields.get("action")
    if action == "unsubscribe":
        proof = unsubscribe.evidence(Method.PAGE, ip, agent, found.message)
        await unsubscribe.unsubscribe(found, proof)
        return await _page(found, "You are unsubscribed: you will not receive email from us.")
    if action == "preferences":
        proof = unsubscribe.evidence(Method.PAGE, ip, agent, found.message)
        await unsubscribe.choose(found, _topic_ids(fields), proof)
        return await _page(found, "Your choices are saved.")
    return web.message("Sorry", "We did not understand this request; nothing was changed.", 400)
