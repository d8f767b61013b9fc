"""Integrations: the webhook inbox, Shopify, Stripe and invoicing receivers, audiences."""
