"""Login throttling: failed attempts counted per email and per IP in a sliding window.

Kept in the database so the limit holds across web processes.
"""

from __future__ import annotations

from datetime import timedelta

from crm import clock
from crm.errors import RateLimited
from crm.models import LoginAttempt

WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_EMAIL = 5  # a person mistyping stays under this; a guesser does not
MAX_FAILURES_PER_IP = 20  # an office behind one NAT may share an IP


async def check(email: str, ip: str) -> None:
    """Raise RateLimited when this email or IP has failed too often recently."""
    since = clock.now() - WINDOW
    by_email = await LoginAttempt.filter(email=email, at__gte=since).count()
    by_ip = await LoginAttempt.filter(ip=ip, at__gte=since).count()
    if by_email >= MAX_FAILURES_PER_EMAIL or by_ip >= MAX_FAILURES_PER_IP:
        raise RateLimited(
            "too many failed logins; try again later", retry_after=int(WINDOW.total_seconds())
        )


async def record_failure(email: str, ip: str) -> None:
    await LoginAttempt.create(email=email, ip=ip, at=clock.now())


async def clear(email: str) -> None:
    """Forget an email's failures after it logs in successfully."""
    await LoginAttempt.filter(email=email).delete()
