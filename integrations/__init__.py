"""Integrations: customers, orders, invoices and consent in from Shopify, Stripe, QuickBooks,
Xero and Fortnox through a durable inbox; the CRM's own events out as signed webhooks;
audiences. See docs/architecture.md, "Integrations"."""
