"""The sender: one run of a campaign's `send_batch` task, listmonk's manager in small parts.

A run claims batches of message rows (campaigns/queries.py), checks each recipient again
(campaigns/audience.py: consent, restriction, erasure, topics, suppression), takes what the
rate limits allow (campaigns/ratelimit.py) and hands the messages to N concurrent workers,
N being the mailer's concurrency (the SMTP pool size). The workers render, write and sign
each message as they take it, send it, and pass the outcome to the recorder, which writes
outcomes in one statement at least every `flush_interval`. A run stops after `run_seconds`
(the task then queues its successor, campaigns/lifecycle.py), when no message is left, or
as soon as the campaign is paused or cancelled: the watcher looks every `status_poll`, and
messages claimed but not yet handed over go back to the queue. An error counter over the
last `error_window` attempts pauses the campaign when `error_rate` of them failed.

**Outcomes.** 2xx: `sent`, with the reply. 4xx, a timeout or a dropped connection: `queued`
again with a backoff, until `max_attempts`, then `failed`. 5xx: a hard bounce
(campaigns/bounces.py) is `bounced` and its address suppressed; any other 5xx is `failed`.

**Crash rule.** A message becomes `sent` only after the relay's reply. It is claimed with a
lease and carries a Message-ID fixed by its row (`<row id>.<campaign nonce>@<sender
domain>`), the same on every attempt. A run that is stopped (cancelled, or out of its lease)
writes what it knows and gives back what it never handed over. A run that is killed leaves
its in-flight messages `sending`; once their lease has passed they are *in doubt* and are
claimed again and re-sent with the same Message-ID. Almost always the first attempt died
with its connection before the relay accepted it, so the recipient gets exactly one copy;
only a kill in the instant between the relay's acceptance and the write of that outcome
(at most `flush_interval`) yields a second copy, which carries the same Message-ID and is
folded into the first by mailbox providers. Nobody is missed: every message ends `sent`,
`failed`, `bounced` or `skipped`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any, cast

from campaigns import audience, bounces, ratelimit
from campaigns.compose import Composer
from campaigns.config import PipelineConfig, config
from campaigns.content import Content
from campaigns.errors import RenderError
from campaigns.lifecycle import pause
from campaigns.models import (
    Campaign,
    CampaignSend,
    CampaignStatus,
    MessageStatus,
    SenderProfile,
    SkipReason,
)
from campaigns.queries import Claimed, Outcome, claim, record, release, skip_queued
from campaigns.rendering import CONTACT_VALUES
from crm import clock
from crm.consent import suppression
from crm.contacts.tags import names_by_contact
from crm.mail import runtime
from crm.mail.errors import MailError, PermanentMailError
from crm.mail.mailer import Envelope, Mailer, SmtpMailer
from crm.models import Contact, SuppressionReason, Workspace

log = logging.getLogger(__name__)

FLUSH_RETRIES = 3  # attempts to write outcomes before the run gives up (and its leases run out)
_running: Counter[int] = Counter()  # sender runs of each campaign in this process


@dataclass
class Report:
    """What one run did (logged, and returned for tests)."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    bounced: int = 0
    skipped: int = 0
    released: int = 0
    paused: str = ""  # why this run paused the campaign, if it did
    handed_back: bool = False  # another run of the campaign was busy in this process


@dataclass(frozen=True)
class _Job:
    claimed: Claimed
    contact: dict[str, Any]


class Recorder:
    """Collects outcomes and writes them at least every `interval` or `size` outcomes."""

    def __init__(self, interval: float, size: int) -> None:
        self.interval = interval
        self.size = size
        self.pending: list[Outcome] = []
        self._full = asyncio.Event()

    def add(self, outcome: Outcome) -> None:
        self.pending.append(outcome)
        if len(self.pending) >= self.size:
            self._full.set()

    async def run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._full.wait(), self.interval)
            self._full.clear()
            await self.flush()

    async def flush(self) -> None:
        """Write the pending outcomes. Interrupted (a cancel, a database error), they stay
        pending for the next flush: writing an outcome twice changes nothing."""
        batch, self.pending = self.pending, []
        try:
            for attempt in range(1, FLUSH_RETRIES + 1):
                try:
                    await record(batch)
                    return
                except Exception:
                    if attempt == FLUSH_RETRIES:
                        raise
                    log.warning("could not record outcomes, retrying", exc_info=True)
                    await asyncio.sleep(0.2 * attempt)
        except BaseException:
            self.pending[:0] = batch
            raise


class ErrorCounter:
    """The share of failures among the last `window` attempts."""

    def __init__(self, window: int, rate: float) -> None:
        self.recent: deque[bool] = deque(maxlen=window)
        self.rate = rate
        self.failed = 0  # in `recent`, kept as attempts come and go (not summed per message)

    def add(self, failed: bool) -> bool:
        """Count an attempt; True when the window is full and too many of it failed."""
        recent = self.recent
        if len(recent) == recent.maxlen:
            self.failed -= recent[0]
        recent.append(failed)
        self.failed += failed
        return len(recent) == recent.maxlen and self.failed >= self.rate * len(recent)

    def describe(self) -> str:
        return f"{self.failed} of the last {len(self.recent)} attempts failed"


@dataclass
class Run:
    """One run of a campaign's sender; see the module docstring."""

    campaign: Campaign
    workspace: Workspace
    composer: Composer
    mailer: Mailer
    limiter: ratelimit.Limiter
    limits: list[ratelimit.Limit]
    nonce: str  # in the campaign's Message-IDs
    cfg: PipelineConfig
    report: Report = field(default_factory=Report)

    def __post_init__(self) -> None:
        self.concurrency = max(1, self.mailer.concurrency)
        self.queue: asyncio.Queue[_Job | None] = asyncio.Queue(maxsize=self.concurrency)
        self.stop = asyncio.Event()
        self.recorder = Recorder(self.cfg.flush_interval, self.cfg.flush_size)
        self.errors = ErrorCounter(self.cfg.error_window, self.cfg.error_rate)
        self.held: set[int] = set()  # claimed, not handed to SMTP yet: back to the queue
        # A claim never holds more than the limits let through in half a run, so every
        # claimed message is handed over well inside its lease.
        slowest = min((limit.rate for limit in self.limits), default=float("inf"))
        self.claim_size = int(max(1, min(self.cfg.batch_size, slowest * self.cfg.run_seconds / 2)))

    async def execute(self) -> Report:
        """Run until done, out of time, paused or cancelled; raises what a part raised (the
        work item is then retried), having written every outcome it knows."""
        tasks = [
            asyncio.create_task(self.produce(time.monotonic() + self.cfg.run_seconds)),
            *[asyncio.create_task(self.work()) for _ in range(self.concurrency)],
        ]
        helpers = [asyncio.create_task(self.recorder.run()), asyncio.create_task(self.watch())]
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in [*tasks, *helpers]:
                task.cancel()
            await asyncio.gather(*tasks, *helpers, return_exceptions=True)
            # Even when this run is being cancelled: write what is known, return the rest.
            await asyncio.shield(self.close())
        return self.report

    async def close(self) -> None:
        await self.recorder.flush()
        self.report.released += await release(sorted(self.held))
        if self.report.released and await self.status() == CampaignStatus.CANCELLED:
            # Given back after the cancel skipped the queue: they are skipped too.
            await skip_queued(self.campaign.id, SkipReason.CANCELLED)

    async def watch(self) -> None:
        """Stop the run as soon as the campaign is no longer sending (paused, cancelled)."""
        while not self.stop.is_set():
            await asyncio.sleep(self.cfg.status_poll)
            if not await self.sending():
                self.stop.set()

    async def status(self) -> CampaignStatus:
        found = Campaign.filter(id=self.campaign.id).first().values_list("status", flat=True)
        return CampaignStatus(cast(str, await found))

    async def sending(self) -> bool:
        return await self.status() == CampaignStatus.SENDING

    async def produce(self, deadline: float) -> None:
        while not self.stop.is_set() and time.monotonic() < deadline:
            if not await self.sending():
                self.stop.set()
                break
            lease_until = clock.now() + self.cfg.lease_time
            suffix = self.composer.id_suffix(self.nonce)
            claimed = await claim(self.campaign.id, self.claim_size, lease_until, suffix)
            if not claimed:
                break
            self.held.update(c.id for c in claimed)
            jobs = await self.prepare(claimed)
            handed = 0
            while handed < len(jobs) and not self.stop.is_set():
                allowed = await ratelimit.acquire(self.limiter, self.limits, len(jobs) - handed)
                for job in jobs[handed : handed + allowed]:
                    await self.queue.put(job)
                handed += allowed
        for _ in range(self.concurrency):
            await self.queue.put(None)

    async def prepare(self, claimed: list[Claimed]) -> list[_Job]:
        """Load the recipients of a claimed batch and check them again; skip the others."""
        ids = [c.contact_id for c in claimed]
        rows = await Contact.filter(id__in=ids).values(*CONTACT_VALUES)
        contacts = {row["id"]: row for row in rows}
        if self.composer.renderer.content.uses_tags:
            tags = await names_by_contact(ids)
            for contact_id, row in contacts.items():
                row["tags"] = tags.get(contact_id, [])
        check = await audience.recheck(self.campaign, self.workspace, contacts)
        jobs = []
        for c in claimed:
            if c.contact_id in check.allowed:
                jobs.append(_Job(c, contacts[c.contact_id]))
            else:
                reason = check.skipped.get(c.contact_id, SkipReason.ERASED)
                skipped = Outcome(c.id, c.attempts, MessageStatus.SKIPPED, skip_reason=reason)
                self.held.discard(c.id)
                self.recorder.add(skipped)
                self.report.skipped += 1
        return jobs

    async def work(self) -> None:
        while (job := await self.queue.get()) is not None:
            if self.stop.is_set():
                continue  # still held: given back when the run closes
            self.held.discard(job.claimed.id)
            outcome = await self.send(job)
            self.recorder.add(outcome)
            if self.errors.add(outcome.status != MessageStatus.SENT) and not self.stop.is_set():
                await self.trip()

    async def send(self, job: _Job) -> Outcome:
        c, contact = job.claimed, job.contact
        try:
            composed = self.composer.compose(c.id, contact, c.message_id)
        except RenderError as exc:
            self.report.failed += 1
            return Outcome(c.id, c.attempts, MessageStatus.FAILED, reply=f"not rendered: {exc}")
        envelope = Envelope(self.workspace.id, c.contact_id)
        try:
            reply = await self.mailer.send_raw(
                self.campaign.from_email, contact["email"], composed.data, envelope
            )
        except PermanentMailError as exc:
            if bounces.is_hard(exc):
                bounced = SuppressionReason.BOUNCED
                await suppression.add(self.workspace.id, contact["email"], bounced)
                self.report.bounced += 1
                return Outcome(c.id, c.attempts, MessageStatus.BOUNCED, reply=str(exc))
            self.report.failed += 1
            return Outcome(c.id, c.attempts, MessageStatus.FAILED, reply=str(exc))
        except MailError as exc:
            if c.attempts >= self.cfg.max_attempts:
                self.report.failed += 1
                return Outcome(c.id, c.attempts, MessageStatus.FAILED, reply=str(exc))
            self.report.retried += 1
            retry_at = clock.now() + self.cfg.retry_after(c.attempts)
            return Outcome(
                c.id, c.attempts, MessageStatus.QUEUED, reply=str(exc), next_attempt_at=retry_at
            )
        self.report.sent += 1
        return Outcome(c.id, c.attempts, MessageStatus.SENT, reply=reply, sent_at=clock.now())

    async def trip(self) -> None:
        """Pause the campaign: too many of the recent attempts failed."""
        self.stop.set()
        self.report.paused = f"paused: {self.errors.describe()}"
        await pause(self.campaign.id, self.report.paused)
        log.warning(
            "campaign paused on errors",
            extra={"campaign": self.campaign.id, "errors": self.errors.describe()},
        )


async def run(campaign_id: int, cfg: PipelineConfig | None = None) -> Report | None:
    """Send what is due of a sending campaign for at most one run; None when it is not
    sending (paused, cancelled, finished: nothing to do).

    A process runs one sender of a campaign at a time: a run already keeps every connection
    of the process's SMTP pool busy, so a second would only wait behind it, while another
    worker process, whose broker consumer was slower to fetch, stays idle. Such a run is
    handed back (`Report.handed_back`) for a process that has none.
    """
    if _running[campaign_id]:
        return Report(handed_back=True)
    _running[campaign_id] += 1
    try:
        return await _run(campaign_id, cfg or config())
    finally:
        _running[campaign_id] -= 1


async def _run(campaign_id: int, cfg: PipelineConfig) -> Report | None:
    campaign = await Campaign.get_or_none(id=campaign_id)
    send = await CampaignSend.get_or_none(campaign_id=campaign_id)
    if campaign is None or campaign.status != CampaignStatus.SENDING or send is None:
        return None
    workspace = await Workspace.get(id=campaign.workspace_id)
    profile = await SenderProfile.get_or_none(workspace_id=workspace.id)
    content = Content.from_json(send.content)
    settings = runtime.settings()
    sender = Run(
        campaign=campaign,
        workspace=workspace,
        composer=await Composer.load(campaign, content),
        nonce=send.nonce,
        mailer=runtime.mailer(),
        limiter=ratelimit.limiter(settings),
        limits=ratelimit.limits_for(workspace.id, profile.messages_per_second if profile else 0),
        cfg=cfg,
    )
    report = await sender.execute()
    stats = sender.mailer.stats().__dict__ if isinstance(sender.mailer, SmtpMailer) else {}
    pool = {f"pool_{name}": value for name, value in stats.items()}
    log.info("sender run done", extra={"campaign": campaign_id, **report.__dict__, **pool})
    return report
