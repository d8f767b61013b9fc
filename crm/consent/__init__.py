"""Consent: the hash-chained ledger, its projection, topics, policies and suppression."""
