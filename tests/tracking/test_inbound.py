"""mailto: unsubscribes: an inbound-mail webhook, authenticated with an API key, hands over the
address the person wrote to; the token in its local part says who."""

from __future__ import annotations

import base64

import httpx
import pytest

from crm.models import ConsentAction, ConsentEvent, ConsentEvidence, Role, Workspace
from crm.principal import Principal
from crm.security import apikeys
from crm.tokens import Kind, mailbox
from tests.tracking.conftest import make_campaign, make_message, make_reader

URL = "/inbound/unsubscribe"


def _address(tok: str) -> str:
    return f"Shop news <unsub+{mailbox(tok)}@news.shop.example>"


async def _bearer(workspace: Workspace, role: Role = Role.MARKETER) -> dict[str, str]:
    issued = await apikeys.issue(workspace, f"inbound mail {role}", role)
    return {"Authorization": f"Bearer {issued.token}"}


async def _send(
    public: httpx.AsyncClient, recipient: str, headers: dict[str, str], **body: str
) -> httpx.Response:
    return await public.post(URL, json={"recipient": recipient, **body}, headers=headers)


async def _withdrawn(contact_id: int) -> list[ConsentEvent]:
    return await ConsentEvent.filter(contact_id=contact_id, action=ConsentAction.WITHDRAWN)


# The mail the person sent to the List-Unsubscribe address unsubscribes them, with evidence.
async def test_a_mail_to_the_unsubscribe_address_unsubscribes(
    public, workspace, reader, message, token
):
    address = _address(token(Kind.UNSUBSCRIBE, message))
    r = await _send(public, address, await _bearer(workspace), sender=reader.email)
    assert r.status_code == 200 and r.json() == {"status": "unsubscribed"}
    [withdrawal] = await _withdrawn(reader.id)
    evidence = (await ConsentEvidence.get(event_id=withdrawal.id)).data
    assert evidence["method"] == "mailto" and evidence["mail_from"] == reader.email
    assert evidence["ip"] == ""  # the webhook's address is the mail service's, not the person's


# Mail systems may change the case of an address: the token holds in capitals too.
async def test_an_address_in_capitals_still_unsubscribes(public, workspace, reader, message, token):
    address = _address(token(Kind.UNSUBSCRIBE, message)).upper()
    r = await _send(public, address, await _bearer(workspace))
    assert r.status_code == 200
    assert len(await _withdrawn(reader.id)) == 1


# Messages sent before the base32 spelling carry the link's own token: still honoured.
async def test_an_address_of_an_earlier_message_still_unsubscribes(
    public, workspace, reader, message, token
):
    address = f"<unsubscribe+{token(Kind.UNSUBSCRIBE, message)}@news.shop.example>"
    r = await _send(public, address, await _bearer(workspace))
    assert r.status_code == 200
    assert len(await _withdrawn(reader.id)) == 1


# Services that only take credentials in the webhook URL send Basic auth, and forms.
async def test_basic_auth_with_the_key_as_password_and_a_form_body_work(
    public, workspace, reader, message, token
):
    key = (await _bearer(workspace))["Authorization"].removeprefix("Bearer ")
    basic = base64.b64encode(f"inbound:{key}".encode()).decode()
    r = await public.post(
        URL,
        data={"recipient": _address(token(Kind.UNSUBSCRIBE, message))},
        headers={"Authorization": f"Basic {basic}"},
    )
    assert r.status_code == 200
    assert len(await _withdrawn(reader.id)) == 1


# Without a valid key the endpoint does nothing, whatever token it is shown.
@pytest.mark.parametrize(
    "authorization", [None, "Bearer crm_nope_nope", "Basic !!!", "Token abc", "Basic "]
)
async def test_without_a_valid_key_nothing_happens(public, reader, message, token, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    r = await _send(public, _address(token(Kind.UNSUBSCRIBE, message)), headers)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthenticated"
    assert await _withdrawn(reader.id) == []


async def test_a_viewer_key_is_refused(public, workspace, reader, message, token):
    viewer = await _bearer(workspace, Role.VIEWER)
    r = await _send(public, _address(token(Kind.UNSUBSCRIBE, message)), viewer)
    assert r.status_code == 403
    assert await _withdrawn(reader.id) == []


# A workspace's key reaches only its own people: another's token is not found.
async def test_a_key_of_another_workspace_cannot_unsubscribe_here(public, workspace, token):
    other = await Workspace.create(name="B")
    b_actor = Principal(other.id, Role.OWNER, "user", "2", "b@example.com")
    b_reader = await make_reader(b_actor, "b-reader@example.org")
    b_message = await make_message(await make_campaign(other), b_reader)
    r = await _send(public, _address(token(Kind.UNSUBSCRIBE, b_message)), await _bearer(workspace))
    assert r.status_code == 404
    assert await _withdrawn(b_reader.id) == []


# Only a genuine unsubscribe token in the address counts: not a made-up one, not an open's.
@pytest.mark.parametrize(
    "recipient",
    [
        "",
        "hello@news.shop.example",
        "unsubscribe+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA@x",
        "unsub+aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@x",
        "open token",
    ],
)
async def test_an_address_without_a_genuine_token_is_refused(
    public, workspace, reader, message, token, recipient
):
    if recipient == "open token":
        recipient = _address(token(Kind.OPEN, message))
    r = await _send(public, recipient, await _bearer(workspace))
    assert r.status_code == 422 and r.json()["error"]["field"] == "recipient"
    assert await _withdrawn(reader.id) == []
