"""Tags: find-or-create by normalized name, attach to and detach from contacts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from tortoise.exceptions import IntegrityError

from crm.models import ContactTag, Tag


async def ensure(workspace_id: int, names: Iterable[str]) -> dict[str, int]:
    """Ids of the tags named (already normalized), creating the missing ones."""
    wanted = set(names)
    if not wanted:
        return {}
    found = {t.name: t.id for t in await Tag.filter(workspace_id=workspace_id, name__in=wanted)}
    for name in wanted - found.keys():
        try:
            tag = await Tag.create(workspace_id=workspace_id, name=name)
        except IntegrityError:  # created concurrently by another request
            tag = await Tag.get(workspace_id=workspace_id, name=name)
        found[name] = tag.id
    return found


async def attach(workspace_id: int, contact_ids: Iterable[int], names: Iterable[str]) -> None:
    """Give every contact every tag; links that already exist are left alone."""
    ids = list(contact_ids)
    tag_ids = await ensure(workspace_id, names)
    if not ids or not tag_ids:
        return
    existing = set(
        await ContactTag.filter(contact_id__in=ids, tag_id__in=tag_ids.values()).values_list(
            "contact_id", "tag_id"
        )
    )
    links = [
        ContactTag(contact_id=c, tag_id=t)
        for c in ids
        for t in tag_ids.values()
        if (c, t) not in existing
    ]
    if links:
        await ContactTag.bulk_create(links, ignore_conflicts=True)


async def replace(workspace_id: int, contact_id: int, names: Iterable[str]) -> None:
    """Make the contact's tags exactly `names`."""
    tag_ids = await ensure(workspace_id, names)
    await (
        ContactTag.filter(contact_id=contact_id).exclude(tag_id__in=list(tag_ids.values())).delete()
    )
    await attach(workspace_id, [contact_id], tag_ids)


async def names_by_contact(contact_ids: Iterable[int]) -> dict[int, list[str]]:
    """Each contact's tag names, sorted, in one query."""
    result: dict[int, list[str]] = defaultdict(list)
    rows = await ContactTag.filter(contact_id__in=list(contact_ids)).values_list(
        "contact_id", "tag__name"
    )
    for contact_id, name in rows:
        result[contact_id].append(name)
    for names in result.values():
        names.sort()
    return result
