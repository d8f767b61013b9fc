"""Messages and the person's rights: what was sent is in their export; erasure removes
what could identify them and keeps the campaign's counts."""

from __future__ import annotations

from campaigns import stats
from campaigns.models import Message, MessageStatus
from crm.privacy import erasure, export
from tests.campaigns.conftest import make_campaign, send_now, subscriber


async def test_an_export_lists_the_messages_sent_to_the_person(workspace, actor, sink):
    # given
    reader = await subscriber(actor, "reader@example.org")
    campaign = await send_now(actor, await make_campaign(workspace))
    # when
    document = await export.document(reader)
    # then
    [sent] = document["messages"]
    row = await Message.get(campaign_id=campaign.id)
    assert sent["campaign"] == "Autumn news" and sent["status"] == "sent"
    assert sent["message_id"] == row.message_id and sent["sent_at"]


# Rule: erasure blanks the relay's reply (it may quote the address) and keeps the row, so
# the campaign's delivery counts do not change.
async def test_erasure_removes_the_reply_and_keeps_the_counts(workspace, actor, sink):
    reader = await subscriber(actor, "reader@example.org")
    await subscriber(actor, "other@example.org")
    campaign = await send_now(actor, await make_campaign(workspace))
    await Message.filter(contact_id=reader.id).update(
        smtp_reply="250 2.1.5 <reader@example.org> ok"
    )
    before = await stats.delivery(campaign.id)
    await erasure.erase(actor, reader)
    row = await Message.get(contact_id=reader.id)
    assert (row.status, row.smtp_reply) == (MessageStatus.SENT, "")
    assert await stats.delivery(campaign.id) == before
    assert "reader@example.org" not in str(await Message.filter(campaign_id=campaign.id).values())
