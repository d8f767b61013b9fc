"""Mail errors, translated once from aiosmtplib's at the SMTP boundary.

MailError
 +-- TransientMailError   a 4xx reply, a timeout, a dropped connection: retry later
 +-- PermanentMailError   a 5xx reply: this recipient will not take it (hard bounce)
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import aiosmtplib


class MailError(Exception):
    """A message could not be handed over."""

    def __init__(self, message: str, *, code: int | None = None, recipient: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.recipient = recipient  # refused at RCPT: about the address, not the message


class TransientMailError(MailError):
    """Try again later (throttling replies such as 421 and 454 included)."""


class PermanentMailError(MailError):
    """Never try this recipient again with this message."""


@contextlib.contextmanager
def smtp_errors() -> Iterator[None]:
    """Turn aiosmtplib's exceptions into ours, by reply class."""
    try:
        yield
    except aiosmtplib.SMTPRecipientsRefused as exc:
        first = exc.recipients[0]
        raise _by_code(first.code, first.message, recipient=True) from exc
    except aiosmtplib.SMTPRecipientRefused as exc:
        raise _by_code(exc.code, exc.message, recipient=True) from exc
    except aiosmtplib.SMTPResponseException as exc:
        raise _by_code(exc.code, exc.message) from exc
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        raise TransientMailError(f"{type(exc).__name__}: {exc}") from exc


def _by_code(code: int, message: str, *, recipient: bool = False) -> MailError:
    text = f"{code} {message}"
    if 500 <= code < 600:
        return PermanentMailError(text, code=code, recipient=recipient)
    return TransientMailError(text, code=code, recipient=recipient)
