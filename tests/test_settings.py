"""Settings: never a fixed secret key, and clear refusals of unknown URLs."""

from __future__ import annotations

import stat

import pytest
from pydantic import ValidationError

from crm.settings import SECRET_KEY_FILE, Settings


def test_a_missing_secret_key_is_generated_once_and_kept_private(tmp_path):
    settings = Settings(database_url=f"sqlite://{tmp_path}/crm.sqlite3", _env_file=None)
    key = settings.resolve_secret_key()
    path = tmp_path / SECRET_KEY_FILE
    assert path.read_text().strip() == key and len(key) >= 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # a restart (a new process) reads the same key back
    again = Settings(database_url=f"sqlite://{tmp_path}/crm.sqlite3", _env_file=None)
    assert again.resolve_secret_key() == key


def test_two_installations_get_different_keys(tmp_path):
    a = Settings(
        database_url=f"sqlite://{tmp_path}/a/crm.sqlite3", _env_file=None
    ).resolve_secret_key()
    b = Settings(
        database_url=f"sqlite://{tmp_path}/b/crm.sqlite3", _env_file=None
    ).resolve_secret_key()
    assert a != b


def test_a_given_secret_key_is_used_and_nothing_is_written(tmp_path):
    given = "k" * 40
    settings = Settings(
        database_url=f"sqlite://{tmp_path}/crm.sqlite3", secret_key=given, _env_file=None
    )
    assert settings.resolve_secret_key() == given
    assert not (tmp_path / SECRET_KEY_FILE).exists()


def test_a_short_secret_key_is_refused(tmp_path):
    with pytest.raises(ValueError, match="at least"):
        Settings(
            database_url=f"sqlite://{tmp_path}/x.sqlite3", secret_key="short", _env_file=None
        ).resolve_secret_key()


def test_settings_come_from_the_environment_and_dotenv(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text(
        "PUBLIC_URL=https://crm.shop.example\nBROKER_URL=redis://127.0.0.1:6379/0\n"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SMTP_URL", "smtp://mail.example:587")
    settings = Settings()
    assert settings.public_url == "https://crm.shop.example"
    assert settings.broker_url == "redis://127.0.0.1:6379/0"
    assert settings.smtp_url == "smtp://mail.example:587"


@pytest.mark.parametrize(
    ("name", "value"), [("database_url", "mysql://x/y"), ("broker_url", "kafka://x")]
)
def test_unknown_schemes_are_refused_with_a_clear_message(name, value):
    with pytest.raises(ValidationError, match="unsupported"):
        Settings(**{name: value}, _env_file=None)
