"""The OpenAPI 3.1 document, built from the declared operations, and a docs page for people."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route

import crm
import templates
from crm.api.routing import Api, Operation

REF = "#/components/schemas/{model}"
_PATH_PARAM = re.compile(r"{(\w+)(?::(\w+))?}")
_ERRORS = {
    400: "The request cannot be read (malformed JSON, wrong content type).",
    401: "Missing, unknown or revoked API key.",
    403: "The key's role does not allow this.",
    404: "No such object in this workspace.",
    409: "Conflicts with existing data.",
    422: "A value failed validation; `field` names it.",
    429: "Too many requests; see Retry-After.",
}


class ErrorBody(BaseModel):
    code: str
    message: str
    field: str | None


class Error(BaseModel):
    """Every error answer has this shape."""

    error: ErrorBody


def _path(op: Operation) -> tuple[str, list[dict[str, Any]]]:
    params = []
    for name, convertor in _PATH_PARAM.findall(op.path):
        kind = "integer" if convertor == "int" else "string"
        params.append({"name": name, "in": "path", "required": True, "schema": {"type": kind}})
    return _PATH_PARAM.sub(r"{\1}", op.path), params


def _query_params(model: type[BaseModel], schemas: dict[str, Any]) -> list[dict[str, Any]]:
    schema = model.model_json_schema(ref_template=REF)
    required = set(schema.get("required", []))
    return [
        {
            "name": name,
            "in": "query",
            "required": name in required,
            "schema": {k: v for k, v in prop.items() if k != "description"},
            **({"description": prop["description"]} if "description" in prop else {}),
        }
        for name, prop in schema.get("properties", {}).items()
    ]


def _operation(op: Operation, schemas: dict[str, Any]) -> dict[str, Any]:
    _, params = _path(op)
    if op.query is not None:
        params += _query_params(op.query, schemas)
    doc: dict[str, Any] = {
        "operationId": op.handler.__name__,
        "summary": op.summary,
        "tags": [op.tag],
        "parameters": params,
        "security": [{"bearer": []}],
        "x-required-role": op.role.value,
    }
    if op.body is not None:
        doc["requestBody"] = {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": REF.format(model=op.body.__name__)}}
            },
        }
    elif op.form:
        doc["requestBody"] = {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            name: {"type": "string", "description": text}
                            for name, text in op.form.items()
                        },
                    }
                }
            },
        }
    responses: dict[str, Any] = {}
    if op.response is not None:
        responses[str(op.status)] = {
            "description": "OK",
            "content": {
                "application/json": {"schema": {"$ref": REF.format(model=op.response.__name__)}}
            },
        }
    else:
        responses[str(op.status)] = {"description": "Done; no content."}
    error_ref = {"application/json": {"schema": {"$ref": REF.format(model="Error")}}}
    for status, text in _ERRORS.items():
        responses[str(status)] = {"description": text, "content": error_ref}
    doc["responses"] = responses
    return doc


def build(api: Api) -> dict[str, Any]:
    """The OpenAPI 3.1 document describing every operation of `api`."""
    models: set[type[BaseModel]] = {Error}
    for op in api.operations:
        models.update(m for m in (op.body, op.response) if m is not None)
    _, schema = models_json_schema(
        [(m, "validation") for m in sorted(models, key=lambda m: m.__name__)], ref_template=REF
    )
    schemas = schema.get("$defs", {})
    paths: dict[str, dict[str, Any]] = {}
    for op in api.operations:
        path, _ = _path(op)
        paths.setdefault(api.prefix + path, {})[op.method.lower()] = _operation(op, schemas)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Consent-first CRM API",
            "version": crm.__version__,
            "description": (
                "Authenticate with `Authorization: Bearer <key>`. Errors are JSON "
                '`{"error": {"code", "message", "field"}}`. Lists use cursor pagination: pass '
                "`next_cursor` back as `cursor`."
            ),
        },
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


_env = Environment(
    loader=FileSystemLoader(Path(templates.__file__).parent / "api"),
    autoescape=select_autoescape(["html"]),
)


def routes(api: Api) -> list[Route]:
    """`/api/openapi.json` and `/api/docs`; both public, as they describe no data."""
    document = build(api)

    async def openapi_json(request: Request) -> JSONResponse:
        return JSONResponse(document)

    async def docs(request: Request) -> HTMLResponse:
        html = _env.get_template("docs.html").render(doc=document)
        return HTMLResponse(html)

    return [
        Route("/api/openapi.json", openapi_json, methods=["GET"]),
        Route("/api/docs", docs, methods=["GET"]),
    ]
