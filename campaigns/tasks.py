"""The pipeline's background tasks (durable work rows, crm/work.py), by name.

    campaigns.start       freeze the content, queue the planner      (campaigns/lifecycle.py)
    campaigns.plan        message rows in keyset chunks, the senders  (campaigns/planner.py)
    campaigns.send_batch  one sender run, then its successor          (campaigns/sender.py)

Each is idempotent: a task run twice (a duplicate broker message, a crash and the sweeper)
does no harm. A sender's work item holds the same lease as the messages it claims.
"""

from __future__ import annotations

from campaigns import lifecycle, planner, sender
from campaigns.config import config
from crm import work


@work.task(lifecycle.START, max_attempts=5)
async def start_task(ref: str) -> None:
    await lifecycle.start(int(ref))


@work.task(lifecycle.PLAN, max_attempts=20)
async def plan_task(ref: str) -> None:
    await planner.plan(int(ref))


@work.task(lifecycle.SEND, max_attempts=20, lease=config().lease_time)
async def send_batch_task(ref: str) -> None:
    report = await sender.run(int(ref))
    if report is not None and report.handed_back:
        await lifecycle.hand_back(int(ref))
    else:
        await lifecycle.after_batch(int(ref))
