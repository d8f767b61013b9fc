"""The sending pipeline end to end, through a real SMTP server: who gets a message, what
happens on 4xx and 5xx replies, pause, cancel, a crash mid-batch, the schedule."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime, timedelta

import pytest

from campaigns import lifecycle, planner, sender, tasks
from campaigns.config import configure
from campaigns.models import CampaignSend, CampaignStatus, Message, MessageStatus, Template
from crm import clock, work
from crm.consent import ledger, suppression
from crm.contacts import service
from crm.contacts.schemas import ContactIn
from crm.errors import Invalid
from crm.models import (
    ConsentAction,
    ConsentSource,
    ConsentState,
    Contact,
    Purpose,
    SuppressionReason,
    Topic,
    WorkItem,
    Workspace,
)
from crm.models.work import WorkStatus
from crm.privacy import erasure
from tests.campaigns.conftest import (
    FAST,
    assert_status,
    make_campaign,
    profile,
    send_now,
    settle,
    subscriber,
    withdraw,
)

T0 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


async def rows(campaign) -> dict[int, Message]:  # type: ignore[no-untyped-def]
    """The campaign's message rows by contact id."""
    return {m.contact_id: m for m in await Message.filter(campaign_id=campaign.id)}


async def planned(actor, campaign) -> None:  # type: ignore[no-untyped-def]
    """Schedule, start and plan, without sending yet."""
    await lifecycle.schedule(actor, campaign, None, "UTC")
    assert await lifecycle.start(campaign.id)
    await planner.plan(campaign.id)
    await campaign.refresh_from_db()


# Rule: the audience is the target AND consent (confirmed, as the workspace requires double
# opt-in) AND not suppressed AND not restricted or erased; each member gets one message.
async def test_each_eligible_subscriber_gets_one_message_and_nobody_else_any(
    workspace, actor, sink
):
    # given
    eligible = [await subscriber(actor, f"yes{i}@example.org") for i in range(6)]
    await service.create(actor, ContactIn(email="never-asked@example.org"))
    pending = await service.create(actor, ContactIn(email="pending@example.org"))
    await ledger.record(
        actor,
        pending,
        ledger.Grant(Purpose.EMAIL_MARKETING, ConsentAction.PENDING, ConsentSource.FORM),
    )
    restricted = await subscriber(actor, "restricted@example.org")
    await Contact.filter(id=restricted.id).update(restricted_at=clock.now())
    bounced = await subscriber(actor, "bounced@example.org")
    await suppression.add(workspace.id, bounced.email, SuppressionReason.BOUNCED)
    erased = await subscriber(actor, "erased@example.org")
    await erasure.erase(actor, erased)
    await subscriber(actor, "outside@example.org", country="US")
    campaign = await make_campaign(
        workspace, rules={"all": [{"field": "country", "op": "neq", "value": "US"}]}
    )
    # when
    campaign = await send_now(actor, campaign)
    # then
    assert_status(campaign, CampaignStatus.SENT)
    assert sink.recipients() == sorted(c.email for c in eligible)
    messages = await rows(campaign)
    assert set(messages) == {c.id for c in eligible}
    assert {m.status for m in messages.values()} == {MessageStatus.SENT}
    assert all(m.smtp_reply.startswith("250 2.0.0 Ok") and m.sent_at for m in messages.values())
    assert {r.message["Message-ID"] for r in sink.received} == {
        m.message_id for m in messages.values()
    }


# Rule: consent, topics, restriction, erasure and suppression are checked again just before
# each message goes; whoever changed since planning is skipped with the reason recorded.
async def test_a_change_between_planning_and_sending_skips_with_the_reason(workspace, actor, sink):
    # given
    news = await Topic.create(workspace=workspace, key="news", name="News")
    people = [await subscriber(actor, f"p{i}@example.org", topics=[news.id]) for i in range(6)]
    withdrew, left, restricted, erased, complained, stayed = people
    campaign = await make_campaign(workspace, topic_ids=[news.id])
    await planned(actor, campaign)
    assert await Message.filter(campaign_id=campaign.id, status=MessageStatus.QUEUED).count() == 6
    # when
    await withdraw(actor, withdrew)
    await ledger.record(
        actor,
        left,
        ledger.Grant(Purpose.EMAIL_MARKETING, ConsentAction.WITHDRAWN, ConsentSource.API, news.id),
    )
    await Contact.filter(id=restricted.id).update(restricted_at=clock.now())
    await erasure.erase(actor, erased)
    await suppression.add(workspace.id, complained.email, SuppressionReason.COMPLAINED)
    campaign = await settle(campaign)
    # then
    assert_status(campaign, CampaignStatus.SENT)
    assert sink.recipients() == [stayed.email]
    messages = await rows(campaign)
    assert {c.email: (messages[c.id].status, messages[c.id].skip_reason) for c in people} == {
        withdrew.email: (MessageStatus.SKIPPED, "consent_withdrawn"),
        left.email: (MessageStatus.SKIPPED, "left_topic"),
        restricted.email: (MessageStatus.SKIPPED, "restricted"),
        erased.email: (MessageStatus.SKIPPED, "erased"),
        complained.email: (MessageStatus.SKIPPED, "suppressed"),
        stayed.email: (MessageStatus.SENT, ""),
    }


# Rule: 4xx replies, throttling ones included (421, 454), are retried with backoff without
# failing the campaign; the message reaches the recipient once.
async def test_4xx_replies_are_retried_with_backoff_and_delivered_once(workspace, actor, sink):
    with clock.frozen(T0):
        # given
        slow = await subscriber(actor, "slow@example.org")
        await subscriber(actor, "fine@example.org")
        sink.script[slow.email].extend(
            [("rcpt", "421 4.7.0 Try again later"), ("data", "454 4.7.0 Throttling")]
        )
        campaign = await make_campaign(workspace)
        # when
        campaign = await send_now(actor, campaign)
        # then: the first refusal waits its backoff, the campaign goes on
        assert_status(campaign, CampaignStatus.SENDING)
        row = (await rows(campaign))[slow.id]
        assert (row.status, row.attempts) == (MessageStatus.QUEUED, 1)
        assert row.smtp_reply.startswith("421")
        assert row.next_attempt_at == T0 + timedelta(seconds=FAST.retry_base)
        # when: the backoff has passed, twice (doubling)
        clock.advance(timedelta(seconds=FAST.retry_base))
        await settle(campaign)
        row = (await rows(campaign))[slow.id]
        assert (row.status, row.attempts, row.smtp_reply[:3]) == (MessageStatus.QUEUED, 2, "454")
        assert row.next_attempt_at == clock.now() + timedelta(seconds=2 * FAST.retry_base)
        clock.advance(timedelta(seconds=2 * FAST.retry_base))
        campaign = await settle(campaign)
    # then
    assert_status(campaign, CampaignStatus.SENT)
    row = (await rows(campaign))[slow.id]
    assert (row.status, row.attempts) == (MessageStatus.SENT, 3)
    assert len(sink.to(slow.email)) == 1 and len(sink.to("fine@example.org")) == 1


# Rule: a message refused with 4xx on every attempt fails once its attempts are spent; the
# campaign still finishes.
async def test_a_message_failing_on_every_attempt_fails_and_the_campaign_finishes(
    workspace, actor, sink
):
    configure(FAST.__class__(**{**FAST.__dict__, "max_attempts": 2}))
    with clock.frozen(T0):
        stuck = await subscriber(actor, "stuck@example.org")
        sink.script[stuck.email].extend([("rcpt", "451 4.3.0 Busy")] * 2)
        campaign = await send_now(actor, await make_campaign(workspace))
        clock.advance(timedelta(hours=1))
        campaign = await settle(campaign)
    assert_status(campaign, CampaignStatus.SENT)
    row = (await rows(campaign))[stuck.id]
    assert (row.status, row.attempts, row.smtp_reply[:3]) == (MessageStatus.FAILED, 2, "451")
    assert sink.received == []


# Rule: a 5xx refusal of the address (user unknown) is a hard bounce: the message is bounced
# and the address suppressed, so the next campaign does not plan it.
async def test_a_hard_bounce_is_recorded_and_suppresses_the_address(workspace, actor, sink):
    gone = await subscriber(actor, "gone@example.org")
    await subscriber(actor, "here@example.org")
    sink.script[gone.email].append(("rcpt", "550 5.1.1 <gone@example.org>: User unknown"))
    campaign = await send_now(actor, await make_campaign(workspace))
    assert_status(campaign, CampaignStatus.SENT)
    row = (await rows(campaign))[gone.id]
    assert row.status == MessageStatus.BOUNCED and "5.1.1" in row.smtp_reply
    assert SuppressionReason.BOUNCED in await suppression.reasons(workspace.id, gone.email)
    # the next campaign
    again = await send_now(actor, await make_campaign(workspace))
    assert set(await rows(again)) == {c.id for c in await Contact.filter(email="here@example.org")}


# Rule: a 5xx after DATA refuses the message, not the address: failed, never suppressed.
async def test_a_5xx_for_the_message_fails_it_without_suppressing_the_address(
    workspace, actor, sink
):
    picky = await subscriber(actor, "picky@example.org")
    sink.script[picky.email].append(("data", "554 5.7.1 Message looks like spam"))
    campaign = await send_now(actor, await make_campaign(workspace))
    row = (await rows(campaign))[picky.id]
    assert (row.status, row.smtp_reply) == (
        MessageStatus.FAILED,
        "554 5.7.1 Message looks like spam",
    )
    assert await suppression.reasons(workspace.id, picky.email) == {}


# Rule: when too many of the recent attempts fail, the campaign pauses itself with the reason;
# resumed, it sends the rest, and nothing twice.
async def test_a_high_error_rate_pauses_the_campaign_and_resume_sends_the_rest(
    workspace, actor, sink
):
    # given
    people = [await subscriber(actor, f"p{i:02}@example.org") for i in range(25)]
    sink.refuse_all = "550 5.7.1 Relaying denied"
    campaign = await make_campaign(workspace)
    # when
    campaign = await send_now(actor, campaign)
    # then
    assert_status(campaign, CampaignStatus.PAUSED)
    assert (
        campaign.pause_reason
        == f"paused: {FAST.error_window} of the last {FAST.error_window} attempts failed"
    )
    failed = await Message.filter(campaign_id=campaign.id, status=MessageStatus.FAILED).count()
    assert FAST.error_window <= failed < len(people)
    assert await suppression.suppressed(workspace.id, [p.email for p in people]) == {}
    # when: the relay is fixed and the campaign resumed
    sink.refuse_all = ""
    await lifecycle.resume(actor, campaign)
    campaign = await settle(campaign)
    # then
    assert_status(campaign, CampaignStatus.SENT)
    assert len(sink.received) == len(people) - failed
    assert len(set(sink.recipients())) == len(sink.received)


async def _sending_in_background(actor, campaign, sink, *, slow: float = 0.02):  # type: ignore[no-untyped-def]
    sink.data_delay = slow
    await planned(actor, campaign)
    return asyncio.create_task(sender.run(campaign.id))


async def _until(check, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


# Rule: a pause takes effect within one batch (messages claimed but not handed over go back
# to the queue); resumed, the campaign sends everyone else exactly once.
async def test_a_pause_takes_effect_within_one_batch_and_resume_finishes_once(
    workspace, actor, sink
):
    # given
    people = [await subscriber(actor, f"p{i:02}@example.org") for i in range(40)]
    campaign = await make_campaign(workspace)
    running = await _sending_in_background(actor, campaign, sink)
    await _until(lambda: len(sink.received) >= 8)
    # when
    await lifecycle.pause_by(actor, campaign)
    at_pause = len(sink.received)
    report = await running
    # then
    assert report is not None and report.released > 0
    assert len(sink.received) - at_pause <= FAST.batch_size + 4  # one batch, pool of four
    await campaign.refresh_from_db()
    assert_status(campaign, CampaignStatus.PAUSED)
    assert campaign.pause_reason == "paused by tester@example.com"
    # when
    await lifecycle.resume(actor, campaign)
    campaign = await settle(campaign)
    # then
    assert_status(campaign, CampaignStatus.SENT)
    assert sink.recipients() == sorted(p.email for p in people)


# Rule: a process runs one sender of a campaign at a time; another run of it there is handed
# back to the broker (for a process with none) instead of queueing behind the first.
async def test_a_second_sender_of_a_campaign_in_one_process_is_handed_back(workspace, actor, sink):
    for i in range(20):
        await subscriber(actor, f"p{i:02}@example.org")
    campaign = await make_campaign(workspace)
    running = await _sending_in_background(actor, campaign, sink)
    await _until(lambda: len(sink.received) >= 1)
    items_before = await WorkItem.filter(task=lifecycle.SEND, ref=str(campaign.id)).count()
    second = await sender.run(campaign.id)
    assert second is not None and second.handed_back and second.sent == 0
    await tasks.send_batch_task(str(campaign.id))  # as a worker runs it
    assert (
        await WorkItem.filter(task=lifecycle.SEND, ref=str(campaign.id)).count() == items_before + 1
    )
    first = await running
    assert first is not None and not first.handed_back and first.sent == 20


# Rule: a cancel stops sending within one batch; what was not sent is skipped, for good.
async def test_a_cancel_skips_every_message_not_yet_sent(workspace, actor, sink):
    people = [await subscriber(actor, f"p{i:02}@example.org") for i in range(40)]
    campaign = await make_campaign(workspace)
    running = await _sending_in_background(actor, campaign, sink)
    await _until(lambda: len(sink.received) >= 5)
    await lifecycle.cancel(actor, campaign)
    await running
    campaign = await settle(campaign)
    assert_status(campaign, CampaignStatus.CANCELLED)
    messages = await Message.filter(campaign_id=campaign.id)
    sent = [m for m in messages if m.status == MessageStatus.SENT]
    skipped = [m for m in messages if m.status == MessageStatus.SKIPPED]
    assert len(sent) == len(sink.received) < len(people)
    assert len(sent) + len(skipped) == len(people)
    assert {m.skip_reason for m in skipped} == {"campaign_cancelled"}


# Rule (the crash rule): a sender stopped mid-batch loses nothing and repeats nothing. What
# the relay accepted is recorded as sent; what it never handed over goes back to the queue;
# what was in flight stays `sending` until its lease has passed, then is sent again with the
# same Message-ID. In the end every eligible recipient has exactly one message at the sink.
async def test_a_sender_killed_mid_batch_resumes_with_one_message_per_recipient(
    workspace, actor, sink
):
    with clock.frozen(T0):
        # given: a running sender whose relay holds every new transaction after six messages
        people = [await subscriber(actor, f"p{i:02}@example.org") for i in range(20)]
        campaign = await make_campaign(workspace)
        await planned(actor, campaign)
        item = await WorkItem.filter(task=lifecycle.SEND, ref=str(campaign.id)).first()
        assert item is not None
        sink.hold_after = 6
        running = asyncio.create_task(work.run(item.id))
        await asyncio.to_thread(sink.held.wait, 10)
        await asyncio.sleep(0.3)  # the accepted six are written within flush_interval
        # when: the sender dies with messages in flight
        running.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running
        # then
        messages = await Message.filter(campaign_id=campaign.id)
        by_status = {s: [m for m in messages if m.status == s] for s in MessageStatus}
        accepted = len(sink.received)
        assert len(by_status[MessageStatus.SENT]) == accepted >= 6
        in_doubt = by_status[MessageStatus.SENDING]
        assert 0 < len(in_doubt) <= 4  # the pool's connections
        assert len(by_status[MessageStatus.QUEUED]) == 20 - accepted - len(in_doubt)
        # when: the relay recovers and, the leases past, the sweeper hands the work over
        sink.hold_after = None
        sink.release.set()
        clock.advance(timedelta(seconds=301))
        for due in await work.due():
            await work.run(due)
        campaign = await settle(campaign)
    # then
    assert_status(campaign, CampaignStatus.SENT)
    assert sink.recipients() == sorted(p.email for p in people)
    resent = {m.id: m for m in await Message.filter(id__in=[m.id for m in in_doubt])}
    for before in in_doubt:
        after = resent[before.id]
        assert (after.status, after.attempts) == (MessageStatus.SENT, 2)
        contact = next(p for p in people if p.id == before.contact_id)
        assert [r.message["Message-ID"] for r in sink.to(contact.email)] == [before.message_id]
    assert await WorkItem.filter(id=item.id, status=WorkStatus.DONE).exists()


# Rule: the send time is read in the campaign's time zone; nothing goes before it.
async def test_a_campaign_starts_at_its_local_send_time(workspace, actor, sink):
    with clock.frozen(T0):
        await subscriber(actor, "reader@example.org")
        campaign = await make_campaign(workspace)
        await lifecycle.schedule(actor, campaign, datetime(2026, 12, 1, 9, 0), "Europe/Paris")
        await campaign.refresh_from_db()
        assert campaign.send_at == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
        campaign = await settle(campaign)
        assert_status(campaign, CampaignStatus.SCHEDULED)
        assert sink.received == []
        clock.advance(campaign.send_at - clock.now())
        campaign = await settle(campaign)
    assert_status(campaign, CampaignStatus.SENT)
    assert sink.recipients() == ["reader@example.org"]


# Rule: a wall-clock time skipped by a DST change is refused; one that occurs twice is the
# first.
async def test_a_send_time_in_a_dst_change_is_refused_or_taken_first(workspace, actor):
    with clock.frozen(T0.replace(month=1)):
        with pytest.raises(Invalid, match="does not exist in Europe/Paris"):
            lifecycle.send_time(datetime(2026, 3, 29, 2, 30), "Europe/Paris")
        first = lifecycle.send_time(datetime(2026, 10, 25, 2, 30), "Europe/Paris")
        assert first == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
        with pytest.raises(Invalid, match="unknown time zone"):
            lifecycle.send_time(None, "Mars/Olympus")


# Rule: the content is frozen when sending starts: editing the template later changes nothing.
async def test_editing_the_template_after_the_start_changes_nothing(workspace, actor, sink):
    await subscriber(actor, "reader@example.org")
    campaign = await make_campaign(workspace, subject="Before")
    await planned(actor, campaign)
    await Template.filter(id=campaign.template_id).update(subject="After")  # type: ignore[attr-defined]
    await settle(campaign)
    assert [r.message["Subject"] for r in sink.received] == ["Before"]


# Rule: each workspace's rate limit holds: in any second, at most its rate plus its burst.
async def test_the_workspace_rate_limit_holds(workspace, actor, sink):
    rate, count = 10, 24
    await profile(workspace, messages_per_second=rate)
    for i in range(count):
        await subscriber(actor, f"p{i:02}@example.org")
    campaign = await make_campaign(workspace)
    await planned(actor, campaign)
    await settle(campaign)
    times = sorted(r.at for r in sink.received)
    assert len(times) == count
    burst = max(1, rate * FAST.rate_burst)
    assert times[-1] - times[0] >= (count - burst - 1) / rate
    for i, start in enumerate(times):
        in_window = sum(1 for t in times[i:] if t - start < 1.0)
        assert in_window <= rate + burst + 1, (i, in_window)


async def _confirmed(workspace, email: str, action=ConsentAction.CONFIRMED) -> Contact:  # type: ignore[no-untyped-def]
    """A contact and its email-marketing state written directly (the planner reads only the
    projection): quick enough for a few hundred."""
    contact = await Contact.create(workspace=workspace, email=email)
    await ConsentState.create(
        workspace_id=workspace.id,
        contact_id=contact.id,
        purpose=Purpose.EMAIL_MARKETING,
        topic_id=0,
        status=action,
        event_id=0,
        since=clock.now(),
    )
    return contact


# Rule: the planner writes message rows in keyset chunks, each chunk and its cursor in one
# transaction: a planner that dies mid-chunk leaves the chunks before it, and a fresh run
# resumes after them, so every recipient gets exactly one row and nobody is missed.
async def test_a_planner_that_dies_mid_chunk_resumes_after_the_last_chunk_written(
    workspace, actor, monkeypatch
):
    # given: 250 subscribers (chunks of 100), two of them suppressed, one who withdrew
    configure(FAST.__class__(**{**FAST.__dict__, "plan_chunk": 100}))
    people = [await _confirmed(workspace, f"p{i:03}@example.org") for i in range(250)]
    await _confirmed(workspace, "withdrew@example.org", ConsentAction.WITHDRAWN)
    for gone in (people[5], people[150]):
        await suppression.add(workspace.id, gone.email, SuppressionReason.UNSUBSCRIBED)
    expected = {p.id for p in people} - {people[5].id, people[150].id}
    campaign = await make_campaign(workspace)
    await lifecycle.schedule(actor, campaign, None, "UTC")
    assert await lifecycle.start(campaign.id)
    real_insert, calls = planner.insert_messages, []

    async def dies_in_the_second_chunk(workspace_id, campaign_id, contact_ids):  # type: ignore[no-untyped-def]
        await real_insert(workspace_id, campaign_id, contact_ids)
        calls.append(len(contact_ids))
        if len(calls) == 2:
            raise ConnectionError("the worker lost its database mid-chunk")

    monkeypatch.setattr(planner, "insert_messages", dies_in_the_second_chunk)
    # when
    with pytest.raises(ConnectionError):
        await planner.plan(campaign.id)
    # then: the first chunk is written with its cursor; the second is rolled back whole
    written = await Message.filter(campaign_id=campaign.id).values_list("contact_id", flat=True)
    assert sorted(written) == sorted(expected)[:99]  # 100 read, one of them suppressed
    send = await CampaignSend.get(campaign_id=campaign.id)
    assert send.plan_cursor == people[99].id
    await campaign.refresh_from_db()
    assert campaign.planned_at is None
    # when: the task runs again
    monkeypatch.setattr(planner, "insert_messages", real_insert)
    assert await planner.plan(campaign.id) == len(expected) - 99
    # then
    written = await Message.filter(campaign_id=campaign.id).values_list("contact_id", flat=True)
    assert sorted(written) == sorted(expected)
    assert (await CampaignSend.get(campaign_id=campaign.id)).plan_cursor == people[-1].id
    await campaign.refresh_from_db()
    assert campaign.planned_at is not None
    # and a duplicate run (a redelivered broker message) writes nothing more
    assert await planner.plan(campaign.id) == 0
    await lifecycle.cancel(actor, campaign)  # its queued senders must not mail later tests


# Rule: where the workspace requires double opt-in, a single opt-in (granted, not confirmed)
# is not enough to be mailed; where it does not, it is.
@pytest.mark.parametrize("double_opt_in", [True, False])
async def test_double_opt_in_decides_whether_a_single_opt_in_is_mailed(
    workspace, actor, sink, double_opt_in
):
    await Workspace.filter(id=workspace.id).update(double_opt_in=double_opt_in)
    confirmed = await subscriber(actor, "confirmed@example.org")
    single = await service.create(actor, ContactIn(email="single@example.org"))
    await ledger.record(
        actor,
        single,
        ledger.Grant(Purpose.EMAIL_MARKETING, ConsentAction.GRANTED, ConsentSource.API),
    )
    campaign = await send_now(actor, await make_campaign(workspace))
    assert_status(campaign, CampaignStatus.SENT)
    expected = [confirmed.email, single.email] if not double_opt_in else [confirmed.email]
    assert sink.recipients() == sorted(expected)
