"""The campaigns' UI pages: the campaigns and who got what, the moves a marketer makes, and
the mail the embedded default captured, shown as its recipient would get it."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from campaigns import lifecycle, planner
from campaigns.models import Campaign, CampaignStatus
from crm.mail import runtime
from crm.mail.mailer import CaptureMailer
from crm.models import AuditEntry, CapturedMail, Role
from tests.campaigns.conftest import make_campaign, send_now, subscriber


async def _sending(actor, workspace, count: int = 3) -> Campaign:  # type: ignore[no-untyped-def]
    """A campaign started and planned, none of its messages sent yet."""
    for i in range(count):
        await subscriber(actor, f"p{i}@example.org")
    campaign = await make_campaign(workspace)
    await lifecycle.schedule(actor, campaign, None, "UTC")
    await lifecycle.start(campaign.id)
    await planner.plan(campaign.id)
    return campaign


# Rule: on the embedded default, a newcomer sees in the UI each message that would have gone
# out: its headers, its text, its HTML (in a sandbox that fetches nothing, so looking records
# no open), and its source; reading it is a read of the contact, audited.
async def test_captured_mail_is_shown_as_the_recipient_would_get_it(
    workspace, actor, settings, browser, make_user
):
    previous = (runtime._settings, runtime._mailer)
    runtime.configure(settings, CaptureMailer())
    try:
        contact = await subscriber(actor, "cap@example.org", first_name="Cap")
        campaign = await send_now(actor, await make_campaign(workspace))
    finally:
        runtime._settings, runtime._mailer = previous
    assert campaign.status == CampaignStatus.SENT
    mail = await CapturedMail.get(contact_id=contact.id)
    await browser.log_in(await make_user(Role.VIEWER, workspace))

    listing = await browser.get("/mail")
    page = await browser.get(f"/mail/{mail.id}")

    assert listing.status_code == 200
    assert f'<a href="/mail/{mail.id}">News for Cap</a>' in listing.text
    assert page.status_code == 200
    assert "script-src 'none'" in page.headers["content-security-policy"]
    shown = html.unescape(page.text)
    assert "<dt>List-Unsubscribe-Post</dt><dd><code>List-Unsubscribe=One-Click</code>" in shown
    assert "<dt>To</dt><dd><code>Cap <cap@example.org></code>" in shown
    assert "Unsubscribe: https://crm.example.test/u/" in shown  # the text part
    assert '<iframe class="mail" title="The HTML part" sandbox="" srcdoc="' in page.text
    srcdoc = shown.split('srcdoc="', 1)[1]
    assert srcdoc.startswith(
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\''
    )
    assert "Hello Cap," in srcdoc
    assert await AuditEntry.filter(action="contact.read", subject_id=str(contact.id)).exists()


# Rule: captured mail is the workspace's own: another workspace sees neither list nor message.
async def test_another_workspaces_captured_mail_is_not_shown(
    workspace, other_workspace, browser, make_user
):
    mail = await CapturedMail.create(
        workspace_id=other_workspace.id,
        mail_from="a@other.example",
        rcpt_to="secret@example.org",
        subject="Theirs",
        mime="Subject: Theirs\r\n\r\nhello\r\n",
    )
    await browser.log_in(await make_user(Role.OWNER, workspace))
    assert "secret@example.org" not in (await browser.get("/mail")).text
    assert (await browser.get(f"/mail/{mail.id}")).status_code == 404


# Rule: the campaign page shows the delivery counts and who got what; a viewer is offered no
# move and cannot make one; a marketer pauses a sending campaign and resumes it.
async def test_a_marketer_pauses_and_resumes_from_the_campaign_page(
    workspace, actor, open_browser, make_user
):
    campaign = await _sending(actor, workspace)
    viewer, marketer = open_browser(), open_browser()
    await viewer.log_in(await make_user(Role.VIEWER, workspace))
    await marketer.log_in(await make_user(Role.MARKETER, workspace))
    url = f"/campaigns/{campaign.id}"

    seen = await viewer.get(url)
    refused = await viewer.submit(f"{url}/pause", {}, page=url)
    listed = await viewer.get("/campaigns")

    assert seen.status_code == 200 and refused.status_code == 403
    assert f'action="{url}/pause"' not in seen.text
    assert "<dt>Recipients</dt><dd>3</dd>" in seen.text
    assert seen.text.count('<span class="badge">queued</span>') == 3
    assert "p0@example.org" in seen.text
    assert f'<a href="{url}">Autumn news</a>' in listed.text
    assert (await Campaign.get(id=campaign.id)).status == CampaignStatus.SENDING

    paused = await marketer.submit(f"{url}/pause", {}, page=url)
    assert (paused.status_code, paused.headers["location"]) == (303, url)
    page = await marketer.get(url)
    assert "Paused: paused by" in page.text and f'action="{url}/resume"' in page.text
    await marketer.submit(f"{url}/resume", {}, page=url)
    assert (await Campaign.get(id=campaign.id)).status == CampaignStatus.SENDING
    await marketer.submit(f"{url}/cancel", {}, page=url)  # nothing of it is sent afterwards
    assert (await Campaign.get(id=campaign.id)).status == CampaignStatus.CANCELLED


# Rule: a draft is scheduled from its page at a local time in the time zone chosen.
async def test_a_draft_is_scheduled_from_its_page_in_its_time_zone(
    workspace, actor, browser, make_user
):
    await subscriber(actor, "p@example.org")
    campaign = await make_campaign(workspace)
    await browser.log_in(await make_user(Role.MARKETER, workspace))
    url = f"/campaigns/{campaign.id}"

    done = await browser.submit(
        f"{url}/schedule", {"send_at": "2030-01-15T09:00", "timezone": "Europe/Paris"}, page=url
    )
    wrong = await browser.submit(
        f"{url}/schedule", {"send_at": "soon", "timezone": "Europe/Paris"}, page=url
    )

    assert done.status_code == 303
    await campaign.refresh_from_db()
    assert campaign.status == CampaignStatus.SCHEDULED
    assert campaign.send_at == datetime(2030, 1, 15, 8, 0, tzinfo=UTC)
    assert wrong.status_code == 422 and "not a date and time" in wrong.text
    await lifecycle.unschedule(actor, campaign)
