"""Every message as its recipient's server receives it: the raw MIME parsed back."""

from __future__ import annotations

import re
from unittest import mock

import dkim as dkimpy
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from campaigns import dkim
from campaigns.models import CampaignLink, Message, SenderProfile
from crm.mail import dkim as mail_dkim
from crm.mail import runtime
from crm.settings import signing_secrets
from crm.tokens import HONEYPOT_LINK, Kind, mailbox, verify
from tests.campaigns.conftest import FROM, POSTAL, make_campaign, profile, send_now, subscriber

_URL = re.compile(r"https://crm\.example\.test/(t/c|t/o|u)/([A-Za-z0-9_-]+)")


def _claims(kind: Kind, token: str):  # type: ignore[no-untyped-def]
    return verify(signing_secrets(runtime.settings()), token, kind)


async def _one_message(workspace, actor, sink, **campaign):  # type: ignore[no-untyped-def]
    contact = await subscriber(actor, "zoe@example.org", first_name="Zoë", last_name="O'Brien")
    sent = await send_now(actor, await make_campaign(workspace, **campaign))
    [received] = sink.received
    row = await Message.get(campaign_id=sent.id, contact_id=contact.id)
    return sent, row, received


# Rule: every message carries From, To, Subject, Date, a stable Message-ID, RFC 2369/8058
# unsubscribe headers (an https page and a mailto on the sender's domain, both naming this
# message with a signed token) and a text and an HTML part.
async def test_the_raw_message_parses_back_with_every_header(workspace, actor, sink):
    campaign, row, received = await _one_message(workspace, actor, sink)
    message = received.message
    assert received.mail_from == FROM and received.rcpt_to == "zoe@example.org"
    assert message["From"] == f"The Shop <{FROM}>"
    assert message["To"] == "Zoë O'Brien <zoe@example.org>"
    assert message["Subject"] == "News for Zoë"
    assert message["Date"] is not None
    assert (
        message["Message-ID"]
        == row.message_id
        == f"<{row.id}.{(await campaign.send).nonce}@shop.example>"
    )  # type: ignore[attr-defined]
    web, mail = re.fullmatch(
        r"<(https://[^>]+)>, <mailto:([^>]+)>", message["List-Unsubscribe"]
    ).groups()  # type: ignore[union-attr]
    token = web.rsplit("/", 1)[1]
    assert web == f"https://crm.example.test/u/{token}"
    assert mail == f"unsub+{mailbox(token)}@shop.example"  # base32: any case reads the same
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    claims = _claims(Kind.UNSUBSCRIBE, token)
    assert (claims.workspace_id, claims.message_id) == (workspace.id, row.id)
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]


# Rule: both parts carry the unsubscribe link and the sender's postal address; links go
# through signed click URLs naming a stored link by index (never a URL); the HTML has the
# open pixel and, first in the body, the hidden honeypot link.
async def test_the_body_links_are_tracked_and_the_footer_is_complete(workspace, actor, sink):
    campaign, row, received = await _one_message(workspace, actor, sink)
    message = received.message
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    unsubscribe = message["List-Unsubscribe"].split(">")[0][1:]
    for part in (html, text):
        assert unsubscribe in part
        assert POSTAL in part
        assert "https://shop.example/hoodie" not in part
    assert text.startswith("Hello Zoë,")
    links = {link.index: link.url for link in await CampaignLink.filter(campaign_id=campaign.id)}
    assert links == {0: "https://shop.example/hoodie?utm=mail&x=1"}
    clicks = [_claims(Kind.CLICK, token) for kind, token in _URL.findall(html) if kind == "t/c"]
    assert [c.link for c in clicks] == [HONEYPOT_LINK, 0]
    assert all(c.message_id == row.id for c in clicks)
    assert re.search(
        r'<body[^>]*><a href="https://crm\.example\.test/t/c/[^"]+" style="display:none"', html
    )
    [pixel] = [token for kind, token in _URL.findall(html) if kind == "t/o"]
    assert _claims(Kind.OPEN, pixel).message_id == row.id
    # CSS is inlined where mail clients read it
    assert '<p style="color: #333333;">Hello Zoë,</p>' in html


# Rule: with tracking off, links are left as written and there is no pixel; the unsubscribe
# link is still there.
async def test_tracking_off_leaves_links_alone_and_adds_no_pixel(workspace, actor, sink):
    _, _, received = await _one_message(workspace, actor, sink, tracking=False)
    html = received.message.get_body(("html",)).get_content()
    assert 'href="https://shop.example/hoodie?utm=mail&amp;x=1"' in html
    assert "/t/o/" not in html and "/t/c/" not in html
    assert "https://crm.example.test/u/" in html


# Rule: a template that hides its own unsubscribe link behind a condition still sends one.
async def test_an_unsubscribe_link_the_template_hides_is_added_again(workspace, actor, sink):
    hidden = '{% if false %}<a href="{{ unsubscribe_url }}">bye</a>{% endif %}'
    html = f"<html><body><p>Hi</p>{hidden}</body></html>"
    _, _, received = await _one_message(
        workspace, actor, sink, html=html, text="Hi {% if false %}{{ unsubscribe_url }}{% endif %}"
    )
    message = received.message
    unsubscribe = message["List-Unsubscribe"].split(">")[0][1:]
    assert unsubscribe in message.get_body(("html",)).get_content()
    assert unsubscribe in message.get_body(("plain",)).get_content()


# Rule: with a DKIM key, the signature verifies with the published public key and covers
# From, Subject and both List-Unsubscribe headers, so none can be changed or added.
async def test_the_dkim_signature_verifies_and_covers_the_unsubscribe_headers(
    workspace, actor, sink
):
    record = await dkim.generate(await profile(workspace), "shop.example", "news2026")
    _, _, received = await _one_message(workspace, actor, sink)
    published = {b"news2026._domainkey.shop.example.": record.encode()}

    def dns(name: bytes, timeout: int = 5) -> bytes | None:
        return published.get(name)

    assert dkimpy.verify(received.data, dnsfunc=dns)
    signature = received.message["DKIM-Signature"]
    signed = {h.strip() for h in re.search(r"h=([^;]+)", signature).group(1).split(":")}  # type: ignore[union-attr]
    assert {"from", "to", "subject", "list-unsubscribe", "list-unsubscribe-post"} <= signed
    tampered = received.data.replace(
        b"List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        b"List-Unsubscribe-Post: List-Unsubscribe=Nope",
    )
    assert not dkimpy.verify(tampered, dnsfunc=dns)
    added = received.data.replace(
        b"MIME-Version:", b"List-Unsubscribe: <https://evil.example/>\r\nMIME-Version:", 1
    )
    assert not dkimpy.verify(added, dnsfunc=dns)


# Rule: the signer's RSA step, done by OpenSSL, gives dkimpy's own signature byte for byte.
def test_the_signature_is_dkimpys_own():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    message = b"From: a@shop.example\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nbody\r\n" * 3
    with mock.patch("time.time", return_value=1_790_000_000):
        ours = mail_dkim.Signer("shop.example", "s1", pem).sign(message)
        theirs = dkimpy.sign(
            message,
            b"s1",
            b"shop.example",
            pem,
            canonicalize=(b"relaxed", b"simple"),
            include_headers=mail_dkim.SIGNED_HEADERS,
            linesep=b"\r\n",
        )
    assert ours == theirs + message


# Rule: the DKIM key is stored sealed, never as PEM.
async def test_the_dkim_key_is_stored_sealed(workspace):
    await dkim.generate(await profile(workspace), "shop.example", "s1")
    stored = (await SenderProfile.get(workspace_id=workspace.id)).dkim_private_key
    assert "PRIVATE KEY" not in stored
    assert dkim.signer(await SenderProfile.get(workspace_id=workspace.id)).private_pem.startswith(
        b"-----BEGIN RSA PRIVATE KEY"
    )  # type: ignore[union-attr]


# Rule: a contact's name cannot add a header (line breaks are flattened).
async def test_a_line_break_in_a_name_cannot_add_a_header(workspace, actor, sink):
    await subscriber(actor, "eve@example.org", first_name="Eve\r\nBcc: all@example.org")
    await send_now(actor, await make_campaign(workspace))
    [received] = sink.received
    assert received.message.get_all("Bcc") is None
    assert received.rcpt_to == "eve@example.org"


# Rule: a part is 7bit when it can be, quoted-printable for a line too long for SMTP, base64
# for other characters; the text reads back the same either way.
@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        ("<p>plain ASCII</p>", "7bit"),
        ("<p>" + "long line " * 120 + "</p>", "quoted-printable"),
        ("<p>Grüße aus Köln</p>", "base64"),
    ],
)
async def test_a_part_is_7bit_when_it_can_be_and_encoded_otherwise(
    workspace, actor, sink, body, encoding
):
    html = f"<html><body>{body}</body></html>"
    _, _, received = await _one_message(workspace, actor, sink, html=html)
    part = received.message.get_body(("html",))
    assert part["Content-Transfer-Encoding"] == encoding
    assert body in part.get_content()
