"""Credentials: password hashing, API keys and the login throttle."""
