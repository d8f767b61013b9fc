"""Settings read from the environment and an optional `.env` file.

`SECRET_KEY` is never a fixed default: when it is unset, a random key is generated once and kept
in a file readable only by its owner, beside the SQLite database (or in `DATA_DIR` for other
databases), so restarts keep signed cookies and tokens valid.
"""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SECRET_KEY_FILE = "crm.secret"
MIN_SECRET_KEY_LENGTH = 32  # a shorter key is too easy to guess for HMAC signing


class Settings(BaseSettings):
    """Every knob of the service; see docs/architecture.md for what each one changes."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "sqlite://./crm.sqlite3"
    broker_url: str = "memory://"
    # Names the broker queue and prefixes the Redis keys: deployments (and test runs) sharing
    # a Redis or RabbitMQ server each take their own.
    broker_namespace: str = Field(default="crm", pattern=r"^[A-Za-z_][A-Za-z0-9_-]*$")
    smtp_url: str = "capture://"  # capture:// keeps outgoing mail in the database
    mail_from: str = ""  # the From of service mail; noreply@<PUBLIC_URL host> when empty
    # The installation's DKIM key for service mail (all three, or none: then it goes unsigned,
    # unless the relay signs it). The domain should be the sender's, for DMARC alignment.
    dkim_domain: str = ""
    dkim_selector: str = ""
    dkim_key_file: Path | None = None  # an RSA private key, PEM
    public_url: str = "http://127.0.0.1:8000"
    secret_key: str = Field(default="", repr=False)
    # Secrets used before the current SECRET_KEY, comma-separated: links in mail already
    # sent keep working after a rotation.
    previous_secret_keys: str = Field(default="", repr=False)
    data_dir: Path = Path(".")
    host: str = "127.0.0.1"
    port: int = 8000
    # A workspace created by `crm serve` on an empty database, so a newcomer can log in.
    bootstrap_email: str = "owner@example.com"
    log_level: str = "info"

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        scheme = urlsplit(value).scheme
        if scheme not in {"sqlite", "postgres", "postgresql", "asyncpg"}:
            raise ValueError(
                f"unsupported database scheme {scheme!r}: use sqlite:// or postgres://"
            )
        return value

    @field_validator("broker_url")
    @classmethod
    def _known_broker(cls, value: str) -> str:
        scheme = urlsplit(value).scheme
        if scheme not in {"memory", "redis", "rediss", "amqp", "amqps"}:
            raise ValueError(
                f"unsupported broker scheme {scheme!r}: use memory://, redis:// or amqp://"
            )
        return value

    @model_validator(mode="after")
    def _whole_dkim_key(self) -> Settings:
        given = [bool(self.dkim_domain), bool(self.dkim_selector), self.dkim_key_file is not None]
        if any(given) and not all(given):
            raise ValueError("set DKIM_DOMAIN, DKIM_SELECTOR and DKIM_KEY_FILE together, or none")
        return self

    @property
    def sender(self) -> str:
        return self.mail_from or f"noreply@{urlsplit(self.public_url).hostname or 'localhost'}"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def is_embedded(self) -> bool:
        """SQLite with the in-process worker: the laptop setup `crm serve` migrates by itself."""
        return self.is_sqlite and self.broker_url.startswith("memory")

    def secret_key_path(self) -> Path:
        if self.is_sqlite:
            db_path = self.database_url.split("://", 1)[1].split("?", 1)[0]
            if db_path and db_path != ":memory:":
                return Path(db_path).resolve().parent / SECRET_KEY_FILE
        return self.data_dir.resolve() / SECRET_KEY_FILE

    def resolve_secret_key(self) -> str:
        """Return SECRET_KEY, generating and storing it on first use when unset."""
        if self.secret_key:
            if len(self.secret_key) < MIN_SECRET_KEY_LENGTH:
                raise ValueError(f"SECRET_KEY must be at least {MIN_SECRET_KEY_LENGTH} characters")
            return self.secret_key
        self.secret_key = load_or_create_secret(self.secret_key_path())
        return self.secret_key


def signing_secrets(settings: Settings) -> list[str]:
    """The current secret first, then the previous ones still accepted."""
    previous = [k.strip() for k in settings.previous_secret_keys.split(",") if k.strip()]
    return [settings.resolve_secret_key(), *previous]


def load_or_create_secret(path: Path) -> str:
    """Read the key kept at `path`, or create it there with mode 0600."""
    try:
        key = path.read_text().strip()
    except FileNotFoundError:
        pass
    else:
        if key:
            return key
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    # O_EXCL: when two processes start at once, exactly one writes and the other reads its key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key + "\n")
    return key


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    settings = Settings()
    settings.resolve_secret_key()
    return settings
