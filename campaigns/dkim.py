"""DKIM: a workspace's signing key, kept sealed (the signature itself: crm/mail/dkim.py).

`generate` makes an RSA-2048 key for a domain and selector and returns the DNS TXT record to
publish at `<selector>._domainkey.<domain>`; the private key is stored sealed with a key
derived from SECRET_KEY (keys in PREVIOUS_SECRET_KEYS still open it after a rotation) and is
never shown again.
"""

from __future__ import annotations

import base64

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from campaigns.errors import CampaignError
from campaigns.models import SenderProfile
from crm.mail import runtime
from crm.mail.dkim import Signer, public_record
from crm.settings import signing_secrets

KEY_BITS = 2048  # what mailbox providers expect; 1024 is deprecated, 4096 overflows some DNS
_SEAL_INFO = b"crm dkim private key v1"


class KeyUnreadable(CampaignError):
    """A sealed key that none of the configured secrets opens (SECRET_KEY changed?)."""

    code = "dkim_key_unreadable"


def _keyring() -> MultiFernet:
    def fernet(secret: str) -> Fernet:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"crm-dkim", info=_SEAL_INFO)
        return Fernet(base64.urlsafe_b64encode(hkdf.derive(secret.encode())))

    return MultiFernet([fernet(s) for s in signing_secrets(runtime.settings())])


async def generate(profile: SenderProfile, domain: str, selector: str) -> str:
    """Give the profile a new key for `domain` and `selector`; returns the DNS record."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    profile.dkim_domain = domain
    profile.dkim_selector = selector
    profile.dkim_private_key = _keyring().encrypt(pem).decode()
    await profile.save()
    return public_record(pem)


def signer(profile: SenderProfile | None) -> Signer | None:
    """The signer of a sender profile, or None when it has no key."""
    if profile is None or not profile.dkim_private_key:
        return None
    try:
        pem = _keyring().decrypt(profile.dkim_private_key.encode())
    except InvalidToken as exc:
        raise KeyUnreadable(
            "the DKIM key cannot be opened with SECRET_KEY or PREVIOUS_SECRET_KEYS"
        ) from exc
    return Signer(profile.dkim_domain, profile.dkim_selector, pem)
