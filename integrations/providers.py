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


PROVIDERS: dict[Provider, Spec] = {
    Provider.SHOPIFY: Spec(shopify.ShopifyConfig, shopify.process, shopify.ShopifyReceiver()),
    Provider.STRIPE: Spec(stripe.StripeConfig, stripe.process, stripe.StripeReceiver()),
    Provider.QUICKBOOKS: Spec(
        quickbooks.QuickBooksConfig, quickbooks.process, quickbooks.QuickBooksReceiver()
    ),
    Provider.XERO: Spec(xero.XeroConfig, xero.process, xero.XeroReceiver()),
    Provider.FORTNOX: Spec(fortnox.FortnoxConfig, fortnox.process),
}
