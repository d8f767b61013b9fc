"""DKIM signatures on outgoing mail (dkimpy), with the RSA step done by OpenSSL.

`Signer.sign` prepends the signature; it covers the RFC 8058 headers, as mailbox providers
require for one-click unsubscribe, and signs From, Subject and both List-Unsubscribe headers
once more than they occur, so none can be added after signing. Campaign mail is signed with
its workspace's key (campaigns/dkim.py keeps those); the service's own mail (opt-in
confirmations) with the installation's key from DKIM_DOMAIN, DKIM_SELECTOR and DKIM_KEY_FILE.

dkimpy canonicalizes, hashes and lays out the signature; only its RSA step, pure Python and
about 7 ms a message (more than everything else a message costs together), is done by
OpenSSL through `cryptography` instead, with the same PKCS#1 v1.5 result (a test compares the
two byte for byte).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

import dkim as dkimpy
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

_OVERSIGNED = [b"from", b"subject", b"list-unsubscribe", b"list-unsubscribe-post"]
SIGNED_HEADERS = [
    *_OVERSIGNED,
    b"to",
    b"reply-to",
    b"date",
    b"message-id",
    b"mime-version",
    b"content-type",
    *_OVERSIGNED,
]


def public_record(private_pem: bytes) -> str:
    """The DNS TXT record that publishes the public half of `private_pem`."""
    key = serialization.load_pem_private_key(private_pem, password=None)
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return f"v=DKIM1; k=rsa; p={base64.b64encode(der).decode()}"


class _OpenSslSigning(dkimpy.DKIM):
    """dkimpy's DKIM signer whose RSA signature is made by OpenSSL.

    `gen_header` is dkimpy's own (dkimpy 1.1), but for the line that signs the hash.
    """

    def __init__(self, message: bytes, key: rsa.RSAPrivateKey) -> None:
        super().__init__(message, linesep=b"\r\n")
        self.rsa_key = key

    def gen_header(  # type: ignore[override]
        self,
        fields: list[tuple[bytes, bytes]],
        include_headers: tuple[bytes, ...],
        canon_policy: Any,
        header_name: bytes,
        pk: Any,
        standardize: bool = False,
    ) -> bytes:
        value = dkimpy.fold(b"; ".join(b"=".join(x) for x in fields), namelen=len(header_name))
        value = dkimpy.RE_BTAG.sub(b"\\1", value)
        h = dkimpy.HashThrough(self.hasher(), self.debug_content)
        headers = canon_policy.canonicalize_headers(self.headers)
        self.signed_headers = dkimpy.hash_headers(
            h, canon_policy, headers, include_headers, (header_name, b" " + value), dict(fields)
        )
        signature = self.rsa_key.sign(
            h.digest(), padding.PKCS1v15(), utils.Prehashed(hashes.SHA256())
        )
        fields = [(k, base64.b64encode(signature) if k == b"b" else v) for k, v in fields]
        value = b"; ".join(b"=".join(x) for x in fields) + self.linesep
        return dkimpy.fold(value, namelen=len(header_name), linesep=self.linesep)


@dataclass(frozen=True)
class Signer:
    domain: str
    selector: str
    private_pem: bytes
    _key: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        key = serialization.load_pem_private_key(self.private_pem, password=None)
        object.__setattr__(self, "_key", key)

    def sign(self, message: bytes) -> bytes:
        """`message` with its DKIM-Signature header first: rsa-sha256, headers relaxed (they
        may be refolded on the way), body simple (it is written here, in CRLF lines, and
        relaxed canonicalization of a 20 KB body costs more than the RSA signature)."""
        signature = _OpenSslSigning(message, self._key).sign(
            self.selector.encode(),
            self.domain.encode(),
            self.private_pem,
            canonicalize=(b"relaxed", b"simple"),
            include_headers=SIGNED_HEADERS,
        )
        return signature + message

    @property
    def record(self) -> str:
        return public_record(self.private_pem)
