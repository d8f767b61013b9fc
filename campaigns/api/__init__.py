"""Campaigns over the API: templates, segments, campaigns, sending settings, captured mail.

Importing this package registers the operations, the UI pages (campaigns/web.py), the
pipeline's tasks and the privacy hooks of messages: the composition root (crm/app.py) imports
it once.
"""

from campaigns import privacy as _privacy  # noqa: F401  (export and erasure of messages)
from campaigns import tasks as _tasks  # noqa: F401  (start, plan, send_batch)
from campaigns import web as _web  # noqa: F401  (the UI pages)
from campaigns.api import campaigns as _campaigns  # noqa: F401
from campaigns.api import mail as _mail  # noqa: F401
from campaigns.api import segments as _segments  # noqa: F401
from campaigns.api import sending as _sending  # noqa: F401
from campaigns.api import templates as _templates  # noqa: F401
