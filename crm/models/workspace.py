"""Workspaces (tenants), the people who log in, their roles, and API keys."""

from __future__ import annotations

import secrets
from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


def _random_key() -> str:
    return secrets.token_hex(32)


class Role(StrEnum):
    """What a member (or an API key) may do in one workspace, most powerful first."""

    OWNER = "owner"  # everything, including deleting the workspace and managing owners
    ADMIN = "admin"  # members, API keys, integrations and settings
    MARKETER = "marketer"  # contacts, imports, segments and campaigns
    VIEWER = "viewer"  # read only

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def allows(self, needed: Role) -> bool:
        """True when this role is at least as powerful as `needed`."""
        return self.rank >= needed.rank


_RANKS = {Role.VIEWER: 0, Role.MARKETER: 1, Role.ADMIN: 2, Role.OWNER: 3}


class Workspace(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200)
    # Email marketing needs a confirmed double opt-in, not a single one, when set.
    double_opt_in = fields.BooleanField(default=True)
    # Key of the keyed hashes (suppression list, pseudonyms); random per workspace.
    pseudonym_key = fields.CharField(max_length=64, default=_random_key)
    tracking_ip_days = fields.IntField(default=180)  # then IPs and user agents are dropped
    webhook_payload_days = fields.IntField(default=30)  # then raw payloads are deleted
    deleted_at = fields.DatetimeField(null=True)  # its data is destroyed 30 days later
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "workspaces"


class User(Model):
    id = fields.IntField(primary_key=True)
    email = fields.CharField(max_length=320, unique=True)
    name = fields.CharField(max_length=200, default="")
    password_hash = fields.CharField(max_length=255)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_login_at = fields.DatetimeField(null=True)

    class Meta:
        table = "users"


class Membership(Model):
    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="memberships", on_delete=fields.CASCADE
    )
    user_id: int  # the column behind `user`
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="memberships", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    role = fields.CharEnumField(Role, max_length=16)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "memberships"
        unique_together = (("user", "workspace"),)


class ApiKey(Model):
    """A bearer key for one workspace. Only its SHA-256 is stored; the key is shown once."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="api_keys", on_delete=fields.CASCADE
    )
    workspace_id: int  # the column behind `workspace`
    name = fields.CharField(max_length=200)
    prefix = fields.CharField(max_length=16, unique=True)  # public part, to find the row
    key_hash = fields.CharField(max_length=64)
    role = fields.CharEnumField(Role, max_length=16, default=Role.MARKETER)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="api_keys", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None  # the column behind `created_by`
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_keys"


class WebSession(Model):
    """A signed-in browser session; the cookie names it, logout ends it for good."""

    id = fields.CharField(max_length=32, primary_key=True)  # random, from the cookie
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="web_sessions", on_delete=fields.CASCADE
    )
    user_id: int  # the column behind `user`
    created_at = fields.DatetimeField(auto_now_add=True)
    ended_at = fields.DatetimeField(null=True)

    class Meta:
        table = "web_sessions"


class LoginAttempt(Model):
    """A failed web login, counted per email and per IP to throttle guessing."""

    id = fields.BigIntField(primary_key=True)
    email = fields.CharField(max_length=320, db_index=True)
    ip = fields.CharField(max_length=64, db_index=True)
    at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "login_attempts"
