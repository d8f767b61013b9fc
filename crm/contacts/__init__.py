"""Contacts: normalization, validation, upsert with precedence, merge and search."""
