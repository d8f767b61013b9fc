"""The process's mailer and settings for mail built outside a request (in tasks).

`configure()` is called by the app's lifespan, by `crm worker` at boot, and by the tests.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from crm.mail.dkim import Signer
from crm.mail.mailer import Envelope, Mailer, from_url
from crm.settings import Settings, get_settings

_mailer: Mailer | None = None
_settings: Settings | None = None
_signers: dict[tuple[Path, str, str], Signer] = {}  # the service's DKIM key, read once


def configure(settings: Settings, mailer: Mailer | None = None) -> None:
    """Use `settings` and `mailer` (else SMTP_URL's). The service's DKIM key is read here,
    so that a missing or broken key file stops the app at start, not at its first mail."""
    global _mailer, _settings
    _settings = settings
    _mailer = mailer or from_url(settings.smtp_url)
    service_signer()


def service_signer() -> Signer | None:
    """The signer of the service's own mail, from DKIM_DOMAIN, DKIM_SELECTOR and
    DKIM_KEY_FILE; None when they are not set. Raises ValueError for an unusable key file."""
    current = settings()
    path = current.dkim_key_file
    if path is None:
        return None
    key = (path, current.dkim_domain, current.dkim_selector)
    if key not in _signers:
        try:
            pem = path.read_bytes()
            _signers[key] = Signer(current.dkim_domain, current.dkim_selector, pem)
        except (OSError, ValueError, TypeError) as exc:
            raise ValueError(
                f"DKIM_KEY_FILE {path}: not a readable PEM private key ({exc})"
            ) from exc
    return _signers[key]


async def send_service_mail(message: EmailMessage, envelope: Envelope) -> str:
    """Send mail of the service itself (opt-in confirmations) from the configured sender,
    DKIM-signed with the installation's key when there is one; the server's reply."""
    signer = service_signer()
    if signer is None:
        return await mailer().send(message, envelope)
    data = signer.sign(message.as_bytes(policy=SMTP))
    return await mailer().send_raw(settings().sender, str(message["To"]), data, envelope)


def settings() -> Settings:
    return _settings or get_settings()


def mailer() -> Mailer:
    global _mailer
    if _mailer is None:
        _mailer = from_url(settings().smtp_url)
    return _mailer
