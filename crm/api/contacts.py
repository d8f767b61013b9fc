"""Contacts over the API: CRUD, lookup by email, search, upsert, merge and tags."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field
from starlette.responses import JSONResponse

from crm import audit
from crm.api.routing import Call
from crm.api.v1 import api
from crm.contacts import fields, queries, service, tags
from crm.contacts.normalize import normalize_email, normalize_tag
from crm.contacts.schemas import ContactIn, ContactOut, ContactPage, ContactPatch, MergeIn, TagName
from crm.errors import Invalid, NotFound
from crm.models import Contact, ContactTag, Role, Tag
from crm.privacy import erasure


class SearchQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    q: str = Field("", max_length=200, description="substring of email, first or last name")
    email: str = Field("", description="exact address (normalized before matching)")
    tag: str = ""
    field: str = Field("", description="custom field key; requires `value`")
    value: str | None = None
    cursor: str | None = None
    limit: int = Field(50, ge=1, le=queries.MAX_PAGE)


class LookupQuery(BaseModel):
    email: str


class TagsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tags: Annotated[list[TagName], Field(min_length=1, max_length=100)]


async def _out(call: Call, contact: Contact) -> ContactOut:
    await audit.record_reads(call.principal, "contact", [contact.id])
    return (await service.to_out([contact]))[0]


@api.operation(
    "GET",
    "/contacts",
    summary="Search contacts",
    tag="contacts",
    query=SearchQuery,
    response=ContactPage,
)
async def search_contacts(call: Call) -> ContactPage:
    q: SearchQuery = call.query
    criteria = queries.Search(
        q=q.q,
        email=normalize_email(q.email) if q.email else "",
        tag=normalize_tag(q.tag) if q.tag.strip() else "",
        field=q.field,
        value=q.value,
    )
    typed = None
    if q.field:
        if q.value is None:
            raise Invalid("searching by a custom field needs a `value`", field="value")
        definition = await fields.get(call.principal.workspace_id, q.field)
        typed = fields.coerce(definition, q.value)
    rows, next_cursor = await queries.page(
        queries.search(call.principal.workspace_id, criteria, typed), q.cursor, q.limit
    )
    await audit.record_reads(call.principal, "contact", [c.id for c in rows])
    return ContactPage(items=await service.to_out(rows), next_cursor=next_cursor)


@api.operation(
    "POST",
    "/contacts",
    summary="Create a contact",
    tag="contacts",
    role=Role.MARKETER,
    body=ContactIn,
    response=ContactOut,
    status=201,
)
async def create_contact(call: Call) -> ContactOut:
    contact = await service.create(call.principal, call.body)
    return (await service.to_out([contact]))[0]


@api.operation(
    "POST",
    "/contacts/upsert",
    summary="Create or update a contact by email or external id",
    tag="contacts",
    role=Role.MARKETER,
    body=ContactIn,
    response=ContactOut,
)
async def upsert_contact(call: Call) -> JSONResponse:
    result = await service.upsert(call.principal, call.body)
    out = (await service.to_out([result.contact]))[0]
    return JSONResponse(out.model_dump(mode="json"), status_code=201 if result.created else 200)


@api.operation(
    "GET",
    "/contacts/lookup",
    summary="Find a contact by email",
    tag="contacts",
    query=LookupQuery,
    response=ContactOut,
)
async def lookup_contact(call: Call) -> ContactOut:
    contact = await service.find_by_email(call.principal.workspace_id, call.query.email)
    if contact is None:
        raise NotFound("no contact with this email")
    return await _out(call, contact)


@api.operation(
    "GET",
    "/contacts/{contact_id:int}",
    summary="Read a contact",
    tag="contacts",
    response=ContactOut,
)
async def get_contact(call: Call) -> ContactOut:
    contact = await service.get(call.principal.workspace_id, call.path["contact_id"])
    return await _out(call, contact)


@api.operation(
    "PATCH",
    "/contacts/{contact_id:int}",
    summary="Change a contact",
    tag="contacts",
    role=Role.MARKETER,
    body=ContactPatch,
    response=ContactOut,
)
async def patch_contact(call: Call) -> ContactOut:
    contact = await service.update(call.principal, call.path["contact_id"], call.body)
    return (await service.to_out([contact]))[0]


@api.operation(
    "DELETE",
    "/contacts/{contact_id:int}",
    summary="Erase a contact: personal data removed, pseudonymous consent proof kept",
    tag="contacts",
    role=Role.ADMIN,
    status=204,
)
async def delete_contact(call: Call) -> None:
    contact = await service.get(call.principal.workspace_id, call.path["contact_id"])
    await erasure.erase(call.principal, contact)


@api.operation(
    "POST",
    "/contacts/{contact_id:int}/merge",
    summary="Merge another contact into this one (both histories are kept)",
    tag="contacts",
    role=Role.MARKETER,
    body=MergeIn,
    response=ContactOut,
)
async def merge_contacts(call: Call) -> ContactOut:
    contact = await service.merge(call.principal, call.path["contact_id"], call.body.merge_id)
    return (await service.to_out([contact]))[0]


@api.operation(
    "POST",
    "/contacts/{contact_id:int}/tags",
    summary="Add tags to a contact",
    tag="tags",
    role=Role.MARKETER,
    body=TagsIn,
    response=ContactOut,
)
async def add_tags(call: Call) -> ContactOut:
    contact = await service.get(call.principal.workspace_id, call.path["contact_id"])
    await tags.attach(call.principal.workspace_id, [contact.id], call.body.tags)
    await audit.record(call.principal, "contact.tag", "contact", contact.id, tags=call.body.tags)
    return (await service.to_out([contact]))[0]


@api.operation(
    "DELETE",
    "/contacts/{contact_id:int}/tags/{tag}",
    summary="Remove a tag from a contact",
    tag="tags",
    role=Role.MARKETER,
    status=204,
)
async def remove_tag(call: Call) -> None:
    contact = await service.get(call.principal.workspace_id, call.path["contact_id"])
    name = normalize_tag(call.path["tag"])
    tag = await Tag.get_or_none(workspace_id=call.principal.workspace_id, name=name)
    removed = tag and await ContactTag.filter(contact_id=contact.id, tag_id=tag.id).delete()
    if not removed:
        raise NotFound(f"the contact has no tag {name!r}")
    await audit.record(call.principal, "contact.untag", "contact", contact.id, tags=[name])
