"""Tracking: signed tokens, the open pixel, click redirects, unsubscribe and preferences."""
