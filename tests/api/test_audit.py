"""Every read of personal data through the API, and every change, is in the audit log."""

from __future__ import annotations

import pytest

from crm.models import AuditEntry
from crm.models.audit import AppendOnlyError


async def test_reading_a_contact_writes_an_audit_row_with_actor_and_ip(client, workspace):
    c = (await client.post("/api/v1/contacts", json={"email": "aud@example.com"})).json()
    await client.get(f"/api/v1/contacts/{c['id']}")
    row = await AuditEntry.filter(workspace_id=workspace.id, action="contact.read").first()
    assert row is not None
    assert row.subject_type == "contact" and row.subject_id == str(c["id"])
    assert row.actor_type == "api_key" and row.actor_id
    assert row.ip == "127.0.0.1"
    assert row.at is not None


async def test_a_search_writes_one_read_row_per_contact_returned(client, workspace):
    ids = [
        (await client.post("/api/v1/contacts", json={"email": f"s{i}@example.com"})).json()["id"]
        for i in range(3)
    ]
    await client.get("/api/v1/contacts", params={"limit": 2})
    reads = await AuditEntry.filter(workspace_id=workspace.id, action="contact.read").values_list(
        "subject_id", flat=True
    )
    assert sorted(reads) == sorted(str(i) for i in ids[:2])


async def test_changes_are_audited_with_the_fields_changed(client, workspace):
    c = (await client.post("/api/v1/contacts", json={"email": "ch@example.com"})).json()
    await client.patch(f"/api/v1/contacts/{c['id']}", json={"first_name": "Chu"})
    await client.delete(f"/api/v1/contacts/{c['id']}")
    actions = (
        await AuditEntry.filter(workspace_id=workspace.id, subject_id=str(c["id"]))
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["contact.create", "contact.update", "contact.erase"]
    update = await AuditEntry.get(workspace_id=workspace.id, action="contact.update")
    assert update.details == {"fields": ["first_name"]}


async def test_the_audit_endpoint_lists_newest_first_and_filters(client, workspace):
    c = (await client.post("/api/v1/contacts", json={"email": "ep@example.com"})).json()
    await client.get(f"/api/v1/contacts/{c['id']}")
    r = await client.get("/api/v1/audit", params={"subject_id": str(c["id"])})
    assert r.status_code == 200
    assert [i["action"] for i in r.json()["items"]] == ["contact.read", "contact.create"]
    page = (await client.get("/api/v1/audit", params={"limit": 1})).json()
    assert page["next_cursor"]
    older = (
        await client.get("/api/v1/audit", params={"limit": 1, "cursor": page["next_cursor"]})
    ).json()
    assert older["items"][0]["id"] < page["items"][0]["id"]


async def test_audit_rows_cannot_be_changed_or_deleted_through_the_orm(client, workspace):
    await client.post("/api/v1/contacts", json={"email": "ro@example.com"})
    row = await AuditEntry.filter(workspace_id=workspace.id).first()
    row.action = "nothing.happened"
    with pytest.raises(AppendOnlyError):
        await row.save()
    with pytest.raises(AppendOnlyError):
        await row.delete()


async def test_the_database_refuses_update_and_delete_on_the_audit_log(client, workspace):
    from tortoise import connections

    await client.post("/api/v1/contacts", json={"email": "sql@example.com"})
    row = await AuditEntry.filter(workspace_id=workspace.id).first()
    conn = connections.get("default")
    with pytest.raises(Exception, match="append-only"):
        await conn.execute_query(f"UPDATE audit_log SET action = 'x' WHERE id = {row.id}")
    with pytest.raises(Exception, match="append-only"):
        await conn.execute_query(f"DELETE FROM audit_log WHERE id = {row.id}")
    assert (await AuditEntry.get(id=row.id)).action == row.action
