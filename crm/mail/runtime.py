"""The process's mailer and settings for mail built outside a request (in tasks).

`configure()` is called by the app's lifespan, by `crm worker` at boot, and by the tests.
"""

from __future__ import annotations

from crm.mail.mailer import Mailer, from_url
from crm.settings import Settings, get_settings

_mailer: Mailer | None = None
_settings: Settings | None = None


def configure(settings: Settings, mailer: Mailer | None = None) -> None:
    global _mailer, _settings
    _settings = settings
    _mailer = mailer or from_url(settings.smtp_url)


def settings() -> Settings:
    return _settings or get_settings()


def mailer() -> Mailer:
    global _mailer
    if _mailer is None:
        _mailer = from_url(settings().smtp_url)
    return _mailer
