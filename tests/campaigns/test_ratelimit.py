"""The rate limiter's arithmetic (GCRA), independent of where its state is kept."""

from __future__ import annotations

from campaigns.ratelimit import MAX_WAIT, Limit, grant, limits_for

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
