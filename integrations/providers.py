"""Every provider in one table: its configuration, its HTTP receiver (if it sends webhooks)
and the processor of its stored events."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from integrations import fortnox, quickbooks, shopify, stripe, xero
from integrations.base import Processor, Receiver
from integrations.models import Provider


@dataclass(frozen=True)
class Spec:
    config: type[BaseModel]  # SecretStr fields are sealed; the others are kept as settings
    process: Processor
    receiver: Receiver | None = None  # None: no HTTP webhooks (Fortnox streams instead)
    # Topics whose processor only maps the payload, so that their people are written in
    # batches (integrations/batch.py); the others run alone, in order among them.
    mapped: frozenset[str] = frozenset()


PROVIDERS: dict[Provider, Spec] = {
    Provider.SHOPIFY: Spec(
        shopify.ShopifyConfig, shopify.process, shopify.ShopifyReceiver(), shopify.MAPPED
    ),
    Provider.STRIPE: Spec(
        stripe.StripeConfig, stripe.process, stripe.StripeReceiver(), stripe.MAPPED
    ),
    Provider.QUICKBOOKS: Spec(
        quickbooks.QuickBooksConfig, quickbooks.process, quickbooks.QuickBooksReceiver()
    ),
    Provider.XERO: Spec(xero.XeroConfig, xero.process, xero.XeroReceiver()),
    Provider.FORTNOX: Spec(fortnox.FortnoxConfig, fortnox.process),
}
