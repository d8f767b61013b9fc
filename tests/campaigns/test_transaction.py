"""Raw sends on a pooled connection (crm/mail/transaction.py): MAIL, RCPT and DATA pipelined
when the server offers PIPELINING, replies however they are split, refusals that leave the
connection usable, and the message arriving exactly as written, dots and all."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiosmtpd.controller import Controller
from hypothesis import given
from hypothesis import strategies as st

from crm.mail.errors import PermanentMailError, TransientMailError
from crm.mail.mailer import SmtpConfig, SmtpMailer
from crm.mail.transaction import for_data

MESSAGE = (
    b"From: a@shop.example\r\nTo: b@example.org\r\nSubject: dots\r\n\r\n"
    b".a line that starts with a dot\r\n..and two\r\n.\r\nend\r\n"
)
EHLO = b"250-relay.test\r\n250-PIPELINING\r\n250 SIZE 10000000\r\n"

Script = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextlib.asynccontextmanager
async def relay(script: Script, *, quits: bool = True) -> AsyncIterator[SmtpMailer]:
    """A one-connection SMTP server playing `script` after the greeting and EHLO, then
    expecting QUIT (or, `quits` false, the connection closed without one), and a mailer (one
    connection, no STARTTLS) pointed at it."""
    done = asyncio.get_running_loop().create_future()

    async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            writer.write(b"220 relay.test ESMTP\r\n")
            assert (await reader.readline()).startswith(b"EHLO ")
            writer.write(EHLO)
            await script(reader, writer)
            if quits:
                assert await reader.readline() == b"QUIT\r\n"
                writer.write(b"221 bye\r\n")
                await writer.drain()
            else:
                assert await reader.read() == b""
            done.set_result(None)
        except BaseException as exc:
            done.set_exception(exc)
        finally:
            writer.close()

    server = await asyncio.start_server(session, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    mailer = SmtpMailer(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}?starttls=false&pool=1"))
    try:
        yield mailer
        await mailer.aclose()
        await asyncio.wait_for(done, 5)  # the script ran to its end, assertions included
    finally:
        server.close()


async def _lines(reader: asyncio.StreamReader, count: int) -> list[bytes]:
    return [await reader.readline() for _ in range(count)]


async def _trickle(writer: asyncio.StreamWriter, data: bytes) -> None:
    """Write `data` a few bytes at a time, so that replies arrive split across reads."""
    for start in range(0, len(data), 3):
        writer.write(data[start : start + 3])
        await writer.drain()
        await asyncio.sleep(0)


# Rule: with PIPELINING offered, MAIL, RCPT and DATA leave together (the server reads all
# three before it answers any: a client waiting for each reply would never get one), then the
# message, dot-stuffed, in one piece; replies split anywhere and multiline are read whole.
async def test_the_envelope_is_pipelined_and_the_message_arrives_as_written():
    async def script(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        assert await _lines(reader, 3) == [
            b"MAIL FROM:<a@shop.example> SIZE=%d\r\n" % (len(MESSAGE) + 3),
            b"RCPT TO:<b@example.org>\r\n",
            b"DATA\r\n",
        ]
        await _trickle(writer, b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with .\r\n")
        body = await reader.readuntil(b"\r\n.\r\n")
        assert body == MESSAGE.replace(b"\r\n.", b"\r\n..") + b".\r\n"
        await _trickle(writer, b"250-2.0.0 Ok\r\n250 2.0.0 queued as 7F3\r\n")

    async with relay(script) as mailer:
        reply = await asyncio.wait_for(
            mailer.send_raw("a@shop.example", "b@example.org", MESSAGE), 5
        )
    assert reply == "250 2.0.0 Ok\n2.0.0 queued as 7F3"


# Rule: a recipient refused in a pipelined envelope is a permanent error about the address;
# when the server still accepts DATA (RFC 2920 allows it) an empty message closes it, never
# the real one; RSET follows and the same connection carries the next message.
@pytest.mark.parametrize("data_reply", [b"354 go ahead\r\n", b"554 5.5.1 no valid recipients\r\n"])
async def test_a_refused_recipient_sends_no_message_and_keeps_the_connection(data_reply):
    async def script(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _lines(reader, 3)
        writer.write(b"250 Ok\r\n550 5.1.1 <gone@example.org>: no such user\r\n" + data_reply)
        if data_reply.startswith(b"354"):
            assert await reader.readline() == b".\r\n"
            writer.write(b"554 5.5.1 no valid recipients\r\n")
        assert await reader.readline() == b"RSET\r\n"
        writer.write(b"250 Ok\r\n")
        await _lines(reader, 3)
        writer.write(b"250 Ok\r\n250 Ok\r\n354 go\r\n")
        await reader.readuntil(b"\r\n.\r\n")
        writer.write(b"250 2.0.0 queued\r\n")

    async with relay(script) as mailer:
        with pytest.raises(PermanentMailError) as refused:
            await mailer.send_raw("a@shop.example", "gone@example.org", MESSAGE)
        assert (refused.value.code, refused.value.recipient) == (550, True)
        assert await mailer.send_raw("a@shop.example", "b@example.org", MESSAGE) == (
            "250 2.0.0 queued"
        )
        assert mailer.stats().connects == 1


# Rule: a message refused after its content (4xx) is retried later, and its connection,
# whose state after the refusal is unknown, is closed rather than used again.
async def test_a_temporary_refusal_after_data_drops_the_connection():
    async def script(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _lines(reader, 3)
        writer.write(b"250 Ok\r\n250 Ok\r\n354 go\r\n")
        await reader.readuntil(b"\r\n.\r\n")
        writer.write(b"451 4.3.0 try again later\r\n")
        assert await reader.readline() == b"RSET\r\n"
        writer.write(b"250 Ok\r\n")

    async with relay(script, quits=False) as mailer:
        with pytest.raises(TransientMailError, match="451"):
            await mailer.send_raw("a@shop.example", "b@example.org", MESSAGE)
        assert (mailer.stats().open, mailer.stats().failed) == (0, 1)


class _Keeper:
    """An aiosmtpd handler that keeps what it accepts, offering PIPELINING or not."""

    def __init__(self, *, pipelining: bool) -> None:
        self.pipelining = pipelining
        self.received: list[bytes] = []

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # type: ignore[no-untyped-def]
        session.host_name = hostname
        if self.pipelining:
            return [*responses[:-1], "250-PIPELINING", responses[-1]]
        return responses

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.received.append(envelope.original_content)
        return "250 2.0.0 Ok"


@contextlib.asynccontextmanager
async def _served(handler: _Keeper, *, pool: int) -> AsyncIterator[SmtpMailer]:
    """A mailer connected to a real aiosmtpd server running `handler`."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    mailer = SmtpMailer(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}?starttls=false&pool={pool}"))
    try:
        yield mailer
    finally:
        await mailer.aclose()
        controller.stop()


# Rule: through a real SMTP server, pipelined or not, the message arrives byte for byte as it
# was written (a line of a single dot and lines starting with dots included), and a message
# written with bare LFs arrives with CRLF line ends.
@pytest.mark.parametrize("pipelining", [True, False])
async def test_a_real_server_receives_the_bytes_written(pipelining):
    handler = _Keeper(pipelining=pipelining)
    async with _served(handler, pool=2) as mailer:
        await asyncio.gather(
            *[mailer.send_raw("a@shop.example", "b@example.org", MESSAGE) for _ in range(4)]
        )
        await mailer.send_raw("a@shop.example", "b@example.org", MESSAGE.replace(b"\r\n", b"\n"))
    assert handler.received == [MESSAGE] * 5


_LINES = st.lists(
    st.binary(max_size=12).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b"")),
    min_size=1,
    max_size=8,
)


# Rule: what DATA transmits, read back as the server reads it (a doubled leading dot undone,
# up to the lone dot), is the message; no line before the end is a lone dot.
@given(_LINES)
def test_dot_stuffing_reads_back_to_the_message(lines):
    message = b"".join(line + b"\r\n" for line in lines)
    wire = for_data(message).split(b"\r\n")
    assert wire[-2:] == [b".", b""] and b"." not in wire[:-2]
    assert [line[1:] if line.startswith(b".") else line for line in wire[:-2]] == lines


# Rule: an address that would end its command and smuggle in another is refused before
# anything is written: the server receives no message.
@pytest.mark.parametrize(
    "rcpt", ["b@example.org>\r\nRCPT TO:<c@example.org", "b@example.org> NOTIFY=NEVER", "a b@x.org"]
)
async def test_an_address_that_would_inject_a_command_is_refused(rcpt):
    handler = _Keeper(pipelining=True)
    async with _served(handler, pool=1) as mailer:
        with pytest.raises(ValueError, match="cannot be written in a command"):
            await mailer.send_raw("a@shop.example", rcpt, MESSAGE)
        await mailer.send_raw("a@shop.example", "b@example.org", MESSAGE)
    assert handler.received == [MESSAGE]
