"""A sent campaign with links, a subscribed reader, their message and signed tokens for it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import timedelta

import httpx
import pytest

from campaigns.models import Campaign, CampaignLink, CampaignStatus, Message, MessageStatus
from crm import clock
from crm.consent import ledger
from crm.contacts import service
from crm.contacts.schemas import ContactIn
from crm.models import ConsentAction, ConsentSource, Contact, Purpose, Workspace
from crm.principal import Principal
from crm.settings import Settings
from crm.tokens import Claims, Kind, sign
from tracking import processor, recorder
from tracking.models import TrackingEvent

LINKS = ["https://shop.example/spring?utm_source=mail", "https://shop.example/sale"]
READER_IP = "203.0.113.77"
BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36"

Signer = Callable[..., str]


async def make_campaign(
    workspace: Workspace, status: CampaignStatus = CampaignStatus.SENDING, **fields: object
) -> Campaign:
    from campaigns.models import Template

    template = await Template.create(
        workspace_id=workspace.id, name="Spring", subject="Spring", html="<p>Hi</p>"
    )
    campaign = await Campaign.create(
        workspace_id=workspace.id, name="Spring sale", template=template, status=status, **fields
    )
    for index, url in enumerate(LINKS):
        await CampaignLink.create(campaign=campaign, index=index, url=url)
    return campaign


async def make_reader(actor: Principal, email: str = "reader@example.org") -> Contact:
    """A contact with a confirmed email marketing consent."""
    contact = await service.create(actor, ContactIn(email=email, first_name="Rea"))
    await ledger.record(
        actor,
        contact,
        ledger.Grant(
            Purpose.EMAIL_MARKETING,
            ConsentAction.CONFIRMED,
            ConsentSource.FORM,
            evidence={"ip": "198.51.100.1", "wording": "Yes, send me news"},
        ),
    )
    return contact


async def make_message(
    campaign: Campaign,
    contact: Contact,
    status: MessageStatus = MessageStatus.SENT,
    sent_ago: timedelta = timedelta(hours=1),
) -> Message:
    sent_at = clock.now() - sent_ago if status == MessageStatus.SENT else None
    return await Message.create(
        workspace_id=campaign.workspace_id,
        campaign=campaign,
        contact_id=contact.id,
        status=status,
        sent_at=sent_at,
    )


@pytest.fixture
async def campaign(workspace: Workspace) -> Campaign:
    return await make_campaign(workspace)


@pytest.fixture
async def reader(actor: Principal) -> Contact:
    return await make_reader(actor)


@pytest.fixture
async def message(campaign: Campaign, reader: Contact) -> Message:
    return await make_message(campaign, reader)


@pytest.fixture
def token(settings: Settings) -> Signer:
    """token(kind, message, link=0, workspace_id=None): a genuine token for the message."""

    def make(kind: Kind, message: Message, link: int = 0, workspace_id: int | None = None) -> str:
        claims = Claims(kind, workspace_id or message.workspace_id, message.id, link)
        return sign(settings.resolve_secret_key(), claims)

    return make


def public_client(app, ip: str = READER_IP, user_agent: str = BROWSER) -> httpx.AsyncClient:  # type: ignore[no-untyped-def]
    """A client of the public endpoints: no API key, no cookies kept, a reader's address."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(ip, 50123)),
        base_url="https://crm.example.test",
        headers={"User-Agent": user_agent},
        cookies=None,
    )


@pytest.fixture
async def public(app) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    async with public_client(app) as c:
        yield c


async def settle() -> None:
    """Stage what the buffer holds and turn every staged hit into events, now."""
    await recorder.buffer.flush()
    await processor.process_all()


@pytest.fixture(autouse=True)
async def _settled_around_each_test() -> AsyncIterator[None]:
    """Hits of one test never reach the next one's assertions."""
    await settle()
    yield
    await settle()


async def events(message: Message) -> list[TrackingEvent]:
    """The message's events, once everything buffered and staged is processed."""
    await settle()
    return await TrackingEvent.filter(message_id=message.id).order_by("at", "id")
