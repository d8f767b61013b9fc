"""Which permanent refusals are hard bounces: the address itself will never take mail.

Only a refusal at RCPT is about the address; a 5xx after DATA is about the message (its
content, its size, a policy) and says nothing of the mailbox. Among RCPT refusals, the
enhanced status code decides (RFC 3463): bad or moved destination mailbox or system, bad
mailbox syntax, a disabled mailbox, no route to the domain. Without an enhanced code, the
classic 550/551/553 count. A hard bounce puts the address on the suppression list.
"""

from __future__ import annotations

import re

from crm.mail.errors import PermanentMailError

_ENHANCED = re.compile(r"\b5\.(\d{1,3})\.(\d{1,3})\b")
# (subject, detail) of enhanced codes that condemn the address.
HARD = frozenset({(1, 0), (1, 1), (1, 2), (1, 3), (1, 6), (1, 10), (2, 1), (4, 4)})
HARD_BASIC = frozenset({550, 551, 553})


def is_hard(error: PermanentMailError) -> bool:
    """Whether `error` means the address is bad for good."""
    if not error.recipient:
        return False
    match = _ENHANCED.search(str(error))
    if match:
        return (int(match.group(1)), int(match.group(2))) in HARD
    return error.code in HARD_BASIC
