"""Campaign fixtures: subscribers with consent, a sender profile, a scripted SMTP sink, and
helpers that run the pipeline inline (`work.drain`) the way workers would."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

import crm.app  # noqa: F401  (registers the pipeline's tasks, as a worker does)
from campaigns import lifecycle
from campaigns.config import PipelineConfig, configure
from campaigns.models import Campaign, CampaignStatus, Segment, SenderProfile, Template
from crm import work
from crm.consent import ledger
from crm.contacts import service
from crm.contacts.schemas import ContactIn
from crm.mail import runtime
from crm.mail.mailer import SmtpConfig, SmtpMailer
from crm.models import ConsentAction, ConsentSource, Contact, Purpose, Workspace
from crm.principal import Principal
from crm.settings import Settings
from tests.campaigns.sink import ScriptedSink
from tests.web.conftest import (  # noqa: F401  (the UI's fixtures, for test_web.py)
    browser,
    make_user,
    open_browser,
    other_workspace,
)

FROM = "news@shop.example"
POSTAL = "Shop Ltd, 1 Market Street, 69001 Lyon, France"
EVERYONE = {"all": [{"field": "email", "op": "is_not_empty"}]}
HTML = """<html><head><style>p { color: #333333; }</style></head><body>
<p>Hello {{ contact.first_name | default("there") }},</p>
<p>Our <a href="https://shop.example/hoodie?utm=mail&amp;x=1">new hoodie</a> is in.</p>
</body></html>"""

# Small and quick: batches of 5, outcomes written every 10 ms, pauses seen within 50 ms.
FAST = PipelineConfig(
    batch_size=5,
    senders=2,
    flush_interval=0.01,
    status_poll=0.1,
    error_window=10,
    retry_base=60,
    lease=60,
    run_seconds=20,
)


@pytest.fixture(autouse=True)
def pipeline() -> Iterator[PipelineConfig]:
    configure(FAST)
    yield FAST
    configure(None)


@pytest.fixture
async def sink(settings: Settings) -> AsyncIterator[ScriptedSink]:
    """A scripted SMTP sink, and the process's mailer pointed at it (with a namespace of its
    own for the rate limits kept in Redis, when the broker is Redis)."""
    server = ScriptedSink()
    server.controller.start()
    previous = (runtime._settings, runtime._mailer)
    mailer = SmtpMailer(SmtpConfig.from_url(server.url))
    own = settings.model_copy(update={"broker_namespace": f"crm_test_{secrets.token_hex(4)}"})
    runtime.configure(own, mailer)
    yield server
    server.release.set()
    await mailer.aclose()
    runtime._settings, runtime._mailer = previous
    server.controller.stop()


async def subscriber(actor: Principal, email: str, **fields: Any) -> Contact:
    """A contact with confirmed email-marketing consent (and topics, when given)."""
    topics = fields.pop("topics", [])
    contact = await service.create(actor, ContactIn(email=email, **fields))
    for topic_id in [0, *topics]:
        await ledger.record(
            actor,
            contact,
            ledger.Grant(
                Purpose.EMAIL_MARKETING,
                ConsentAction.CONFIRMED,
                ConsentSource.API,
                topic_id,
                {"wording": "Send me the newsletter"},
            ),
        )
    return contact


async def withdraw(actor: Principal, contact: Contact) -> None:
    await ledger.transition(
        actor,
        contact,
        ConsentAction.WITHDRAWN,
        ConsentSource.API,
        {"wording": "stop"},
        purposes=(Purpose.EMAIL_MARKETING,),
    )


async def profile(workspace: Workspace, **values: Any) -> SenderProfile:
    found, _ = await SenderProfile.get_or_create(workspace_id=workspace.id)
    found.update_from_dict({"postal_address": POSTAL, **values})
    await found.save()
    return found


async def make_campaign(
    workspace: Workspace,
    *,
    html: str = HTML,
    subject: str = "News for {{ contact.first_name | default('you') }}",
    text: str = "",
    rules: dict[str, Any] | None = None,
    topic_ids: list[int] | None = None,
    tracking: bool = True,
    layout: Template | None = None,
) -> Campaign:
    """A draft campaign to `rules` (everyone by default), from a sender with a postal address."""
    await profile(workspace)
    template = await Template.create(
        workspace_id=workspace.id,
        name=f"t-{secrets.token_hex(3)}",
        subject=subject,
        html=html,
        text=text,
        layout_id=layout.id if layout else None,
    )
    segments = []
    if rules is not None or not topic_ids:
        segment = await Segment.create(workspace_id=workspace.id, name="s", rules=rules or EVERYONE)
        segments.append(segment.id)
    return await Campaign.create(
        workspace_id=workspace.id,
        name="Autumn news",
        template=template,
        segment_ids=segments,
        topic_ids=topic_ids or [],
        from_name="The Shop",
        from_email=FROM,
        tracking=tracking,
    )


async def settle(campaign: Campaign, rounds: int = 50) -> Campaign:
    """Run due work inline until nothing is left to run; the campaign as it ends up."""
    for _ in range(rounds):
        if not await work.drain():
            break
    await campaign.refresh_from_db()
    return campaign


async def send_now(actor: Principal, campaign: Campaign) -> Campaign:
    """Schedule for now and run the pipeline inline to its end."""
    await lifecycle.schedule(actor, campaign, None, "UTC")
    return await settle(campaign)


def assert_status(campaign: Campaign, status: CampaignStatus) -> None:
    assert campaign.status == status, (campaign.status, campaign.pause_reason)
