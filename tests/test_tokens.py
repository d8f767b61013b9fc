"""Signed link tokens: unforgeable, bound to a workspace and a kind, rotatable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm.tokens import Claims, Kind, TokenError, mailbox, sign, verify, verify_mailbox

SECRET = "s" * 48
OLD = "o" * 48


@given(
    st.integers(1, 2**32 - 1),
    st.integers(1, 2**63 - 1),
    st.integers(0, 65535),
    st.sampled_from(list(Kind)),
)
def test_a_signed_token_verifies_to_its_claims(workspace, message, link, kind):
    claims = Claims(kind, workspace, message, link)
    token = sign(SECRET, claims)
    assert len(token) == 44 and "=" not in token
    assert verify([SECRET], token, kind) == claims


@given(
    st.integers(0, 39),
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
)
def test_changing_any_character_is_detected(position, char):
    token = sign(SECRET, Claims(Kind.CLICK, 7, 12345, 3))
    tampered = token[:position] + char + token[position + 1 :]
    if tampered == token:
        return
    with pytest.raises(TokenError):
        verify([SECRET], tampered, Kind.CLICK)


def test_a_token_cannot_be_moved_to_another_workspace():
    token = sign(SECRET, Claims(Kind.OPEN, 1, 99))
    import base64
    import struct

    raw = bytearray(base64.urlsafe_b64decode(token + "=="))
    struct.pack_into(">I", raw, 3, 2)  # claim workspace 2 with workspace 1's signature
    moved = base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()
    with pytest.raises(TokenError, match="signature"):
        verify([SECRET], moved, Kind.OPEN)


def test_a_token_of_another_kind_or_installation_is_refused():
    token = sign(SECRET, Claims(Kind.OPEN, 1, 99))
    with pytest.raises(TokenError, match="kind"):
        verify([SECRET], token, Kind.UNSUBSCRIBE)
    with pytest.raises(TokenError):
        verify(["x" * 48], token, Kind.OPEN)


@pytest.mark.parametrize("bad", ["", "abc", "!!!!", "A" * 44, "A" * 200])
def test_malformed_tokens_are_refused(bad):
    with pytest.raises(TokenError):
        verify([SECRET], bad, Kind.OPEN)


def test_tokens_signed_before_a_rotation_still_verify():
    old = sign(OLD, Claims(Kind.UNSUBSCRIBE, 3, 42))
    assert verify([SECRET, OLD], old, Kind.UNSUBSCRIBE).message_id == 42
    with pytest.raises(TokenError):
        verify([SECRET], old, Kind.UNSUBSCRIBE)


# Tokens in mail already sent keep verifying: the MAC is standard HMAC-SHA256, whatever the
# implementation (these were signed before the hot path precomputed the HMAC pads).
@pytest.mark.parametrize(
    ("secret", "claims", "token"),
    [
        ("s" * 48, Claims(Kind.CLICK, 7, 12345, 3), "AYJjAAAABwAAAAAAADA5AAOohimmZI2DB0wbzHOJnT0_"),
        (
            "o" * 48,
            Claims(Kind.UNSUBSCRIBE, 2**32 - 1, 2**63 - 1, 65535),
            "AVl1_____3____________9RBrDKI7eAXLl4fB0ucHlJ",
        ),
    ],
)
def test_tokens_signed_earlier_still_match(secret, claims, token):
    assert sign(secret, claims) == token
    assert verify([secret], token, claims.kind) == claims


# Only the exact string `sign` wrote verifies: a character inserted anywhere (even one base64
# decoding would skip), padding or whitespace appended, a token cut short: all refused.
@given(
    st.integers(0, 44),
    st.text(min_size=1, max_size=3),
)
def test_only_the_exact_token_verifies(position, inserted):
    token = sign(SECRET, Claims(Kind.CLICK, 7, 12345, 3))
    changed = [token[:position] + inserted + token[position:]]
    if position < len(token):
        changed.append(token[:position])
    for bad in changed:
        with pytest.raises(TokenError):
            verify([SECRET], bad, Kind.CLICK)


# In an email address the token is spelled in base32: it fits a local part (at most 64
# characters, with its `unsub+` prefix) and survives any change of case on the way.
@given(
    st.integers(1, 2**32 - 1),
    st.integers(1, 2**63 - 1),
    st.lists(st.booleans(), min_size=53, max_size=53),
)
def test_a_mailbox_token_verifies_in_any_case(workspace, message, upper):
    claims = Claims(Kind.UNSUBSCRIBE, workspace, message)
    spelled = mailbox(sign(SECRET, claims))
    assert len("unsub+" + spelled) <= 64 and spelled == spelled.lower()
    recased = "".join(c.upper() if up else c for c, up in zip(spelled, upper, strict=True))
    assert verify_mailbox([SECRET], recased, Kind.UNSUBSCRIBE) == claims


@given(st.integers(0, 52), st.sampled_from("abcdefghijklmnopqrstuvwxyz234567"))
def test_changing_any_character_of_a_mailbox_token_is_detected(position, char):
    spelled = mailbox(sign(SECRET, Claims(Kind.UNSUBSCRIBE, 7, 12345)))
    tampered = spelled[:position] + char + spelled[position + 1 :]
    if tampered == spelled:
        return
    with pytest.raises(TokenError):
        verify_mailbox([SECRET], tampered, Kind.UNSUBSCRIBE)


@pytest.mark.parametrize("bad", ["", "a" * 52, "a" * 54, "1" * 53, "a" * 52 + "=", "A" * 44])
def test_malformed_mailbox_tokens_are_refused(bad):
    with pytest.raises(TokenError):
        verify_mailbox([SECRET], bad, Kind.UNSUBSCRIBE)
