"""Imports over the API: upload, progress, the error report, and who may see which job."""

from __future__ import annotations

import json

from crm import work
from crm.models import AuditEntry, ImportChunk, Role, Workspace

CSV = (
    "Email,First Name,Country\n"
    "anna@example.com,Anna,DE\n"
    "broken,Bad,DE\n"
    "bob@example.com,Bob,XX\n"
    "anna@example.com,Annie,\n"
)


def upload(data: str | bytes = CSV, **form: str) -> dict:
    raw = data.encode() if isinstance(data, str) else data
    return {"files": {"file": ("contacts.csv", raw, "text/csv")}, "data": form}


async def test_an_upload_is_stored_queued_and_run_by_a_worker(client):
    r = await client.post("/api/v1/imports", **upload(tags="Fair 2026, vip"))
    assert r.status_code == 201, r.text
    job = r.json()
    assert (job["status"], job["size_bytes"], job["progress"]) == ("queued", len(CSV), 0.0)
    assert job["mapping"] == {"Email": "email", "First Name": "first_name", "Country": "country"}
    assert job["tags"] == ["fair 2026", "vip"]
    assert await ImportChunk.exists(job_id=job["id"])

    await work.drain()

    done = (await client.get(f"/api/v1/imports/{job['id']}")).json()
    assert done["status"] == "done"
    assert done["progress"] == 1.0
    assert done["bytes_done"] == len(CSV)
    counts = [done[k] for k in ("rows_total", "rows_created", "rows_duplicate", "rows_failed")]
    assert counts == [4, 1, 1, 2]
    assert not await ImportChunk.exists(job_id=job["id"])
    anna = (
        await client.get("/api/v1/contacts/lookup", params={"email": "anna@example.com"})
    ).json()
    assert (anna["first_name"], anna["source"], anna["tags"]) == (
        "Annie",
        "import",
        ["fair 2026", "vip"],
    )


async def test_the_error_report_pages_by_cursor_and_comes_as_csv(client, workspace):
    job = (await client.post("/api/v1/imports", **upload())).json()
    await work.drain()

    first = (await client.get(f"/api/v1/imports/{job['id']}/errors", params={"limit": 1})).json()
    assert first["items"] == [
        {
            "line": 3,
            "field": "Email",
            "reason": "not a valid email address: An email address must have an @-sign.",
        }
    ]
    rest = (
        await client.get(
            f"/api/v1/imports/{job['id']}/errors", params={"cursor": first["next_cursor"]}
        )
    ).json()
    assert [(e["line"], e["field"]) for e in rest["items"]] == [(4, "Country")]
    assert rest["next_cursor"] is None

    r = await client.get(f"/api/v1/imports/{job['id']}/errors", params={"format": "csv"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert r.text.splitlines() == [
        "line,field,reason",
        "3,Email,not a valid email address: An email address must have an @-sign.",
        "4,Country,unknown country code 'XX': use ISO 3166-1 alpha-2",
    ]
    reads = await AuditEntry.filter(workspace_id=workspace.id, action="import.read_errors").count()
    assert reads == 2 + 1


# Rule: a job of another workspace does not exist for this caller.
async def test_another_workspaces_import_is_not_found(client, client_for):
    job = (await client.post("/api/v1/imports", **upload())).json()
    other = await Workspace.create(name="other")
    async with await client_for(other) as stranger:
        for path in (f"/api/v1/imports/{job['id']}", f"/api/v1/imports/{job['id']}/errors"):
            r = await stranger.get(path)
            assert r.status_code == 404
            assert r.json()["error"]["code"] == "not_found"


async def test_a_viewer_may_follow_an_import_but_not_start_one(client, client_for, workspace):
    job = (await client.post("/api/v1/imports", **upload())).json()
    async with await client_for(workspace, Role.VIEWER) as viewer:
        r = await viewer.post("/api/v1/imports", **upload())
        assert r.status_code == 403
        assert r.json()["error"]["code"] == "forbidden"
        assert (await viewer.get(f"/api/v1/imports/{job['id']}")).status_code == 200


async def test_a_request_without_a_file_is_400(client):
    r = await client.post("/api/v1/imports", data={"mapping": "{}"}, files={"x": ("a", b"")})
    assert r.status_code == 400
    assert r.json()["error"] == {
        "code": "bad_request",
        "message": "send the CSV file as the multipart field `file`",
        "field": "file",
    }
    r = await client.post("/api/v1/imports", json={"file": "Email\na@example.com"})
    assert r.status_code == 400


async def test_a_malformed_mapping_is_400(client):
    for mapping in ("{not json", '["email"]', '{"Email": 1}'):
        r = await client.post("/api/v1/imports", **upload(mapping=mapping))
        assert r.status_code == 400, mapping
        assert r.json()["error"]["field"] == "mapping"


async def test_a_mapping_that_cannot_work_is_422_naming_the_field(client):
    cases = [
        ({"First Name": "nickname"}, "mapping.First Name"),
        ({"Email": ""}, "mapping"),
        ({"Phone": "phone"}, "mapping.Phone"),
    ]
    for mapping, field in cases:
        r = await client.post("/api/v1/imports", **upload(mapping=json.dumps(mapping)))
        assert r.status_code == 422, r.text
        assert r.json()["error"]["field"] == field


async def test_an_unusable_encoding_or_file_is_422(client, workspace):
    r = await client.post("/api/v1/imports", **upload(encoding="utf-16"))
    assert (r.status_code, r.json()["error"]["field"]) == (422, "encoding")
    r = await client.post("/api/v1/imports", **upload(b""))
    assert (r.status_code, r.json()["error"]["field"]) == (422, "file")
    r = await client.post("/api/v1/imports", **upload(tags="x" * 101))
    assert (r.status_code, r.json()["error"]["field"]) == (422, "tags")
    # Nothing is kept of a refused upload.
    assert not await ImportChunk.filter(job__workspace_id=workspace.id).exists()


# Rule: the upload is kept as many small chunks and read back whole, in order.
async def test_a_file_of_many_chunks_is_read_back_whole(client, monkeypatch):
    monkeypatch.setattr("crm.imports.uploads.CHUNK_BYTES", 32)
    job = (await client.post("/api/v1/imports", **upload())).json()
    assert await ImportChunk.filter(job_id=job["id"]).count() == -(-len(CSV) // 32)
    await work.drain()
    done = (await client.get(f"/api/v1/imports/{job['id']}")).json()
    assert (done["rows_total"], done["rows_created"]) == (4, 1)


async def test_an_upload_over_the_size_limit_is_refused_and_not_kept(
    client, workspace, monkeypatch
):
    monkeypatch.setattr("crm.api.imports.MAX_UPLOAD_BYTES", 40)
    monkeypatch.setattr("crm.imports.uploads.CHUNK_BYTES", 32)
    r = await client.post("/api/v1/imports", **upload())
    assert r.status_code == 400
    assert r.json()["error"]["field"] == "file"
    assert not await ImportChunk.filter(job__workspace_id=workspace.id).exists()
