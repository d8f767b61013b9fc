"""How long the law gives to answer a data subject request."""

from __future__ import annotations

from datetime import datetime, timedelta

from crm.models.privacy import Jurisdiction

# GDPR art. 12(3): "within one month"; we use 30 days, the stricter reading for February.
# CCPA §1798.130(a)(2): 45 days.
ANSWER_WITHIN = {Jurisdiction.GDPR: timedelta(days=30), Jurisdiction.CCPA: timedelta(days=45)}


def due_at(jurisdiction: Jurisdiction, received_at: datetime) -> datetime:
    """When an answer to a request received at `received_at` is due."""
    return received_at + ANSWER_WITHIN[jurisdiction]
