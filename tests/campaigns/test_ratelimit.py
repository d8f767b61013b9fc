"""The rate limiter: its arithmetic (GCRA), and its shared state (the database, or Redis
when the broker is Redis) taken by several senders at once."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections import Counter
from urllib.parse import urlsplit

import pytest

from campaigns.config import configure
from campaigns.models import SendRate
from campaigns.ratelimit import (
    MAX_WAIT,
    DatabaseLimiter,
    Limit,
    Limiter,
    RedisLimiter,
    acquire,
    grant,
    limits_for,
)
from crm.settings import Settings
from tests.campaigns.conftest import FAST

TEN = Limit("workspace:1", rate=10, burst=2)  # 10 a second, two at once after a pause


# Rule: after a quiet spell a limit lets its burst through at once, then one per interval.
def test_a_limit_lets_its_burst_through_then_one_per_interval():
    taken, tats, wait = grant([0.0], [TEN], wanted=5, now=100.0)
    assert (taken, wait) == (2, 0.0)
    taken, tats, wait = grant(tats, [TEN], wanted=5, now=100.0)
    assert taken == 0 and abs(wait - 0.1) < 1e-9
    taken, tats, _ = grant(tats, [TEN], wanted=5, now=100.1)
    assert taken == 1
    taken, _, _ = grant(tats, [TEN], wanted=5, now=100.5)
    assert taken == 2  # four intervals later, but never more than the burst


# Rule: over any window, a limit of R per second lets through at most R * W + burst.
def test_a_steady_stream_stays_within_rate_times_window_plus_burst():
    tats, sent, now = [0.0], [], 0.0
    while now < 10.0:
        taken, tats, wait = grant(tats, [TEN], wanted=3, now=now)
        sent += [now] * taken
        now += wait or 0.013
    for start in sent:
        in_second = sum(1 for t in sent if start <= t < start + 1.0)
        assert in_second <= 10 + 2
    assert len(sent) >= 10 * 10


# Rule: several limits are taken together: a message counts against all or none, and the
# tightest decides.
def test_several_limits_are_taken_together_and_the_tightest_decides():
    wide = Limit("global", rate=1000, burst=100)
    taken, tats, _ = grant([0.0, 0.0], [wide, TEN], wanted=50, now=100.0)
    assert taken == 2
    assert tats == [100.0 + 2 / 1000, 100.0 + 2 / 10]
    taken, same, wait = grant(tats, [wide, TEN], wanted=50, now=100.0)
    assert taken == 0 and same == tats and 0 < wait <= MAX_WAIT


# Rule: a workspace without a rate and no global rate has no limit at all.
def test_no_rate_means_no_limit(pipeline):
    assert limits_for(1, 0) == []
    assert [limit.key for limit in limits_for(1, 5)] == ["workspace:1"]


def _limiters(settings: Settings, backend: str, count: int) -> list[Limiter]:
    """`count` limiters sharing one state, as `count` worker processes would."""
    if backend == "database":
        return [DatabaseLimiter() for _ in range(count)]
    if urlsplit(settings.broker_url).scheme != "redis":
        pytest.skip("the Redis limiter needs CRM_TEST_BROKER_URL=redis://…")
    namespace = f"crm_test_{secrets.token_hex(4)}"
    return [RedisLimiter(settings.broker_url, namespace) for _ in range(count)]


# Rule: the global limit and each workspace's hold together across senders that share only
# the limiter's state: over the whole run, at most rate x elapsed + burst went, in all and
# for the limited workspace.
@pytest.mark.parametrize("backend", ["database", "redis"])
async def test_the_global_and_workspace_limits_hold_across_concurrent_senders(settings, backend):
    configure(FAST.__class__(**{**FAST.__dict__, "rate_limit": 20, "rate_burst": 0.1}))
    limiters = _limiters(settings, backend, 4)
    workspaces = {"limited": (1_000_001, 8), "unlimited": (1_000_002, 0)}
    sent: Counter[str] = Counter()

    async def sender(limiter: Limiter, name: str, until: float) -> None:
        workspace_id, rate = workspaces[name]
        limits = limits_for(workspace_id, rate)
        while time.monotonic() < until:
            sent[name] += await acquire(limiter, limits, 3)

    begun = time.monotonic()
    try:
        await asyncio.gather(
            *[
                sender(limiter, name, begun + 1.5)
                for limiter, name in zip(limiters, ["limited", "unlimited"] * 2, strict=True)
            ]
        )
        elapsed = time.monotonic() - begun
    finally:
        if backend == "database":
            keys = [limit.key for limit in limits_for(1_000_001, 8)]
            await SendRate.filter(key__in=keys).delete()
        for limiter in limiters:
            if isinstance(limiter, RedisLimiter):
                await limiter.client.aclose()
    # burst: max(1, rate x rate_burst) messages, and one more for the edge of the window
    assert sum(sent.values()) <= 20 * elapsed + 2 + 1, (sent, elapsed)
    assert sent["limited"] <= 8 * elapsed + 1 + 1, (sent, elapsed)
    assert sent["limited"] > 0 and sent["unlimited"] > 0
