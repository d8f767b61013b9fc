"""The pipeline's configuration: read from the environment, clamped, never refused."""

from __future__ import annotations

from datetime import timedelta

from campaigns.config import PipelineConfig


# Rule: a value out of its range is brought inside it, with a warning; a value that is not a
# number is ignored; the rest are read as given.
def test_values_are_read_and_clamped_into_their_range(caplog):
    config = PipelineConfig.load(
        {
            "CAMPAIGN_BATCH_SIZE": "50000",
            "CAMPAIGN_SENDERS": "0",
            "CAMPAIGN_ERROR_RATE": "0.25",
            "CAMPAIGN_LEASE": "lots",
        }
    )
    assert (config.batch_size, config.senders, config.error_rate) == (2000, 1, 0.25)
    assert config.lease == PipelineConfig().lease
    assert "clamped" in caplog.text


# Rule: a run always ends well inside its lease (a third of it at most).
def test_a_run_is_at_most_a_third_of_the_lease():
    config = PipelineConfig(lease=6, run_seconds=60).clamped()
    assert config.run_seconds == 2


# Rule: 4xx retries back off by doubling, up to the cap.
def test_retries_back_off_by_doubling_up_to_the_cap():
    config = PipelineConfig(retry_base=60, retry_max=300)
    waits = [config.retry_after(n) for n in range(1, 6)]
    assert waits == [timedelta(seconds=s) for s in (60, 120, 240, 300, 300)]
