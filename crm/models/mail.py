"""Mail kept locally by the capture mailer (the embedded default), so a newcomer sees it."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class CapturedMail(Model):
    id = fields.BigIntField(primary_key=True)
    workspace_id = fields.IntField(null=True, db_index=True)
    contact_id = fields.BigIntField(null=True, db_index=True)  # so erasure can remove it
    mail_from = fields.CharField(max_length=320)
    rcpt_to = fields.CharField(max_length=320)
    subject = fields.CharField(max_length=998, default="")
    mime = fields.TextField()  # the whole MIME message as it would have been sent
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "captured_mail"
