"""Previews and test sends: a template or campaign rendered for a chosen contact (or a
sample one), shown, or sent to a few chosen addresses exactly as the campaign would send it.

Their links name message 0, which no row has: clicking them in a test mail records nothing
and unsubscribes nobody.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from campaigns import content as content_lib
from campaigns import templates
from campaigns.compose import Composed, Composer
from campaigns.models import Campaign, Template
from campaigns.rendering import CONTACT_VALUES, PREVIEW_MESSAGE_ID
from campaigns.templates import SAMPLE_CONTACT
from crm.contacts.tags import names_by_contact
from crm.mail import runtime
from crm.mail.errors import MailError
from crm.mail.mailer import Envelope
from crm.models import Contact

MAX_TEST_ADDRESSES = 10  # a test send is for the team, not a small campaign
TEST_PREFIX = "[Test] "


async def contact_values(contact: Contact | None) -> dict[str, Any]:
    """The fields a template reads, of `contact` (the sample contact when None)."""
    if contact is None:
        return dict(SAMPLE_CONTACT)
    values = {name: getattr(contact, name) for name in CONTACT_VALUES}
    values["tags"] = (await names_by_contact([contact.id])).get(contact.id, [])
    return values


async def _composer(campaign: Campaign, template: Template) -> Composer:
    layout = await templates.layout_of(campaign.workspace_id, template.layout_id)
    built = content_lib.build(template, layout, tracking=campaign.tracking)
    return await Composer.load(campaign, built)


def _message_id(composer: Composer) -> str:
    return f"<test.{secrets.token_hex(8)}@{composer.domain}>"


async def render(campaign: Campaign, template: Template, contact: Contact | None) -> Composed:
    """The message `campaign` would send to `contact`, composed but not sent."""
    composer = await _composer(campaign, template)
    values = await contact_values(contact)
    return composer.compose(PREVIEW_MESSAGE_ID, values, _message_id(composer))


@dataclass(frozen=True)
class TestResult:
    email: str
    ok: bool
    reply: str


async def test_send(
    campaign: Campaign, template: Template, emails: list[str], contact: Contact | None
) -> list[TestResult]:
    """Send the campaign's message, personalised for `contact`, to each of `emails`."""
    composer = await _composer(campaign, template)
    values = await contact_values(contact)
    results = []
    for email in emails:
        composed = composer.compose(
            PREVIEW_MESSAGE_ID, values, _message_id(composer), subject_prefix=TEST_PREFIX, to=email
        )
        try:
            reply = await runtime.mailer().send_raw(
                campaign.from_email, email, composed.data, Envelope(campaign.workspace_id)
            )
        except MailError as exc:
            results.append(TestResult(email, False, str(exc)))
        else:
            results.append(TestResult(email, True, reply))
    return results
