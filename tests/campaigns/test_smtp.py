"""The SMTP pool campaigns send through: SMTP_URL variants (STARTTLS, implicit TLS, AUTH),
kept-alive connections, a bounded and observable pool, and no half-used connection reused."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import socket
import ssl
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from crm.mail.errors import PermanentMailError
from crm.mail.mailer import SmtpConfig, SmtpMailer

MESSAGE = b"From: a@shop.example\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nhello\r\n"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> ssl.SSLContext:
    """A server TLS context with a self-signed certificate for 127.0.0.1."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    folder: Path = tmp_path_factory.mktemp("tls")
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


class Recording:
    """Keeps each message with the login and TLS state of its session. A command named in
    `hold` ("EHLO", "NOOP", "DATA") waits, once reached (`reached`), until `release` is set."""

    def __init__(self, hold: str = "") -> None:
        self.sessions: list[dict[str, Any]] = []
        self.helo: list[str] = []
        self.open_now = 0
        self.most_open = 0
        self.hold = hold
        self.reached = threading.Event()
        self.release = threading.Event()

    async def _maybe_hold(self, command: str) -> None:
        if command == self.hold and not self.release.is_set():
            self.reached.set()
            while not self.release.is_set():
                await asyncio.sleep(0.005)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # type: ignore[no-untyped-def]
        await self._maybe_hold("EHLO")
        session.host_name = hostname
        self.helo.append(hostname)
        return responses

    async def handle_NOOP(self, server, session, envelope, arg):  # type: ignore[no-untyped-def]
        await self._maybe_hold("NOOP")
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.open_now += 1
        self.most_open = max(self.most_open, self.open_now)
        await self._maybe_hold("DATA")
        await asyncio.sleep(0.05)
        self.open_now -= 1
        login = session.auth_data.login if session.auth_data else None
        encrypted = server.transport.get_extra_info("ssl_object") is not None
        self.sessions.append({"login": login, "tls": encrypted})
        return "250 2.0.0 Ok"


def _login(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
    success = (auth_data.login, auth_data.password) == (b"shop", b"s3cret")
    return AuthResult(success=success, handled=False, auth_data=auth_data)


def _server(handler: Recording, **options: Any) -> tuple[Controller, int]:
    port = _free_port()
    controller = Controller(
        handler, hostname="127.0.0.1", port=port, authenticator=_login, **options
    )
    controller.start()
    return controller, port


async def _send(url: str) -> str:
    mailer = SmtpMailer(SmtpConfig.from_url(url))
    try:
        return await mailer.send_raw("a@shop.example", "b@example.org", MESSAGE)
    finally:
        await mailer.aclose()


# Rule: smtp://user:pass@host:port?starttls=require upgrades with STARTTLS, then logs in.
async def test_starttls_with_auth_sends_over_an_encrypted_logged_in_session(tls):
    handler = Recording()
    controller, port = _server(
        handler, tls_context=tls, require_starttls=True, auth_require_tls=True
    )
    try:
        reply = await _send(f"smtp://shop:s3cret@127.0.0.1:{port}?starttls=require&verify=false")
    finally:
        controller.stop()
    assert reply == "250 2.0.0 Ok"
    assert handler.sessions == [{"login": b"shop", "tls": True}]


# Rule: smtps:// speaks TLS from the first byte (port 465 style), then logs in.
async def test_implicit_tls_with_auth_sends(tls):
    handler = Recording()
    controller, port = _server(handler, ssl_context=tls, auth_require_tls=False)
    try:
        await _send(f"smtps://shop:s3cret@127.0.0.1:{port}?verify=false")
    finally:
        controller.stop()
    assert handler.sessions == [{"login": b"shop", "tls": True}]


# Rule: a refused login is a permanent error, with the relay's reply.
async def test_a_wrong_password_is_a_permanent_error(tls):
    controller, port = _server(Recording(), tls_context=tls, auth_require_tls=True)
    try:
        with pytest.raises(PermanentMailError) as refused:
            await _send(f"smtp://shop:wrong@127.0.0.1:{port}?starttls=require&verify=false")
    finally:
        controller.stop()
    assert refused.value.code == 535


# Rule: the pool keeps connections alive, never opens more than its size, and says how long
# senders waited for a connection.
async def test_the_pool_reuses_connections_and_is_bounded():
    handler = Recording()
    controller, port = _server(handler, auth_require_tls=False)
    mailer = SmtpMailer(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}?starttls=false&pool=2"))
    try:
        await asyncio.gather(
            *[mailer.send_raw("a@shop.example", "b@example.org", MESSAGE) for _ in range(8)]
        )
        stats = mailer.stats()
    finally:
        await mailer.aclose()
        controller.stop()
    assert len(handler.sessions) == 8 and handler.most_open <= 2
    assert (stats.size, stats.connects, stats.sent, stats.failed) == (2, 2, 8, 0)
    assert stats.waited > 0 and stats.in_use == 0 and stats.waiting == 0


async def _reached(handler: Recording) -> None:
    """Wait (without blocking the loop) until the server holds the command it was told to."""
    deadline = time.monotonic() + 10
    while not handler.reached.is_set():
        assert time.monotonic() < deadline, f"the server never reached {handler.hold}"
        await asyncio.sleep(0.005)


async def _cancelled_at(handler: Recording, mailer: SmtpMailer) -> None:
    """Start a send, cancel it once the server holds it, then let the server go on."""
    pending = asyncio.create_task(mailer.send_raw("a@shop.example", "b@example.org", MESSAGE))
    try:
        await _reached(handler)
        pending.cancel()
        with pytest.raises(asyncio.CancelledError):
            await pending
    finally:
        handler.release.set()


# Rule: a send cancelled mid-transaction closes its connection; the next send opens a fresh
# one instead of reusing a connection left half-way through a message.
async def test_a_cancelled_send_does_not_leave_its_connection_in_the_pool():
    handler = Recording(hold="DATA")
    controller, port = _server(handler, auth_require_tls=False)
    mailer = SmtpMailer(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}?starttls=false&pool=1"))
    try:
        await _cancelled_at(handler, mailer)
        assert (mailer.stats().open, mailer.stats().connects) == (0, 1)
        assert await mailer.send_raw("a@shop.example", "b@example.org", MESSAGE) == "250 2.0.0 Ok"
        assert (mailer.stats().open, mailer.stats().connects) == (1, 2)
    finally:
        await mailer.aclose()
        controller.stop()


# Rule: a send cancelled while its connection is still being opened leaves nothing open, and
# the next send connects normally.
async def test_a_send_cancelled_while_connecting_leaves_nothing_open():
    handler = Recording(hold="EHLO")
    controller, port = _server(handler, auth_require_tls=False)
    # starttls=auto: connecting includes the EHLO that asks whether the server offers it
    mailer = SmtpMailer(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}?pool=1"))
    try:
        await _cancelled_at(handler, mailer)
        assert (mailer.stats().open, mailer.stats().connects) == (0, 0)
        assert await mailer.send_raw("a@shop.example", "b@example.org", MESSAGE) == "250 2.0.0 Ok"
        assert (mailer.stats().open, mailer.stats().connects) == (1, 1)
    finally:
        await mailer.aclose()
        controller.stop()


# Rule: a send cancelled while the pool checks an idle connection (NOOP) closes that
# connection instead of losing track of it: the pool never counts a connection it dropped.
async def test_a_send_cancelled_during_the_idle_check_closes_that_connection(monkeypatch):
    handler = Recording(hold="NOOP")
    controller, port = _server(handler, auth_require_tls=False)
    mailer = SmtpMailer(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}?starttls=false&pool=1"))
    try:
        await mailer.send_raw("a@shop.example", "b@example.org", MESSAGE)
        monkeypatch.setattr("crm.mail.mailer.IDLE_CHECK", 0.0)  # every idle one is checked
        await _cancelled_at(handler, mailer)
        assert (mailer.stats().open, mailer.stats().in_use) == (0, 0)
        assert await mailer.send_raw("a@shop.example", "b@example.org", MESSAGE) == "250 2.0.0 Ok"
        assert (mailer.stats().open, mailer.stats().connects) == (1, 2)
    finally:
        await mailer.aclose()
        controller.stop()


# Rule: the EHLO name is SMTP_URL's `helo=` when given (receivers check it), and is looked up
# once per mailer otherwise, not once per connection.
async def test_the_ehlo_name_comes_from_the_url_or_is_looked_up_once(monkeypatch):
    handler = Recording()
    controller, port = _server(handler, auth_require_tls=False)
    lookups = []

    def fqdn() -> str:
        lookups.append(1)
        return "worker.shop.example"

    monkeypatch.setattr("crm.mail.mailer.socket", SimpleNamespace(getfqdn=fqdn))
    named = SmtpMailer(
        SmtpConfig.from_url(f"smtp://127.0.0.1:{port}?starttls=false&helo=mx.shop.example")
    )
    unnamed = SmtpMailer(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}?starttls=false&pool=2"))
    try:
        await named.send_raw("a@shop.example", "b@example.org", MESSAGE)
        await asyncio.gather(
            *[unnamed.send_raw("a@shop.example", "b@example.org", MESSAGE) for _ in range(2)]
        )
    finally:
        await named.aclose()
        await unnamed.aclose()
        controller.stop()
    assert unnamed.stats().connects == 2
    assert handler.helo == ["mx.shop.example", "worker.shop.example", "worker.shop.example"]
    assert len(lookups) == 1
