"""Creating, changing, upserting, merging and deleting contacts, each change audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from crm import audit, clock, events
from crm.contacts import fields, normalize, precedence, tags
from crm.contacts.schemas import Address, Commerce, ContactIn, ContactOut, ContactPatch
from crm.errors import Conflict, Invalid, NotFound
from crm.models import Contact, ContactMerge, ExternalId
from crm.principal import Principal

_ADDRESS_COLUMNS = {
    "line1": "address_line1",
    "line2": "address_line2",
    "city": "city",
    "region": "region",
    "postal_code": "postal_code",
}


@dataclass(frozen=True)
class UpsertResult:
    contact: Contact
    created: bool
    changed: list[str]


def profile_values(data: ContactIn | ContactPatch) -> dict[str, Any]:
    """The profile columns carried by `data`; for a patch, only the keys it sets."""
    sent = data.model_fields_set if isinstance(data, ContactPatch) else None
    values: dict[str, Any] = {}
    for name in ("first_name", "last_name", "phone", "company", "country", "locale", "timezone"):
        if sent is None or name in sent:
            values[name] = getattr(data, name)
    if data.address is not None:
        for key, column in _ADDRESS_COLUMNS.items():
            if sent is None or key in data.address.model_fields_set:
                values[column] = getattr(data.address, key)
    elif sent is not None and "address" in sent:
        values.update({column: "" for column in _ADDRESS_COLUMNS.values()})
    return values


def _normalize_phone(values: dict[str, Any], country: str) -> None:
    if values.get("phone"):
        values["phone"] = normalize.normalize_phone(values["phone"], country)


def upsert_values(data: ContactIn) -> dict[str, Any]:
    """The profile columns an upsert of `data` offers to the precedence rule."""
    values = profile_values(data)
    _normalize_phone(values, data.country)
    return values


async def get(workspace_id: int, contact_id: int) -> Contact:
    """The contact with this id in this workspace; NotFound for any other workspace's id."""
    contact = await Contact.get_or_none(
        id=contact_id, workspace_id=workspace_id, erased_at__isnull=True
    )
    if contact is None:
        raise NotFound(f"no contact {contact_id}")
    return contact


async def find_by_email(workspace_id: int, email: str) -> Contact | None:
    """The live contact for an address, following merges to the survivor."""
    contact = await Contact.get_or_none(
        workspace_id=workspace_id, email=normalize.normalize_email(email)
    )
    return await _follow(contact)


async def _follow(contact: Contact | None) -> Contact | None:
    # Merges never chain more than a few deep; the bound guards against a cycle.
    for _ in range(10):
        if contact is None or contact.merged_into_id is None:
            return contact
        contact = await Contact.get_or_none(id=contact.merged_into_id)
    return contact


async def _find_by_external_ids(workspace_id: int, external_ids: dict[str, str]) -> Contact | None:
    for provider, external_id in external_ids.items():
        link = await ExternalId.get_or_none(
            workspace_id=workspace_id, provider=provider, external_id=external_id
        )
        if link is not None:
            return await _follow(await Contact.get(id=link.contact_id))
    return None


async def _link_external_ids(contact: Contact, external_ids: dict[str, str]) -> None:
    for provider, external_id in external_ids.items():
        existing = await ExternalId.get_or_none(
            workspace_id=contact.workspace_id, provider=provider, external_id=external_id
        )
        if existing is None:
            await ExternalId.create(
                workspace_id=contact.workspace_id,
                contact_id=contact.id,
                provider=provider,
                external_id=external_id,
            )
        elif existing.contact_id != contact.id:
            raise Conflict(
                f"{provider} id {external_id} belongs to contact {existing.contact_id}",
                field=f"external_ids.{provider}",
            )


async def create(actor: Principal, data: ContactIn) -> Contact:
    """A new contact; Conflict (409) if the email is taken in this workspace."""
    if await Contact.exists(workspace_id=actor.workspace_id, email=data.email):
        raise Conflict("a contact with this email already exists", field="email")
    result = await upsert(actor, data)
    return result.contact


async def upsert(
    actor: Principal, data: ContactIn, observed_at: datetime | None = None
) -> UpsertResult:
    """Create or update the contact matched by external id or email, by the precedence rule.

    `observed_at` is when the source saw this data (an upstream `updated_at`); now by default.
    """
    observed = observed_at or clock.now()
    definitions = await fields.definitions_for(actor.workspace_id)
    custom = fields.coerce_all(definitions, data.custom_fields)
    values = upsert_values(data)
    for attempt in range(2):
        try:
            async with in_transaction():
                return await _upsert_once(actor, data, values, custom, observed)
        except IntegrityError:
            # Two writers created the same email at once: the loser retries as an update.
            if attempt:
                raise
    raise AssertionError("unreachable")


async def _upsert_once(
    actor: Principal,
    data: ContactIn,
    values: dict[str, Any],
    custom: dict[str, Any],
    observed: datetime,
) -> UpsertResult:
    contact = await _follow(
        await Contact.get_or_none(workspace_id=actor.workspace_id, email=data.email)
    ) or await _find_by_external_ids(actor.workspace_id, data.external_ids)
    created = contact is None
    if contact is None:
        contact = Contact(workspace_id=actor.workspace_id, email=data.email, source=data.source)
    changed, dirty = precedence.take(contact, values, observed, custom)
    if created or dirty:
        await contact.save()
    await _link_external_ids(contact, data.external_ids)
    if data.tags:
        await tags.attach(actor.workspace_id, [contact.id], data.tags)
    if created:
        await audit.record(actor, "contact.create", "contact", contact.id, source=data.source)
        await events.emit(actor.workspace_id, events.CONTACT_CREATED, event_data(contact))
    elif changed:
        await audit.record(actor, "contact.update", "contact", contact.id, fields=changed)
        await events.emit(actor.workspace_id, events.CONTACT_UPDATED, event_data(contact, changed))
    return UpsertResult(contact, created, changed)


def event_data(contact: Contact, changed: list[str] | None = None) -> dict[str, Any]:
    """What a contact event tells listeners: who, and the names (not values) of changes."""
    data: dict[str, Any] = {"contact_id": contact.id, "email": contact.email}
    return data if changed is None else {**data, "fields": changed}


async def update(actor: Principal, contact_id: int, patch: ContactPatch) -> Contact:
    """Apply an explicit edit: what it names is set or, when empty, cleared."""
    now = clock.now()
    async with in_transaction():
        contact = await get(actor.workspace_id, contact_id)
        changed: list[str] = []
        if patch.email is not None and patch.email != contact.email:
            if await Contact.exists(workspace_id=actor.workspace_id, email=patch.email):
                raise Conflict("a contact with this email already exists", field="email")
            contact.email = patch.email
            changed.append("email")
        values = profile_values(patch)
        _normalize_phone(values, values.get("country", contact.country) or "")
        changed += precedence.apply(contact, values, now, clear=True)
        if patch.custom_fields is not None:
            definitions = await fields.definitions_for(actor.workspace_id)
            custom = fields.coerce_all(definitions, patch.custom_fields)
            changed += precedence.apply_custom(contact, custom, now, clear=True)
        await contact.save()
        if patch.tags is not None:
            await tags.replace(actor.workspace_id, contact.id, patch.tags)
            changed.append("tags")
        if patch.external_ids:
            await _link_external_ids(contact, patch.external_ids)
            changed.append("external_ids")
        await audit.record(actor, "contact.update", "contact", contact.id, fields=changed)
        await events.emit(actor.workspace_id, events.CONTACT_UPDATED, event_data(contact, changed))
    return contact


async def merge(actor: Principal, survivor_id: int, merged_id: int) -> Contact:
    """Fold `merged_id` into `survivor_id`; the merged row stays, pointing at the survivor.

    Values follow the precedence rule field by field, tags and external ids are united,
    commerce summaries added up. Nothing that references either contact is rewritten, so
    both histories (and any ledger chained to them) stay intact.
    """
    if survivor_id == merged_id:
        raise Invalid("a contact cannot be merged into itself", field="merge_id")
    async with in_transaction():
        survivor = await get(actor.workspace_id, survivor_id)
        other = await get(actor.workspace_id, merged_id)
        if survivor.merged_into_id is not None or other.merged_into_id is not None:
            raise Conflict("one of these contacts has already been merged", field="merge_id")
        changed = precedence.fold(survivor, other)
        _add_commerce(survivor, other)
        await survivor.save()
        other_tags = (await tags.names_by_contact([other.id])).get(other.id, [])
        await tags.attach(actor.workspace_id, [survivor.id], other_tags)
        await ExternalId.filter(contact_id=other.id).update(contact_id=survivor.id)
        other.merged_into_id = survivor.id
        await other.save(update_fields=["merged_into_id", "updated_at"])
        await ContactMerge.create(
            workspace_id=actor.workspace_id, survivor=survivor, merged=other, actor=actor.label
        )
        await audit.record(
            actor, "contact.merge", "contact", survivor.id, merged=other.id, fields=changed
        )
    return survivor


def _add_commerce(survivor: Contact, other: Contact) -> None:
    survivor.orders_count += other.orders_count
    if not survivor.currency or survivor.currency == other.currency:
        survivor.total_spent = Decimal(survivor.total_spent) + Decimal(other.total_spent)
        survivor.currency = survivor.currency or other.currency
    firsts = [d for d in (survivor.first_order_at, other.first_order_at) if d]
    lasts = [d for d in (survivor.last_order_at, other.last_order_at) if d]
    survivor.first_order_at = min(firsts) if firsts else None
    survivor.last_order_at = max(lasts) if lasts else None


async def to_out(contacts: list[Contact]) -> list[ContactOut]:
    """API representations, loading tags and external ids for all of them in two queries."""
    ids = [c.id for c in contacts]
    tag_names = await tags.names_by_contact(ids)
    externals: dict[int, dict[str, str]] = {i: {} for i in ids}
    for contact_id, provider, external_id in await ExternalId.filter(
        contact_id__in=ids
    ).values_list("contact_id", "provider", "external_id"):
        externals[contact_id][provider] = external_id
    return [
        ContactOut(
            id=c.id,
            email=c.email,
            first_name=c.first_name,
            last_name=c.last_name,
            phone=c.phone,
            company=c.company,
            address=Address(**{key: getattr(c, col) for key, col in _ADDRESS_COLUMNS.items()}),
            country=c.country,
            locale=c.locale,
            timezone=c.timezone,
            tags=tag_names.get(c.id, []),
            custom_fields=c.custom,
            external_ids=externals[c.id],
            source=c.source,
            commerce=Commerce(
                orders_count=c.orders_count,
                total_spent=Decimal(c.total_spent),
                currency=c.currency,
                first_order_at=c.first_order_at,
                last_order_at=c.last_order_at,
            ),
            merged_into=c.merged_into_id,
            created_at=c.created_at,
            updated_at=c.updated_at,
        )
        for c in contacts
    ]
