"""Every knob of the sending pipeline, in one place, clamped to sane values when loaded.

Read once per process from `CAMPAIGN_<NAME>` environment variables (e.g. `CAMPAIGN_SENDERS=8`);
a value outside its range is brought inside it with a warning rather than refused, so a typo
cannot stop the workers. The SMTP connection pool, the other half of sending concurrency, is
sized by SMTP_URL's `pool=` (crm/mail/mailer.py).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import Field, dataclass, field, fields, replace
from datetime import timedelta
from typing import Any

log = logging.getLogger(__name__)

PREFIX = "CAMPAIGN_"


def _between(low: float, high: float) -> dict[str, float]:
    return {"low": low, "high": high}


def _kind(spec: Field[Any]) -> Callable[[float], Any]:
    """int or float, as the setting's default is."""
    return int if isinstance(spec.default, int) else float


@dataclass(frozen=True)
class PipelineConfig:
    # Rows a sender claims at once; a pause or a cancel takes effect within one such batch.
    batch_size: int = field(default=200, metadata=_between(1, 2000))
    # Contacts the planner turns into message rows per step (one keyset page, one transaction).
    plan_chunk: int = field(default=1000, metadata=_between(100, 10_000))
    # Sender tasks per campaign: at most one runs in a worker process at a time (it keeps the
    # process's SMTP pool busy), so this is how many worker processes a campaign can use.
    senders: int = field(default=2, metadata=_between(1, 64))
    # Seconds a sender holds its claimed messages (and its work item) before it is presumed
    # dead; must outlast the slowest SMTP transaction.
    lease: float = field(default=300.0, metadata=_between(2, 3600))
    # Seconds a sender run works before handing over to a fresh run; at most a third of the
    # lease, so a run always ends well inside it.
    run_seconds: float = field(default=60.0, metadata=_between(0.5, 1200))
    # Outcomes are written at least this often (seconds) or per this many messages: the
    # window in which a crash leaves an accepted message unrecorded.
    flush_interval: float = field(default=0.05, metadata=_between(0.005, 1))
    flush_size: int = field(default=100, metadata=_between(1, 1000))
    # How often (seconds) a running sender looks for a pause or a cancel.
    status_poll: float = field(default=1.0, metadata=_between(0.1, 10))
    # Hand-overs to SMTP before a message fails for good (4xx replies and in-doubt resends).
    max_attempts: int = field(default=6, metadata=_between(1, 20))
    # Backoff before a 4xx retry (seconds): base, doubling, capped.
    retry_base: float = field(default=60.0, metadata=_between(0.01, 3600))
    retry_max: float = field(default=3600.0, metadata=_between(1, 86_400))
    # Auto-pause: when `error_rate` of the last `error_window` attempts of a sender failed.
    error_window: int = field(default=50, metadata=_between(5, 1000))
    error_rate: float = field(default=0.5, metadata=_between(0.05, 1))
    # Messages per second over every workspace (0: no global limit); each workspace has its
    # own limit in its sender profile.
    rate_limit: float = field(default=0.0, metadata=_between(0, 100_000))
    # A limit lets this many seconds' worth of messages through at once after a quiet spell.
    rate_burst: float = field(default=0.1, metadata=_between(0.01, 5))

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None) -> PipelineConfig:
        """The configuration from `CAMPAIGN_*` variables (default: the process environment)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for spec in fields(cls):
            raw = environ.get(PREFIX + spec.name.upper())
            if raw is None:
                continue
            try:
                values[spec.name] = _kind(spec)(float(raw))
            except ValueError:
                log.warning("ignored a value that is not a number", extra={spec.name: raw})
        return cls(**values).clamped()

    def clamped(self) -> PipelineConfig:
        """A copy with every value inside its range, and `run_seconds` inside a third of the
        lease (silently: a short lease shortens runs by design)."""
        values: dict[str, Any] = {}
        for spec in fields(self):
            low, high = spec.metadata["low"], spec.metadata["high"]
            values[spec.name] = _kind(spec)(min(max(getattr(self, spec.name), low), high))
        changed = {name: v for name, v in values.items() if v != getattr(self, name)}
        if changed:
            log.warning("campaign pipeline settings clamped", extra={"clamped": changed})
        values["run_seconds"] = min(values["run_seconds"], values["lease"] / 3)
        return replace(self, **values)

    @property
    def lease_time(self) -> timedelta:
        return timedelta(seconds=self.lease)

    def retry_after(self, attempts: int) -> timedelta:
        """The wait before retrying a message that has had `attempts` hand-overs."""
        exponent = min(max(attempts - 1, 0), 30)
        return timedelta(seconds=min(self.retry_base * 2**exponent, self.retry_max))


_current: PipelineConfig | None = None


def config() -> PipelineConfig:
    """This process's configuration, loaded from the environment on first use."""
    global _current
    if _current is None:
        _current = PipelineConfig.load()
    return _current


def configure(value: PipelineConfig | None) -> None:
    """Use `value` in this process (None: load from the environment again); for tests."""
    global _current
    _current = value.clamped() if value is not None else None
