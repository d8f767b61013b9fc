"""One mail transaction of bytes already written for the wire, on a connected aiosmtplib client.

aiosmtplib's `mail`, `rcpt` and `data` cost a round trip each plus DATA's, and `data` passes
over the message twice (line endings, then dot-stuffing, each a regex substitution over the
whole message): for a 24 KB campaign message that is half of what handing it over costs. Here
the message, whose lines end in CRLF already, is dot-stuffed only when a line starts with a
dot (one search) and written to the transport in one piece; when the server offers
PIPELINING (RFC 2920), MAIL, RCPT and DATA go out together, so a message costs two round trips
instead of four.

aiosmtplib's protocol reads one reply per command written and drops bytes that arrive while no
command waits for them, so it cannot read the replies to commands sent together: for the
length of the transaction the connection's transport delivers to `_Replies` instead, and is
handed back afterwards. The session itself (greeting, EHLO, STARTTLS, AUTH, NOOP, QUIT) stays
aiosmtplib's. Errors are aiosmtplib's exception types, which crm/mail/errors.py translates.
"""

from __future__ import annotations

import asyncio
import re
from collections import deque

import aiosmtplib
from aiosmtplib.protocol import normalize_message_line_endings

MAX_REPLY = 32 * 1024  # bytes of one reply, continuation lines included (as aiosmtplib)
# What may not appear in an address written between angle brackets (a command's end, a space
# that would start an option, another bracket).
_UNSAFE_ADDRESS = re.compile(r"[\x00-\x20<>\x7f]")
_LINE_DOT = re.compile(rb"\n\.")  # a regex search: twice as fast as bytes.find here
_ENVELOPE_OK = (
    frozenset({250}),  # MAIL
    frozenset({250, 251}),  # RCPT
    frozenset({354}),  # DATA
)


class _Replies(asyncio.Protocol):
    """Collects a connection's SMTP replies, however many arrive in one read."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.buffer = bytearray()
        self.replies: deque[aiosmtplib.SMTPResponse] = deque()
        self.lines: list[str] = []  # of a multiline reply still arriving
        self.failure: str = ""  # why no more replies will come
        self.waiter: asyncio.Future[None] | None = None
        self.wanted = 0

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\n")) != -1:
            line = bytes(self.buffer[: end + 1])
            del self.buffer[: end + 1]
            if not line[:3].isdigit():
                self._fail(f"Malformed SMTP response line: {line[:80]!r}")
                return
            self.lines.append(line[4:].strip(b" \t\r\n").decode("utf-8", "surrogateescape"))
            if line[3:4] != b"-":
                self.replies.append(aiosmtplib.SMTPResponse(int(line[:3]), "\n".join(self.lines)))
                self.lines = []
        if len(self.buffer) + sum(map(len, self.lines)) > MAX_REPLY:
            self._fail("Response too long")
        self._wake()

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail("Connection lost")

    def eof_received(self) -> bool:
        self._fail("Unexpected EOF received")
        return False  # the transport closes itself

    def _fail(self, why: str) -> None:
        self.failure = self.failure or why
        self._wake()

    def _wake(self) -> None:
        waiter = self.waiter
        ready = len(self.replies) >= self.wanted or self.failure
        if waiter is not None and not waiter.done() and ready:
            waiter.set_result(None)

    def _expire(self) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(
                aiosmtplib.SMTPReadTimeoutError("Timed out waiting for server response")
            )

    async def take(self, count: int, timeout: float | None) -> list[aiosmtplib.SMTPResponse]:
        """The next `count` replies, waiting at most `timeout` seconds for them."""
        if len(self.replies) < count and not self.failure:
            self.wanted = count
            self.waiter = self.loop.create_future()
            timer = self.loop.call_later(timeout, self._expire) if timeout else None
            try:
                await self.waiter
            finally:
                self.waiter = None
                if timer is not None:
                    timer.cancel()
        if len(self.replies) < count:
            raise aiosmtplib.SMTPServerDisconnected(self.failure)
        return [self.replies.popleft() for _ in range(count)]


def for_data(message: bytes) -> bytes:
    """`message` as DATA transmits it: a dot doubled at the start of a line, the closing dot.

    Its lines must end in CRLF already (MIME written by campaigns/mime.py does): checking
    every line would cost more than the rest of the hand-over, so only the first line is
    looked at, which catches a message written with bare LFs; such a message is converted.
    """
    first = message.find(b"\n")
    if first < 1 or message[first - 1] != 13 or not message.endswith(b"\r\n"):  # 13: CR
        message = normalize_message_line_endings(message)
    if message.startswith(b"."):
        message = b"." + message
    if _LINE_DOT.search(message):
        message = message.replace(b"\n.", b"\n..")
    return message + b".\r\n"


def _address(address: str) -> bytes:
    if _UNSAFE_ADDRESS.search(address):
        raise ValueError(f"an address that cannot be written in a command: {address!r}")
    return b"<" + address.encode("ascii") + b">"


async def send(client: aiosmtplib.SMTP, mail_from: str, rcpt_to: str, message: bytes) -> str:
    """Hand `message` (MIME bytes, best with CRLF line ends) from `mail_from` to `rcpt_to`
    over `client`, connected (greeted with EHLO first if it was not yet); the server's reply
    with its code.

    Raises aiosmtplib's exceptions: SMTPSenderRefused, SMTPRecipientRefused or SMTPDataError
    for a refusal (the envelope is then reset, the connection can carry the next message),
    SMTPServerDisconnected or SMTPReadTimeoutError when the connection cannot go on.
    """
    if client.is_ehlo_or_helo_needed:  # connecting without STARTTLS or AUTH greets nobody
        try:
            await client.ehlo()
        except aiosmtplib.SMTPHeloError:
            await client.helo()
    transport = client.transport
    if transport is None or transport.is_closing() or client.protocol is None:
        raise aiosmtplib.SMTPServerDisconnected("Connection lost")
    wire = for_data(message)
    size = b" SIZE=%d" % (len(wire) - 3) if client.supports_extension("size") else b""
    commands = (
        b"MAIL FROM:" + _address(mail_from) + size + b"\r\n",
        b"RCPT TO:" + _address(rcpt_to) + b"\r\n",
        b"DATA\r\n",
    )
    replies = _Replies(asyncio.get_running_loop())
    transport.set_protocol(replies)
    try:
        return await _exchange(
            transport,  # type: ignore[arg-type]
            replies,
            commands,
            wire,
            pipelining=client.supports_extension("pipelining"),
            timeout=client.timeout,
            refused=(mail_from, rcpt_to),
        )
    finally:
        if not transport.is_closing():
            transport.set_protocol(client.protocol)


async def _exchange(
    transport: asyncio.WriteTransport,
    replies: _Replies,
    commands: tuple[bytes, bytes, bytes],
    wire: bytes,
    *,
    pipelining: bool,
    timeout: float | None,
    refused: tuple[str, str],
) -> str:
    if pipelining:
        transport.write(b"".join(commands))
        answers = await replies.take(len(commands), timeout)
    else:
        answers = []
        for command, expected in zip(commands, _ENVELOPE_OK, strict=True):
            transport.write(command)
            answers += await replies.take(1, timeout)
            if answers[-1].code not in expected:
                break
    for stage, (answer, expected) in enumerate(zip(answers, _ENVELOPE_OK, strict=False)):
        if answer.code not in expected:
            if answers[-1].code == 354:
                # Pipelined past a refused envelope, and the server still waits for a
                # message (RFC 2920 section 3.1): an empty one, which it must discard.
                transport.write(b".\r\n")
                await replies.take(1, timeout)
            await _reset(transport, replies, timeout)
            raise _refusal(stage, answer, refused)
    transport.write(wire)
    (final,) = await replies.take(1, timeout)
    if final.code != 250:
        await _reset(transport, replies, timeout)
        raise aiosmtplib.SMTPDataError(final.code, final.message)
    return f"{final.code} {final.message}"


async def _reset(
    transport: asyncio.WriteTransport, replies: _Replies, timeout: float | None
) -> None:
    """RSET after a refusal, so the connection can carry the next message; a connection
    that does not answer it is closed (the pool then drops it), the refusal still stands."""
    transport.write(b"RSET\r\n")
    try:
        (answer,) = await replies.take(1, timeout)
    except aiosmtplib.SMTPException:
        answer = None
    if answer is None or answer.code != 250:
        transport.close()


def _refusal(
    stage: int, answer: aiosmtplib.SMTPResponse, refused: tuple[str, str]
) -> aiosmtplib.SMTPResponseException:
    if stage == 0:
        return aiosmtplib.SMTPSenderRefused(answer.code, answer.message, refused[0])
    if stage == 1:
        return aiosmtplib.SMTPRecipientRefused(answer.code, answer.message, refused[1])
    return aiosmtplib.SMTPDataError(answer.code, answer.message)
