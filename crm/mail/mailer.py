"""The Mailer seam and its two implementations.

A `Mailer` hands one finished MIME message to its destination and answers the server's
reply: an `EmailMessage` (`send`), or bytes already written, as campaigns write them
(`send_raw`); `concurrency` says how many sends may be in flight at once; `aclose()` releases
its connections. `SmtpMailer` is the product (aiosmtplib, a pool of kept-alive connections
whose use `stats()` reports, STARTTLS or implicit TLS, AUTH); `CaptureMailer` stores the
message in the database instead, for the embedded default and for looking at what would go.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib

from crm.mail import transaction
from crm.mail.errors import PermanentMailError, smtp_errors
from crm.models.mail import CapturedMail

DEFAULT_POOL_SIZE = 4  # connections per process; a relay throttles beyond a few anyway
CONNECT_TIMEOUT = 10.0  # seconds
# A connection idle this long is checked with NOOP before use: relays drop idle clients.
IDLE_CHECK = 30.0  # seconds
CAPTURE_CONCURRENCY = 4  # captured messages are database writes


@dataclass(frozen=True)
class Envelope:
    """Who the message is for in our records (so a captured copy can be erased)."""

    workspace_id: int | None = None
    contact_id: int | None = None


class Mailer(Protocol):
    concurrency: int  # sends that may be in flight at once

    async def send(self, message: EmailMessage, envelope: Envelope = Envelope()) -> str:
        """Deliver `message`; return the server's reply. Raises a MailError."""
        ...

    async def send_raw(
        self, mail_from: str, rcpt_to: str, data: bytes, envelope: Envelope = Envelope()
    ) -> str:
        """Deliver the MIME bytes `data` from `mail_from` to `rcpt_to`; the server's reply.
        Raises a MailError."""
        ...

    async def aclose(self) -> None: ...


class CaptureMailer:
    """Keeps every message in `captured_mail` instead of sending it."""

    concurrency = CAPTURE_CONCURRENCY

    async def send(self, message: EmailMessage, envelope: Envelope = Envelope()) -> str:
        return await self._keep(
            str(message["From"] or ""), str(message["To"] or ""), message, envelope
        )

    async def send_raw(
        self, mail_from: str, rcpt_to: str, data: bytes, envelope: Envelope = Envelope()
    ) -> str:
        headers = BytesHeaderParser(policy=default_policy).parsebytes(data)
        return await self._keep(mail_from, rcpt_to, headers, envelope, data.decode())

    async def _keep(
        self,
        mail_from: str,
        rcpt_to: str,
        message: EmailMessage,
        envelope: Envelope,
        mime: str | None = None,
    ) -> str:
        row = await CapturedMail.create(
            workspace_id=envelope.workspace_id,
            contact_id=envelope.contact_id,
            mail_from=mail_from,
            rcpt_to=rcpt_to,
            subject=str(message["Subject"] or ""),
            mime=message.as_string() if mime is None else mime,
        )
        return f"250 captured as {row.id}"

    async def aclose(self) -> None:
        return None


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    use_tls: bool  # implicit TLS (smtps://, usually port 465)
    start_tls: bool | None  # None: upgrade when the server offers STARTTLS
    username: str | None
    password: str | None
    pool_size: int
    validate_certs: bool
    helo: str | None = None  # the name given in EHLO; None: this machine's FQDN

    @classmethod
    def from_url(cls, url: str) -> SmtpConfig:
        """`smtp://user:pass@host:587?starttls=require&pool=8&helo=mx.shop.example`,
        `smtps://host:465`."""
        parts = urlsplit(url)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        implicit = parts.scheme == "smtps"
        starttls = query.get("starttls", "auto")
        return cls(
            host=parts.hostname or "localhost",
            port=parts.port or (465 if implicit else 25),
            use_tls=implicit,
            start_tls=None if starttls == "auto" else starttls in ("require", "true", "1"),
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            pool_size=max(1, min(int(query.get("pool", DEFAULT_POOL_SIZE)), 64)),
            validate_certs=query.get("verify", "true") != "false",
            helo=query.get("helo") or None,
        )


@dataclass
class PoolStats:
    """What the connection pool has done: read it to size the pool (SMTP_URL `pool=`)."""

    size: int
    open: int = 0  # connections open now
    in_use: int = 0  # of those, carrying a message now
    waiting: int = 0  # sends waiting for a free connection now
    sent: int = 0
    failed: int = 0
    connects: int = 0  # connections opened so far (reconnects included)
    waited: float = 0.0  # seconds spent waiting for a free connection, in all
    longest_wait: float = 0.0


class SmtpMailer:
    """Sends through an SMTP relay over a pool of kept-alive connections."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config
        self.concurrency = config.pool_size
        self._idle: asyncio.Queue[tuple[aiosmtplib.SMTP, float]] = asyncio.Queue()
        self._slots = asyncio.Semaphore(config.pool_size)
        self._stats = PoolStats(size=config.pool_size)
        self._helo = config.helo
        self._helo_lookup = asyncio.Lock()

    def stats(self) -> PoolStats:
        return self._stats

    async def _connect(self) -> aiosmtplib.SMTP:
        c = self.config
        # Looked up once: left to aiosmtplib, every new connection would wait for a DNS
        # lookup in the loop's shared thread pool, behind whatever else occupies it.
        async with self._helo_lookup:
            if self._helo is None:
                self._helo = await asyncio.to_thread(socket.getfqdn)
        client = aiosmtplib.SMTP(
            hostname=c.host,
            port=c.port,
            use_tls=c.use_tls,
            start_tls=c.start_tls,
            username=c.username,
            password=c.password,
            validate_certs=c.validate_certs,
            timeout=CONNECT_TIMEOUT,
            local_hostname=self._helo,
        )
        with smtp_errors():
            await client.connect()
        self._stats.connects += 1
        self._stats.open += 1
        return client

    async def _take(self) -> aiosmtplib.SMTP:
        """An idle connection that still answers, or a new one."""
        while not self._idle.empty():
            client, since = self._idle.get_nowait()
            if client.is_connected and time.monotonic() - since < IDLE_CHECK:
                return client
            try:
                await client.noop()
                return client
            except (aiosmtplib.SMTPException, OSError):
                self._discard(client)
            except BaseException:  # cancelled mid-check: the connection is in no state to keep
                self._discard(client)
                raise
        return await self._connect()

    def _discard(self, client: aiosmtplib.SMTP) -> None:
        client.close()
        self._stats.open -= 1

    @contextlib.asynccontextmanager
    async def _connection(self) -> AsyncIterator[aiosmtplib.SMTP]:
        stats = self._stats
        asked = time.monotonic()
        stats.waiting += 1
        try:
            await self._slots.acquire()
        finally:
            stats.waiting -= 1
        waited = time.monotonic() - asked
        stats.waited += waited
        stats.longest_wait = max(stats.longest_wait, waited)
        healthy = False
        try:
            client = await self._take()
            stats.in_use += 1
            try:
                yield client
                healthy = True
                stats.sent += 1
            except PermanentMailError:
                healthy = True  # a refusal: the envelope has been reset
                stats.failed += 1
                raise
            except BaseException:
                stats.failed += 1
                raise
            finally:
                stats.in_use -= 1
                # Anything else (a timeout, a cancelled task mid-transaction) may leave the
                # connection half-way through a message: never hand it out again.
                if healthy and client.is_connected:
                    self._idle.put_nowait((client, time.monotonic()))
                else:
                    self._discard(client)
        finally:
            self._slots.release()

    async def send(self, message: EmailMessage, envelope: Envelope = Envelope()) -> str:
        async with self._connection() as client:
            with smtp_errors():
                _, reply = await client.send_message(message)
        return reply

    async def send_raw(
        self, mail_from: str, rcpt_to: str, data: bytes, envelope: Envelope = Envelope()
    ) -> str:
        """`data` best ends its lines in CRLF already: it is then written as it is, in one
        piece, with MAIL, RCPT and DATA pipelined when the server allows (crm/mail/
        transaction.py); the reply with its code."""
        async with self._connection() as client:
            with smtp_errors():
                return await transaction.send(client, mail_from, rcpt_to, data)

    async def aclose(self) -> None:
        while not self._idle.empty():
            client, _ = self._idle.get_nowait()
            with contextlib.suppress(aiosmtplib.SMTPException, OSError):
                await client.quit()
            self._stats.open -= 1


def from_url(url: str) -> Mailer:
    """The mailer for SMTP_URL: `capture://`, `smtp://…` or `smtps://…`."""
    scheme = urlsplit(url).scheme
    if scheme == "capture":
        return CaptureMailer()
    if scheme in ("smtp", "smtps"):
        return SmtpMailer(SmtpConfig.from_url(url))
    raise ValueError(f"unsupported SMTP_URL scheme {scheme!r}: use capture://, smtp:// or smtps://")
