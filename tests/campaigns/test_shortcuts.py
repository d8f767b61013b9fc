"""The shortcuts of the sending hot path answer as their plain definitions would: the long-line
check that steps over many lines at once, the one-word encoded header, the running count of
recent failures, and tokens signed with a workspace's key prepared once."""

from __future__ import annotations

from email.header import decode_header, make_header

from hypothesis import given
from hypothesis import strategies as st

from campaigns.mime import MAX_LINE, _has_long_line, encoded_words
from campaigns.sender import ErrorCounter
from crm.tokens import Claims, Kind, Signer, verify


# Rule: a part is sent as 7bit only when every line fits SMTP's limit, whatever the lengths
# and however they fall around the limit.
@given(st.lists(st.sampled_from([0, 1, 80, MAX_LINE - 1, MAX_LINE, MAX_LINE + 1, 2500])))
def test_a_long_line_is_found_wherever_it_is(lengths):
    text = "\n".join("x" * n for n in lengths)
    assert _has_long_line(text) == any(n > MAX_LINE for n in lengths)


# Rule: a header value, short or long, reads back as written, in words a client accepts.
@given(st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=120))
def test_encoded_words_read_back_as_the_text(text):
    encoded = encoded_words(text)
    assert all(len(word) <= 75 for word in encoded.split("\r\n "))
    assert str(make_header(decode_header(encoded.replace("\r\n ", " ")))) == text


# Rule: the campaign pauses exactly when the plain count over the last `window` attempts says
# so, and says how many of them failed.
@given(st.integers(5, 12), st.sampled_from([0.2, 0.5, 1.0]), st.lists(st.booleans()))
def test_the_error_counter_counts_the_window(window, rate, attempts):
    counter = ErrorCounter(window, rate)
    for seen, failed in enumerate(attempts, start=1):
        recent = attempts[max(0, seen - window) : seen]
        tripped = len(recent) == window and sum(recent) >= rate * window
        assert counter.add(failed) == tripped
        assert counter.describe() == f"{sum(recent)} of the last {len(recent)} attempts failed"


# Rule: a token signed with the prepared key is the one `verify` accepts for its claims.
@given(st.sampled_from(list(Kind)), st.integers(0, 2**40), st.integers(0, 0xFFFF))
def test_prepared_signing_verifies(kind, message_id, link):
    token = Signer("k" * 48, 7).sign(kind, message_id, link)
    assert verify(["k" * 48], token, kind) == Claims(kind, 7, message_id, link)
