"""Contacts over the REST API: what a client sends and what it gets back."""

from __future__ import annotations

from crm.models import AuditEntry, Contact, Role


async def test_create_normalizes_and_returns_the_contact(client):
    r = await client.post(
        "/api/v1/contacts",
        json={
            "email": "  Bob.Norman@Example.COM ",
            "first_name": "Bob",
            "phone": "(613) 612-0707",
            "country": "ca",
            "tags": ["  VIP  Customer", "newsletter"],
            "address": {"city": "Ottawa"},
            "external_ids": {"shopify": "207119551"},
        },
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["email"] == "bob.norman@example.com"
    assert body["phone"] == "+16136120707"
    assert body["country"] == "CA"
    assert body["tags"] == ["newsletter", "vip customer"]
    assert body["address"]["city"] == "Ottawa"
    assert body["external_ids"] == {"shopify": "207119551"}
    assert body["commerce"]["orders_count"] == 0
    assert r.headers["content-type"] == "application/json"


async def test_creating_a_taken_email_is_a_conflict_naming_the_field(client):
    await client.post("/api/v1/contacts", json={"email": "ann@example.com"})
    r = await client.post("/api/v1/contacts", json={"email": "ANN@example.com"})
    assert r.status_code == 409
    assert r.json() == {
        "error": {
            "code": "conflict",
            "message": "a contact with this email already exists",
            "field": "email",
        }
    }


async def test_validation_errors_name_the_field(client):
    r = await client.post("/api/v1/contacts", json={"email": "not-an-address"})
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["code"] == "validation_failed"
    assert error["field"] == "email"
    r = await client.post(
        "/api/v1/contacts", json={"email": "a@example.com", "address": {"city": 5}}
    )
    assert r.json()["error"]["field"] == "address.city"
    r = await client.post(
        "/api/v1/contacts", json={"email": "a@example.com", "timezone": "Mars/Base"}
    )
    assert r.json()["error"]["field"] == "timezone"
    r = await client.post("/api/v1/contacts", json={"email": "a@example.com", "phone": "12"})
    assert (r.status_code, r.json()["error"]["field"]) == (422, "phone")
    r = await client.post("/api/v1/contacts", json={"email": "a@example.com", "shoe": 42})
    assert (r.status_code, r.json()["error"]["field"]) == (422, "shoe")


async def test_malformed_json_is_a_bad_request(client):
    r = await client.post(
        "/api/v1/contacts", content=b'{"email": ', headers={"content-type": "application/json"}
    )
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "bad_request"
    r = await client.post(
        "/api/v1/contacts", content=b"email=a", headers={"content-type": "text/plain"}
    )
    assert r.status_code == 400


async def test_lookup_by_email_finds_the_contact_however_it_is_typed(client):
    created = (await client.post("/api/v1/contacts", json={"email": "cleo@bücher.de"})).json()
    assert created["email"] == "cleo@xn--bcher-kva.de"
    r = await client.get("/api/v1/contacts/lookup", params={"email": " CLEO@xn--bcher-kva.de"})
    assert r.status_code == 200
    assert r.json()["id"] == created["id"]
    r = await client.get("/api/v1/contacts/lookup", params={"email": "nobody@example.com"})
    assert r.status_code == 404


async def test_patch_sets_and_clears_only_what_it_names(client):
    c = (
        await client.post(
            "/api/v1/contacts",
            json={"email": "dee@example.com", "first_name": "Dee", "company": "Acme"},
        )
    ).json()
    r = await client.patch(f"/api/v1/contacts/{c['id']}", json={"company": "", "last_name": "Day"})
    assert r.status_code == 200
    body = r.json()
    assert (body["first_name"], body["last_name"], body["company"]) == ("Dee", "Day", "")


async def test_patch_to_an_email_in_use_is_a_conflict_and_changes_nothing(client):
    await client.post("/api/v1/contacts", json={"email": "one@example.com"})
    two = (await client.post("/api/v1/contacts", json={"email": "two@example.com"})).json()
    r = await client.patch(f"/api/v1/contacts/{two['id']}", json={"email": "one@example.com"})
    assert r.status_code == 409
    assert (await Contact.get(id=two["id"])).email == "two@example.com"


async def test_delete_removes_the_contact(client):
    c = (await client.post("/api/v1/contacts", json={"email": "gone@example.com"})).json()
    assert (await client.delete(f"/api/v1/contacts/{c['id']}")).status_code == 204
    assert (await client.get(f"/api/v1/contacts/{c['id']}")).status_code == 404
    assert (await client.delete(f"/api/v1/contacts/{c['id']}")).status_code == 404


async def test_upsert_creates_then_updates(client):
    r = await client.post(
        "/api/v1/contacts/upsert", json={"email": "up@example.com", "first_name": "Al"}
    )
    assert r.status_code == 201
    r = await client.post(
        "/api/v1/contacts/upsert", json={"email": "UP@example.com", "last_name": "Bo"}
    )
    assert r.status_code == 200
    assert (r.json()["first_name"], r.json()["last_name"]) == ("Al", "Bo")


async def test_upsert_matches_on_external_id_when_the_email_changed(client):
    first = (
        await client.post(
            "/api/v1/contacts/upsert",
            json={"email": "old@example.com", "external_ids": {"stripe": "cus_1"}},
        )
    ).json()
    r = await client.post(
        "/api/v1/contacts/upsert",
        json={"email": "new@example.com", "first_name": "Eve", "external_ids": {"stripe": "cus_1"}},
    )
    assert r.status_code == 200
    assert r.json()["id"] == first["id"]


async def test_search_pages_with_a_cursor_and_filters(client):
    for i in range(5):
        await client.post(
            "/api/v1/contacts",
            json={
                "email": f"p{i}@example.com",
                "first_name": "Pat" if i % 2 else "Lee",
                "tags": ["t"] if i < 2 else [],
            },
        )
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await client.get("/api/v1/contacts", params=params)).json()
        seen += [c["email"] for c in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [f"p{i}@example.com" for i in range(5)]
    names = (await client.get("/api/v1/contacts", params={"q": "pat"})).json()["items"]
    assert [c["email"] for c in names] == ["p1@example.com", "p3@example.com"]
    tagged = (await client.get("/api/v1/contacts", params={"tag": "T"})).json()["items"]
    assert [c["email"] for c in tagged] == ["p0@example.com", "p1@example.com"]
    exact = (await client.get("/api/v1/contacts", params={"email": "P4@EXAMPLE.com"})).json()[
        "items"
    ]
    assert [c["email"] for c in exact] == ["p4@example.com"]


async def test_a_forged_cursor_is_rejected(client):
    r = await client.get("/api/v1/contacts", params={"cursor": "not-a-cursor"})
    assert (r.status_code, r.json()["error"]["field"]) == (422, "cursor")


async def test_search_by_custom_field_of_each_type(client):
    for key, kind, extra in [
        ("plan", "choice", {"choices": ["free", "pro"]}),
        ("seats", "number", {}),
        ("renews", "date", {}),
        ("beta", "boolean", {}),
        ("notes", "text", {}),
    ]:
        r = await client.post("/api/v1/fields", json={"key": key, "type": kind, **extra})
        assert r.status_code == 201, r.text
    await client.post(
        "/api/v1/contacts",
        json={
            "email": "cf1@example.com",
            "custom_fields": {
                "plan": "pro",
                "seats": "12",
                "renews": "2027-01-31",
                "beta": "yes",
                "notes": "x",
            },
        },
    )
    await client.post(
        "/api/v1/contacts",
        json={
            "email": "cf2@example.com",
            "custom_fields": {"plan": "free", "seats": 3, "beta": False},
        },
    )

    async def found(field: str, value: str) -> list[str]:
        r = await client.get("/api/v1/contacts", params={"field": field, "value": value})
        assert r.status_code == 200, r.text
        return [c["email"] for c in r.json()["items"]]

    assert await found("plan", "pro") == ["cf1@example.com"]
    assert await found("seats", "12") == ["cf1@example.com"]
    assert await found("seats", "3.0") == ["cf2@example.com"]
    assert await found("renews", "2027-01-31") == ["cf1@example.com"]
    assert await found("beta", "true") == ["cf1@example.com"]
    assert await found("beta", "no") == ["cf2@example.com"]
    r = await client.get("/api/v1/contacts", params={"field": "plan", "value": "gold"})
    assert (r.status_code, r.json()["error"]["field"]) == (422, "custom_fields.plan")
    r = await client.get("/api/v1/contacts", params={"field": "nope", "value": "1"})
    assert r.status_code == 404


async def test_custom_field_values_are_typed_and_checked(client):
    await client.post("/api/v1/fields", json={"key": "size", "type": "number"})
    r = await client.post(
        "/api/v1/contacts", json={"email": "t@example.com", "custom_fields": {"size": "big"}}
    )
    assert (r.status_code, r.json()["error"]["field"]) == (422, "custom_fields.size")
    r = await client.post(
        "/api/v1/contacts", json={"email": "t@example.com", "custom_fields": {"colour": "red"}}
    )
    assert (r.status_code, r.json()["error"]["field"]) == (422, "custom_fields.colour")
    r = await client.post(
        "/api/v1/contacts", json={"email": "t@example.com", "custom_fields": {"size": "4.5"}}
    )
    assert r.json()["custom_fields"] == {"size": 4.5}


async def test_tags_can_be_added_listed_and_removed(client):
    c = (await client.post("/api/v1/contacts", json={"email": "tag@example.com"})).json()
    r = await client.post(
        f"/api/v1/contacts/{c['id']}/tags", json={"tags": ["Gold", "gold ", "vip"]}
    )
    assert r.json()["tags"] == ["gold", "vip"]
    tags = (await client.get("/api/v1/tags")).json()["items"]
    assert {"name": "gold", "contacts": 1} in tags
    assert (await client.delete(f"/api/v1/contacts/{c['id']}/tags/GOLD")).status_code == 204
    assert (await client.get(f"/api/v1/contacts/{c['id']}")).json()["tags"] == ["vip"]
    assert (await client.delete(f"/api/v1/contacts/{c['id']}/tags/gold")).status_code == 404


async def test_merge_keeps_both_contacts_and_both_histories(client, workspace):
    a = (
        await client.post(
            "/api/v1/contacts",
            json={
                "email": "m1@example.com",
                "first_name": "Old",
                "tags": ["a"],
                "external_ids": {"shopify": "1"},
            },
        )
    ).json()
    b = (
        await client.post(
            "/api/v1/contacts",
            json={
                "email": "m2@example.com",
                "first_name": "New",
                "company": "Co",
                "tags": ["b"],
                "external_ids": {"stripe": "cus_9"},
            },
        )
    ).json()
    r = await client.post(f"/api/v1/contacts/{a['id']}/merge", json={"merge_id": b["id"]})
    assert r.status_code == 200, r.text
    merged = r.json()
    # b's values were observed later, so they win; a keeps what b did not have
    assert (merged["first_name"], merged["company"]) == ("New", "Co")
    assert merged["tags"] == ["a", "b"]
    assert merged["external_ids"] == {"shopify": "1", "stripe": "cus_9"}
    # the merged contact still exists, points at the survivor, and its history is intact
    loser = (await client.get(f"/api/v1/contacts/{b['id']}")).json()
    assert loser["merged_into"] == a["id"]
    assert await AuditEntry.filter(
        workspace_id=workspace.id, action="contact.create", subject_id=str(b["id"])
    ).exists()
    # lookups and upserts by the merged email reach the survivor; searches list it once
    assert (await client.get("/api/v1/contacts/lookup", params={"email": "m2@example.com"})).json()[
        "id"
    ] == a["id"]
    listed = (await client.get("/api/v1/contacts")).json()["items"]
    assert [c["id"] for c in listed] == [a["id"]]
    again = await client.post(f"/api/v1/contacts/{a['id']}/merge", json={"merge_id": b["id"]})
    assert again.status_code == 409


async def test_a_viewer_key_can_read_but_not_write(client_for, workspace):
    viewer = await client_for(workspace, Role.VIEWER)
    async with viewer:
        assert (await viewer.get("/api/v1/contacts")).status_code == 200
        r = await viewer.post("/api/v1/contacts", json={"email": "v@example.com"})
        assert r.status_code == 403
        assert r.json()["error"]["code"] == "forbidden"
        assert not await Contact.filter(workspace_id=workspace.id).exists()


async def test_only_admins_define_fields_and_read_the_audit_log(client_for, workspace):
    marketer = await client_for(workspace, Role.MARKETER)
    async with marketer:
        assert (
            await marketer.post("/api/v1/fields", json={"key": "k", "type": "text"})
        ).status_code == 403
        assert (await marketer.get("/api/v1/audit")).status_code == 403
        assert (await marketer.get("/api/v1/keys")).status_code == 403


async def test_a_lost_database_is_a_503_json_error_not_a_traceback(client, monkeypatch):
    from tortoise.exceptions import DBConnectionError

    from crm.contacts import service as contact_service

    async def down(*args, **kwargs):
        raise DBConnectionError("connection refused")

    monkeypatch.setattr(contact_service, "get", down)
    r = await client.get("/api/v1/contacts/1")
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "storage_unavailable"


async def test_the_workspace_settings_can_be_read_and_tightened_not_loosened(
    client, client_for, workspace
):
    r = await client.get("/api/v1/workspace")
    assert r.json() == {
        "id": workspace.id,
        "name": workspace.name,
        "double_opt_in": True,
        "tracking_ip_days": 180,
        "webhook_payload_days": 30,
    }
    r = await client.patch(
        "/api/v1/workspace", json={"double_opt_in": False, "tracking_ip_days": 30}
    )
    assert (r.json()["double_opt_in"], r.json()["tracking_ip_days"]) == (False, 30)
    r = await client.patch("/api/v1/workspace", json={"tracking_ip_days": 365})
    assert (r.status_code, r.json()["error"]["field"]) == (422, "tracking_ip_days")
    marketer = await client_for(workspace, Role.MARKETER)
    async with marketer:
        assert (
            await marketer.patch("/api/v1/workspace", json={"double_opt_in": True})
        ).status_code == 403
