"""Contact pages: the searchable list, one contact, and its edit form.

Every page that shows a person's data writes a `contact.read` audit row per contact shown;
edits go through `crm.contacts.service.update`, which audits the change.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from crm import audit
from crm.contacts import queries, service
from crm.contacts.schemas import ContactOut, ContactPatch
from crm.errors import Conflict, Invalid
from crm.models import Role
from crm.web import auth, forms, templating
from crm.web.routing import path_id, ui

PAGE_SIZE = 50  # a screenful; the cursor fetches the next

# The edit form's fields: name (dotted for the address) and label, in display order.
EDIT_FIELDS = (
    ("email", "Email"),
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("company", "Company"),
    ("phone", "Phone"),
    ("address.line1", "Address"),
    ("address.line2", "Address line 2"),
    ("address.postal_code", "Postal code"),
    ("address.city", "City"),
    ("address.region", "Region"),
    ("country", "Country (ISO code)"),
    ("locale", "Locale"),
    ("timezone", "Time zone"),
    ("tags", "Tags (comma-separated)"),
)


def form_values(contact: ContactOut) -> dict[str, str]:
    """The contact as the edit form shows it, one string per field."""
    values = {name: str(getattr(contact, name)) for name, _ in EDIT_FIELDS if "." not in name}
    for key, value in contact.address.model_dump().items():
        values[f"address.{key}"] = value
    values["tags"] = ", ".join(contact.tags)
    return values


def _tag_list(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def patch_from(current: dict[str, str], submitted: dict[str, str]) -> dict[str, Any]:
    """A ContactPatch body holding only the fields the form changed.

    Unchanged fields stay out, so an edit neither re-stamps them (which would outrank newer
    data from a source) nor fails on an old value that today's validation would refuse.
    """
    patch: dict[str, Any] = {}
    for name, value in submitted.items():
        if name == "tags":
            if _tag_list(value) != _tag_list(current["tags"]):
                patch["tags"] = _tag_list(value)
        elif value != current[name]:
            group, _, key = name.partition(".")
            if key:
                patch.setdefault(group, {})[key] = value
            else:
                patch[name] = value
    return patch


@ui.get("/contacts")
async def contact_list(request: Request) -> Response:
    who = await auth.require_user(request)
    params = request.query_params
    q, tag = forms.text(params, "q"), forms.text(params, "tag").lower()
    query = queries.search(who.principal.workspace_id, queries.Search(q=q, tag=tag))
    rows, next_cursor = await queries.page(query, forms.text(params, "cursor") or None, PAGE_SIZE)
    await audit.record_reads(who.principal, "contact", [c.id for c in rows])
    return templating.render(
        request,
        "contacts.html",
        who,
        contacts=await service.to_out(rows),
        q=q,
        tag=tag,
        next_cursor=next_cursor,
    )


@ui.get("/contacts/{contact_id:int}")
async def contact_page(request: Request) -> Response:
    who = await auth.require_user(request)
    contact = await service.get(who.principal.workspace_id, path_id(request, "contact_id"))
    await audit.record_reads(who.principal, "contact", [contact.id])
    (out,) = await service.to_out([contact])
    return templating.render(request, "contact.html", who, contact=out)


@ui.get("/contacts/{contact_id:int}/edit")
async def edit_form(request: Request) -> Response:
    who = await auth.require_user(request, Role.MARKETER)
    contact = await service.get(who.principal.workspace_id, path_id(request, "contact_id"))
    await audit.record_reads(who.principal, "contact", [contact.id])
    (out,) = await service.to_out([contact])
    return _edit_page(request, who, out, form_values(out), {})


@ui.post("/contacts/{contact_id:int}/edit")
async def edit(request: Request) -> Response:
    who = await auth.require_user(request, Role.MARKETER)
    contact = await service.get(who.principal.workspace_id, path_id(request, "contact_id"))
    (out,) = await service.to_out([contact])
    current = form_values(out)
    submitted = _submitted(await request.form())
    patch = patch_from(current, submitted)
    if not patch:
        return RedirectResponse(f"/contacts/{contact.id}", status_code=303)
    shown = {**current, **submitted}
    try:
        await service.update(who.principal, contact.id, ContactPatch.model_validate(patch))
    except ValidationError as exc:
        return _edit_page(request, who, out, shown, forms.field_errors(exc))
    except (Invalid, Conflict) as exc:
        return _edit_page(request, who, out, shown, {exc.field or "form": exc.message})
    return RedirectResponse(f"/contacts/{contact.id}", status_code=303)


def _submitted(form: FormData) -> dict[str, str]:
    # A field the post leaves out is left alone; only a field sent empty is cleared.
    return {name: forms.text(form, name) for name, _ in EDIT_FIELDS if name in form}


def _edit_page(
    request: Request,
    who: auth.SignedIn,
    contact: ContactOut,
    values: dict[str, str],
    errors: dict[str, str],
) -> Response:
    return templating.render(
        request,
        "contact_edit.html",
        who,
        status=422 if errors else 200,
        contact=contact,
        fields=EDIT_FIELDS,
        values=values,
        errors=errors,
    )
