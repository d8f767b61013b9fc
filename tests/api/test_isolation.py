"""Workspace isolation: a key of workspace A never reaches B's data, on any endpoint.

The test walks every declared operation, so a new endpoint with an id in its path is covered
the day it is added (or fails here until the test learns how to build its request).
"""

from __future__ import annotations

import re

import pytest

import crm.app  # noqa: F401  (imports every module that declares operations)
from campaigns.models import Campaign, CampaignStatus, Segment, Template
from crm import clock
from crm.api.v1 import api
from crm.contacts import fields, service
from crm.contacts.schemas import ContactIn
from crm.models import (
    CapturedMail,
    ConsentEvent,
    FieldDefinition,
    ImportJob,
    PolicyVersion,
    Role,
    Workspace,
)
from crm.models.contact import FieldType
from crm.models.privacy import Jurisdiction, RequestType
from crm.principal import Principal
from crm.privacy import requests
from crm.security import apikeys
from integrations.models import Integration, WebhookEndpoint

# A body each operation accepts, so that only the workspace check can refuse the request.
BODIES = {
    "ContactPatch": {"first_name": "Mallory"},
    "MergeIn": {"merge_id": "OWN_CONTACT"},
    "TagsIn": {"tags": ["stolen"]},
    "ConsentIn": {"purpose": "email_marketing", "action": "granted", "evidence": {"wording": "x"}},
    "RotateIn": {"secrets": {"client_secret": "stolen"}},
    "EndpointRotateIn": {"grace_hours": 0},
    "TemplatePatch": {"name": "Mallory"},
    "PreviewIn": {},
    "SegmentPatch": {"name": "Mallory"},
    "CampaignPatch": {"name": "Mallory"},
    "ScheduleIn": {},
    "TestSendIn": {"emails": ["mallory@example.org"]},
}


@pytest.fixture
async def other_workspace() -> dict[str, object]:
    """Workspace B with a contact, a tag, a custom field and an API key."""
    b = await Workspace.create(name="B")
    owner = Principal(b.id, Role.OWNER, "user", "9", "b-owner@example.com")
    contact = await service.create(
        owner, ContactIn(email="secret@b.example", first_name="Secret", tags=["b-only"])
    )
    definition = await fields.define(b.id, "b_field", "B field", FieldType.TEXT, [])
    key = (await apikeys.issue(b, "B key")).key
    await PolicyVersion.create(
        workspace=b, version="b-v1", text="B policy", effective_at=clock.now()
    )
    request, _ = await requests.file(owner, contact, RequestType.RESTRICTION, Jurisdiction.GDPR)
    job = await ImportJob.create(workspace=b, filename="b.csv")
    template = await Template.create(workspace_id=b.id, name="B", subject="B", html="<p>B</p>")
    campaign = await Campaign.create(workspace_id=b.id, name="B campaign", template=template)
    segment = await Segment.create(workspace_id=b.id, name="B", rules={"any": []})
    mail = await CapturedMail.create(
        workspace_id=b.id, mail_from="b@b.example", rcpt_to="x", mime=""
    )
    integration = await Integration.create(workspace_id=b.id, provider="shopify", sealed="")
    hook = await WebhookEndpoint.create(workspace_id=b.id, url="https://b.test", sealed_secret="")
    return {
        "import": job,
        "integration": integration,
        "endpoint": hook,
        "campaign": campaign,
        "template": template,
        "segment": segment,
        "mail": mail,
        "workspace": b,
        "contact": contact,
        "field": definition,
        "key": key,
        "request": request,
    }


def _fill(path: str, b: dict[str, object]) -> str:
    values = {
        "contact_id": b["contact"].id,  # type: ignore[attr-defined]
        "key": b["field"].key,  # type: ignore[attr-defined]
        "key_id": b["key"].id,  # type: ignore[attr-defined]
        "tag": "b-only",
        "version": "b-v1",
        "request_id": b["request"].id,  # type: ignore[attr-defined]
        "import_id": b["import"].id,  # type: ignore[attr-defined]
        "integration_id": b["integration"].id,  # type: ignore[attr-defined]
        "endpoint_id": b["endpoint"].id,  # type: ignore[attr-defined]
        "campaign_id": b["campaign"].id,  # type: ignore[attr-defined]
        "template_id": b["template"].id,  # type: ignore[attr-defined]
        "segment_id": b["segment"].id,  # type: ignore[attr-defined]
        "mail_id": b["mail"].id,  # type: ignore[attr-defined]
    }

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            pytest.fail(f"teach test_isolation how to fill {{{name}}} for {path}")
        return str(values[name])

    return re.sub(r"{(\w+)(?::\w+)?}", one, path)


@pytest.mark.parametrize(
    "op", [op for op in api.operations if "{" in op.path], ids=lambda op: f"{op.method} {op.path}"
)
async def test_another_workspaces_id_is_not_found(op, client, other_workspace):
    own = (await client.post("/api/v1/contacts", json={"email": "own@a.example"})).json()
    kwargs = {}
    if op.body is not None:
        if op.body.__name__ not in BODIES:
            pytest.fail(f"teach test_isolation a body for {op.body.__name__}")
        body = dict(BODIES[op.body.__name__])
        kwargs["json"] = {k: own["id"] if v == "OWN_CONTACT" else v for k, v in body.items()}
    r = await client.request(op.method, _fill(api.prefix + op.path, other_workspace), **kwargs)
    assert r.status_code == 404, (op.path, r.status_code, r.text)
    assert "Secret" not in r.text and "secret@b.example" not in r.text
    # and nothing of B changed
    contact = other_workspace["contact"]
    await contact.refresh_from_db()
    assert contact.first_name == "Secret" and contact.merged_into_id is None
    key = other_workspace["key"]
    await key.refresh_from_db()
    assert key.revoked_at is None
    assert await FieldDefinition.exists(id=other_workspace["field"].id)
    assert not await ConsentEvent.filter(contact_id=contact.id).exists()
    assert await Integration.exists(id=other_workspace["integration"].id, disabled_at=None)
    assert await WebhookEndpoint.exists(id=other_workspace["endpoint"].id, disabled_at=None)
    assert await Template.exists(id=other_workspace["template"].id, name="B")
    assert await Segment.exists(id=other_workspace["segment"].id, name="B")
    assert await Campaign.exists(
        id=other_workspace["campaign"].id, name="B campaign", status=CampaignStatus.DRAFT
    )


async def test_lists_and_searches_never_show_another_workspace(client, other_workspace):
    await client.post("/api/v1/contacts", json={"email": "mine@a.example"})
    for path, params in [
        ("/api/v1/contacts", {}),
        ("/api/v1/contacts", {"q": "secret"}),
        ("/api/v1/contacts", {"tag": "b-only"}),
        ("/api/v1/contacts/lookup", {"email": "secret@b.example"}),
        ("/api/v1/tags", {}),
        ("/api/v1/fields", {}),
        ("/api/v1/keys", {}),
        ("/api/v1/audit", {}),
    ]:
        r = await client.get(path, params=params)
        assert r.status_code in (200, 404), (path, r.text)
        assert (
            "secret" not in r.text.lower() and "b-only" not in r.text and "b_field" not in r.text
        ), path
        assert "B key" not in r.text, path


async def test_a_custom_field_search_cannot_use_another_workspaces_field(client, other_workspace):
    r = await client.get("/api/v1/contacts", params={"field": "b_field", "value": "x"})
    assert r.status_code == 404


async def test_a_merge_cannot_pull_in_another_workspaces_contact(client, other_workspace):
    own = (await client.post("/api/v1/contacts", json={"email": "own2@a.example"})).json()
    r = await client.post(
        f"/api/v1/contacts/{own['id']}/merge", json={"merge_id": other_workspace["contact"].id}
    )
    assert r.status_code == 404
