"""The core of the consent-first CRM: settings, storage, workspaces, contacts and the API."""

__version__ = "0.1.0"
