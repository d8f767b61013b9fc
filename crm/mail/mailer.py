"""The Mailer seam and its two implementations.

A `Mailer` hands one finished MIME message to its destination and answers the server's
reply; `aclose()` releases its connections. `SmtpMailer` is the product (aiosmtplib, a small
pool of kept-alive connections, STARTTLS or implicit TLS, AUTH); `CaptureMailer` stores the
message in the database instead, for the embedded default and for looking at what would go.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib

from crm.mail.errors import TransientMailError, smtp_errors
from crm.models.mail import CapturedMail

DEFAULT_POOL_SIZE = 4  # connections per process; a relay throttles beyond a few anyway
CONNECT_TIMEOUT = 10.0  # seconds


@dataclass(frozen=True)
class Envelope:
    """Who the message is for in our records (so a captured copy can be erased)."""

    workspace_id: int | None = None
    contact_id: int | None = None


class Mailer(Protocol):
    async def send(self, message: EmailMessage, envelope: Envelope = Envelope()) -> str:
        """Deliver `message`; return the server's reply. Raises a MailError."""
        ...

    async def aclose(self) -> None: ...


class CaptureMailer:
    """Keeps every message in `captured_mail` instead of sending it."""

    async def send(self, message: EmailMessage, envelope: Envelope = Envelope()) -> str:
        row = await CapturedMail.create(
            workspace_id=envelope.workspace_id,
            contact_id=envelope.contact_id,
            mail_from=str(message["From"] or ""),
            rcpt_to=str(message["To"] or ""),
            subject=str(message["Subject"] or ""),
            mime=message.as_string(),
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

    @classmethod
    def from_url(cls, url: str) -> SmtpConfig:
        """`smtp://user:pass@host:587?starttls=require&pool=8`, `smtps://host:465`."""
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
        )


class SmtpMailer:
    """Sends through an SMTP relay over a pool of kept-alive connections."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config
        self._idle: asyncio.Queue[aiosmtplib.SMTP] = asyncio.Queue()
        self._slots = asyncio.Semaphore(config.pool_size)

    async def _connect(self) -> aiosmtplib.SMTP:
        c = self.config
        client = aiosmtplib.SMTP(
            hostname=c.host,
            port=c.port,
            use_tls=c.use_tls,
            start_tls=c.start_tls,
            username=c.username,
            password=c.password,
            validate_certs=c.validate_certs,
            timeout=CONNECT_TIMEOUT,
        )
        with smtp_errors():
            await client.connect()
        return client

    @contextlib.asynccontextmanager
    async def _connection(self) -> AsyncIterator[aiosmtplib.SMTP]:
        async with self._slots:
            client = self._idle.get_nowait() if not self._idle.empty() else await self._connect()
            healthy = True
            try:
                yield client
            except TransientMailError:
                healthy = False  # the connection may be half-dead; open a new one next time
                raise
            finally:
                if healthy and client.is_connected:
                    self._idle.put_nowait(client)
                else:
                    client.close()

    async def send(self, message: EmailMessage, envelope: Envelope = Envelope()) -> str:
        async with self._connection() as client:
            with smtp_errors():
                _, reply = await client.send_message(message)
        return reply

    async def aclose(self) -> None:
        while not self._idle.empty():
            client = self._idle.get_nowait()
            with contextlib.suppress(aiosmtplib.SMTPException, OSError):
                await client.quit()


def from_url(url: str) -> Mailer:
    """The mailer for SMTP_URL: `capture://`, `smtp://…` or `smtps://…`."""
    scheme = urlsplit(url).scheme
    if scheme == "capture":
        return CaptureMailer()
    if scheme in ("smtp", "smtps"):
        return SmtpMailer(SmtpConfig.from_url(url))
    raise ValueError(f"unsupported SMTP_URL scheme {scheme!r}: use capture://, smtp:// or smtps://")
