"""The OpenAPI document describes every operation and is a valid OpenAPI 3.1 document."""

from __future__ import annotations

import httpx
from openapi_spec_validator import validate

import crm.app  # noqa: F401  (imports every module that declares operations)
from crm.api.v1 import api


async def _get(app, path: str) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        return await c.get(path)


async def test_the_document_is_valid_openapi_3_1(app):
    r = await _get(app, "/api/openapi.json")
    assert r.status_code == 200
    document = r.json()
    assert document["openapi"] == "3.1.0"
    validate(document)


async def test_every_operation_is_documented_with_its_errors(app):
    document = (await _get(app, "/api/openapi.json")).json()
    documented = {
        (method.upper(), path) for path, ops in document["paths"].items() for method in ops
    }
    for op in api.operations:
        path = api.prefix + op.path.replace(":int", "")
        assert (op.method, path) in documented
        responses = document["paths"][path][op.method.lower()]["responses"]
        assert {"401", "404", "422"} <= set(responses)


async def test_the_contact_schema_names_its_fields(app):
    schemas = (await _get(app, "/api/openapi.json")).json()["components"]["schemas"]
    assert {"email", "first_name", "tags", "custom_fields"} <= set(
        schemas["ContactIn"]["properties"]
    )
    assert schemas["ContactIn"]["required"] == ["email"]


async def test_the_docs_page_lists_the_operations(app):
    r = await _get(app, "/api/docs")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "/api/v1/contacts/{contact_id}" in r.text
    assert "Search contacts" in r.text
