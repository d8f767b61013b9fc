"""The core's tables. Tortoise discovers every model re-exported here."""

from crm.models.audit import AuditEntry
from crm.models.contact import Contact, ContactMerge, ContactTag, ExternalId, FieldDefinition, Tag
from crm.models.imports import ImportChunk, ImportJob, ImportRowError
from crm.models.work import WorkItem
from crm.models.workspace import ApiKey, LoginAttempt, Membership, Role, User, Workspace

__all__ = [
    "ApiKey",
    "AuditEntry",
    "Contact",
    "ContactMerge",
    "ContactTag",
    "ExternalId",
    "FieldDefinition",
    "ImportChunk",
    "ImportJob",
    "ImportRowError",
    "LoginAttempt",
    "Membership",
    "Role",
    "Tag",
    "User",
    "WorkItem",
    "Workspace",
]
