"""Creating workspaces and their members."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from crm.contacts.normalize import normalize_email
from crm.errors import Conflict
from crm.models import Membership, Role, User, Workspace
from crm.security.passwords import hash_password


@dataclass(frozen=True)
class Bootstrap:
    workspace: Workspace
    user: User
    password: str  # shown once on the console, never stored in clear


async def create_workspace(name: str) -> Workspace:
    return await Workspace.create(name=name)


async def create_user(email: str, password: str, name: str = "") -> User:
    address = normalize_email(email)
    if await User.exists(email=address):
        raise Conflict("a user with this email already exists", field="email")
    return await User.create(email=address, name=name, password_hash=hash_password(password))


async def add_member(workspace: Workspace, user: User, role: Role) -> Membership:
    membership, _ = await Membership.update_or_create(
        defaults={"role": role}, user=user, workspace=workspace
    )
    return membership


async def bootstrap_if_empty(email: str) -> Bootstrap | None:
    """On a database with no users, create a workspace and its owner with a random password."""
    async with in_transaction():
        if await User.exists():
            return None
        password = secrets.token_urlsafe(12)
        workspace = await create_workspace("My workspace")
        user = await create_user(email, password, name="Owner")
        await add_member(workspace, user, Role.OWNER)
    return Bootstrap(workspace, user, password)
