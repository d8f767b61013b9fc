"""Messages per second, per workspace and over all workspaces, across every worker process.

Each limit is a GCRA (generic cell rate algorithm) cell: its state is one number, the
theoretical arrival time (TAT) of the next message, kept where every worker sees it — in
Redis when the broker is Redis (one Lua script call, atomic), in the database otherwise (one
row per limit, locked while it is updated). A sender takes several messages in one call; the
limits are taken together, so a message counts against both or neither.

In any window of W seconds a limit of R per second lets through at most R * W + B messages,
B being its burst (RATE_BURST seconds' worth, at least one).
"""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass
from functools import cache
from typing import Protocol
from urllib.parse import urlsplit

from tortoise.transactions import in_transaction

from campaigns.config import config
from campaigns.models import SendRate
from crm.settings import Settings

MAX_WAIT = 5.0  # seconds: a sender waits at most this long before asking again
EPSILON = 1e-9  # seconds: float sums of intervals must not cost a message


@dataclass(frozen=True)
class Limit:
    key: str  # "global" or "workspace:<id>"
    rate: float  # messages per second (> 0)
    burst: float  # messages let through at once after a quiet spell (>= 1)

    @property
    def interval(self) -> float:
        return 1.0 / self.rate

    @property
    def tolerance(self) -> float:
        return (self.burst - 1) * self.interval


def limits_for(workspace_id: int, workspace_rate: float) -> list[Limit]:
    """The limits a workspace's messages count against (none: unlimited)."""
    burst_seconds = config().rate_burst
    found = []
    named = (("global", config().rate_limit), (f"workspace:{workspace_id}", workspace_rate))
    for key, rate in named:
        if rate > 0:
            found.append(Limit(key, rate, max(1.0, rate * burst_seconds)))
    return found


def grant(
    tats: list[float], limits: list[Limit], wanted: int, now: float
) -> tuple[int, list[float], float]:
    """GCRA over several limits at once: (messages taken, the new TATs, seconds to wait
    before asking again when none could be taken)."""
    pairs = [(max(tat, now), limit) for tat, limit in zip(tats, limits, strict=True)]
    allowed = [
        math.floor((now + limit.tolerance - start + EPSILON) / limit.interval) + 1
        if now + limit.tolerance + EPSILON >= start
        else 0
        for start, limit in pairs
    ]
    taken = min([wanted, *allowed])
    if taken <= 0:
        wait = max(start - limit.tolerance - now for start, limit in pairs)
        return 0, tats, min(max(wait, 0.001), MAX_WAIT)
    return taken, [start + taken * limit.interval for start, limit in pairs], 0.0


class Limiter(Protocol):
    async def take(self, limits: list[Limit], wanted: int) -> tuple[int, float]:
        """Take up to `wanted` messages from every limit at once: (taken, seconds to wait
        before asking again when nothing was taken)."""
        ...


class DatabaseLimiter:
    """Limits as rows of `send_rates`, each updated under a row lock."""

    async def take(self, limits: list[Limit], wanted: int) -> tuple[int, float]:
        keys = [limit.key for limit in limits]
        await SendRate.bulk_create([SendRate(key=key) for key in keys], ignore_conflicts=True)
        async with in_transaction():
            # Locked in one statement, in key order everywhere: senders never deadlock.
            locked = SendRate.filter(key__in=keys).order_by("key").select_for_update()
            rows = {row.key: row for row in await locked}
            now = time.time()
            taken, tats, wait = grant([rows[k].tat for k in keys], limits, wanted, now)
            if taken:
                for key, tat in zip(keys, tats, strict=True):
                    await SendRate.filter(key=key).update(tat=tat)
        return taken, wait


# KEYS: the limits' keys. ARGV[1]: messages wanted; then per key, its interval and its
# tolerance in seconds. Returns {taken, wait in microseconds}. Time is Redis's own clock.
_GCRA = """
local now_s, now_us = unpack(redis.call('TIME'))
local now = tonumber(now_s) + tonumber(now_us) / 1e6
local wanted = tonumber(ARGV[1])
local taken = wanted
local starts = {}
local wait = 0
for i, key in ipairs(KEYS) do
  local interval = tonumber(ARGV[2 * i])
  local tolerance = tonumber(ARGV[2 * i + 1])
  local start = math.max(tonumber(redis.call('GET', key) or '0'), now)
  starts[i] = start
  local allowed = 0
  if now + tolerance + 1e-9 >= start then
    allowed = math.floor((now + tolerance - start + 1e-9) / interval) + 1
  end
  if allowed < taken then taken = allowed end
  wait = math.max(wait, start - tolerance - now)
end
if taken <= 0 then
  return {0, math.floor(wait * 1e6)}
end
for i, key in ipairs(KEYS) do
  local tat = starts[i] + taken * tonumber(ARGV[2 * i])
  redis.call('SET', key, string.format('%.6f', tat), 'PX', math.ceil((tat - now) * 1000) + 1000)
end
return {taken, 0}
"""


class RedisLimiter:
    """Limits as Redis keys, updated by one Lua script call."""

    def __init__(self, url: str, namespace: str) -> None:
        import redis.asyncio

        self.client = redis.asyncio.Redis.from_url(url)
        self.prefix = f"{namespace}:rate:"
        self.script = self.client.register_script(_GCRA)

    async def take(self, limits: list[Limit], wanted: int) -> tuple[int, float]:
        args: list[float] = [wanted]
        for limit in limits:
            args += [limit.interval, limit.tolerance]
        keys = [self.prefix + limit.key for limit in limits]
        taken, wait_us = await self.script(keys=keys, args=args)
        if taken:
            return int(taken), 0.0
        return 0, min(max(int(wait_us) / 1e6, 0.001), MAX_WAIT)


@cache
def _limiter(broker_url: str, namespace: str, loop: asyncio.AbstractEventLoop) -> Limiter:
    if urlsplit(broker_url).scheme in {"redis", "rediss"}:
        return RedisLimiter(broker_url, namespace)
    return DatabaseLimiter()


def limiter(settings: Settings) -> Limiter:
    """The limiter every worker of this deployment shares: Redis when the broker is Redis,
    the database otherwise."""
    return _limiter(settings.broker_url, settings.broker_namespace, asyncio.get_running_loop())


async def acquire(limiter: Limiter, limits: list[Limit], wanted: int) -> int:
    """Wait until at least one message may go; returns how many may (at most `wanted`)."""
    if not limits:
        return wanted
    while True:
        taken, wait = await limiter.take(limits, wanted)
        if taken:
            return taken
        await asyncio.sleep(wait)
