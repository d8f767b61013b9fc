"""The core's tables. Tortoise discovers every model re-exported here."""

from crm.models.audit import AuditEntry
from crm.models.consent import (
    ConsentAction,
    ConsentEvent,
    ConsentEvidence,
    ConsentSource,
    ConsentState,
    PolicyVersion,
    Purpose,
    SignupForm,
    Suppression,
    SuppressionReason,
    Topic,
)
from crm.models.contact import Contact, ContactMerge, ContactTag, ExternalId, FieldDefinition, Tag
from crm.models.imports import ImportChunk, ImportJob, ImportRowError
from crm.models.mail import CapturedMail
from crm.models.privacy import PrivacyRequest
from crm.models.work import WorkItem
from crm.models.workspace import (
    ApiKey,
    LoginAttempt,
    Membership,
    Role,
    User,
    WebSession,
    Workspace,
)

__all__ = [
    "ApiKey",
    "AuditEntry",
    "CapturedMail",
    "ConsentAction",
    "ConsentEvent",
    "ConsentEvidence",
    "ConsentSource",
    "ConsentState",
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
    "PolicyVersion",
    "PrivacyRequest",
    "Purpose",
    "Role",
    "SignupForm",
    "Suppression",
    "SuppressionReason",
    "Tag",
    "Topic",
    "User",
    "WebSession",
    "WorkItem",
    "Workspace",
]
