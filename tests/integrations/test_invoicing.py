"""QuickBooks and Xero: thin notifications, the entity read from a fake provider that checks
paths and auth; tokens refreshed when expired or refused; throttling retried with backoff."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from crm import clock, work
from crm.models import ConsentState, Contact, ExternalId, WorkItem
from crm.models.work import WorkStatus
from integrations import inbox, rest, secrets
from integrations.errors import ProviderUnavailable
from integrations.models import InboxStatus, Integration, Order, OrderStatus
from tests.integrations import wire
from tests.integrations.conftest import REALM, TENANT, Connected, FakeProvider, events_of, form

QBO = f"/v3/company/{REALM}"
TOKEN_PATH = "/oauth2/v1/tokens/bearer"


def qb_customer(**overrides) -> dict:
    return {
        "Customer": {
            "Id": "58",
            "GivenName": "Amy",
            "FamilyName": "Lauterbach",
            "CompanyName": "Amy's Bird Sanctuary",
            "PrimaryEmailAddr": {"Address": "Birds@Intuit.com"},
            "PrimaryPhone": {"FreeFormNumber": "+1 650-555-3311"},
            "BillAddr": {
                "Line1": "4581 Finch St.",
                "City": "Bayshore",
                "CountrySubDivisionCode": "CA",
                "PostalCode": "94326",
                "Country": "US",
            },
            "MetaData": {
                "CreateTime": "2026-01-10T10:00:00-08:00",
                "LastUpdatedTime": "2026-01-12T10:00:00-08:00",
            },
        }
        | overrides
    }


def qb_invoice(balance: str = "0", updated: str = "2026-01-20T10:00:00-08:00") -> dict:
    return {
        "Invoice": {
            "Id": "132",
            "DocNumber": "1038",
            "TxnDate": "2026-01-20",
            "TotalAmt": 362.07,
            "Balance": balance,
            "CurrencyRef": {"value": "USD", "name": "United States Dollar"},
            "CustomerRef": {"value": "58", "name": "Amy's Bird Sanctuary"},
            "Line": [
                {
                    "Id": "1",
                    "Amount": 362.07,
                    "DetailType": "SalesItemLineDetail",
                    "Description": "Rock Fountain",
                    "SalesItemLineDetail": {
                        "ItemRef": {"value": "5", "name": "Rock Fountain"},
                        "Qty": 1,
                    },
                },
                {"Amount": 362.07, "DetailType": "SubTotalLineDetail"},
            ],
            "MetaData": {"CreateTime": "2026-01-20T09:00:00-08:00", "LastUpdatedTime": updated},
        },
        "time": "2026-01-20T10:00:01.000-08:00",
    }


def legacy(name: str, entity_id: str, operation: str, at: str) -> dict:
    entity = {"name": name, "id": entity_id, "operation": operation, "lastUpdated": at}
    return {"eventNotifications": [{"realmId": REALM, "dataChangeEvent": {"entities": [entity]}}]}


async def notify_quickbooks(public, quickbooks: Connected, payload) -> None:
    raw = wire.body(payload)
    r = await public.post(
        quickbooks.path, content=raw, headers=wire.intuit_headers(raw, quickbooks.secret)
    )
    assert r.status_code == 200, r.text


def bearer(request: httpx.Request) -> str:
    return request.headers["authorization"].removeprefix("Bearer ")


# Rule: a thin invoice notification fetches the invoice and its customer with the bearer
# token, keeps the invoice and rolls it up; an invoice never grants consent.
async def test_a_quickbooks_invoice_notice_fetches_the_invoice_and_its_customer(
    public, quickbooks, provider: FakeProvider, workspace
):
    provider.json("GET", f"{QBO}/invoice/132", qb_invoice())
    provider.json("GET", f"{QBO}/customer/58", qb_customer())
    await notify_quickbooks(
        public, quickbooks, legacy("Invoice", "132", "Update", "2026-01-20T18:00:01.000Z")
    )
    await work.drain()

    [fetch_invoice] = provider.calls(f"{QBO}/invoice/132")
    assert fetch_invoice.url.host == "quickbooks.api.intuit.com"
    assert fetch_invoice.url.params["minorversion"] == "75"
    assert bearer(fetch_invoice) == "access-1"
    assert fetch_invoice.headers["accept"] == "application/json"
    contact = await Contact.get(workspace_id=workspace.id, email="birds@intuit.com")
    assert (contact.first_name, contact.company, contact.phone) == (
        "Amy",
        "Amy's Bird Sanctuary",
        "+16505553311",
    )
    assert await ExternalId.exists(contact_id=contact.id, provider="quickbooks", external_id="58")
    [order] = await Order.filter(contact_id=contact.id)
    assert (order.number, order.status, order.total) == (
        "1038",
        OrderStatus.PAID,
        Decimal("362.07"),
    )
    assert order.items == [{"title": "Rock Fountain", "quantity": 1, "price": "362.07"}]
    assert (contact.orders_count, contact.total_spent) == (1, Decimal("362.07"))
    assert not await ConsentState.exists(contact_id=contact.id)


# Rule: the CloudEvents format is processed like the legacy one.
async def test_a_quickbooks_cloudevent_customer_is_fetched(
    public, quickbooks, provider: FakeProvider, workspace
):
    provider.json("GET", f"{QBO}/customer/58", qb_customer())
    event = {
        "specversion": "1.0",
        "id": "ce-1",
        "source": "intuit.qbo",
        "type": "qbo.customer.created.v1",
        "time": "2026-01-20T12:00:00Z",
        "intuitentityid": "58",
        "intuitaccountid": REALM,
        "data": {},
    }
    await notify_quickbooks(public, quickbooks, [event])
    await work.drain()
    assert await Contact.exists(workspace_id=workspace.id, email="birds@intuit.com")


# Rule: an expired access token is refreshed before the call (Basic auth, refresh_token
# grant), and the new access and refresh tokens are stored, sealed.
async def test_an_expired_token_is_refreshed_and_the_new_tokens_stored(
    public, quickbooks, provider: FakeProvider, workspace
):
    integration = await Integration.get(id=quickbooks.id)
    values = secrets.unseal(integration.sealed)
    past = (clock.now() - timedelta(minutes=5)).isoformat()
    await Integration.filter(id=integration.id).update(
        sealed=secrets.seal(values | {"access_token_expires_at": past})
    )
    provider.json(
        "POST",
        TOKEN_PATH,
        {
            "access_token": "access-2",
            "refresh_token": "refresh-2",
            "expires_in": 3600,
            "token_type": "bearer",
        },
    )
    provider.json("GET", f"{QBO}/customer/58", qb_customer())
    await notify_quickbooks(
        public, quickbooks, legacy("Customer", "58", "Update", "2026-01-20T18:00:01.000Z")
    )
    await work.drain()

    [refresh] = provider.calls(TOKEN_PATH)
    assert refresh.url.host == "oauth.platform.intuit.com"
    assert (
        refresh.headers["authorization"]
        == "Basic " + base64.b64encode(b"qb-client:qb-secret").decode()
    )
    assert form(refresh) == {"grant_type": "refresh_token", "refresh_token": "refresh-1"}
    assert bearer(provider.calls(f"{QBO}/customer/58")[0]) == "access-2"
    stored = secrets.unseal((await Integration.get(id=quickbooks.id)).sealed)
    assert (stored["access_token"], stored["refresh_token"]) == ("access-2", "refresh-2")
    assert "access-2" not in (await Integration.get(id=quickbooks.id)).sealed


# Rule: a token the provider refuses (401) is refreshed once and the call repeated.
async def test_a_refused_token_is_refreshed_once_and_the_call_repeated(
    public, quickbooks, provider: FakeProvider, workspace
):
    provider.add(
        "GET",
        f"{QBO}/customer/58",
        httpx.Response(401, json={"fault": "AuthenticationFailed"}),
        httpx.Response(200, json=qb_customer()),
    )
    provider.json("POST", TOKEN_PATH, {"access_token": "access-2", "expires_in": 3600})
    await notify_quickbooks(
        public, quickbooks, legacy("Customer", "58", "Create", "2026-01-20T18:00:01.000Z")
    )
    await work.drain()

    assert [bearer(r) for r in provider.calls(f"{QBO}/customer/58")] == ["access-1", "access-2"]
    assert await Contact.exists(workspace_id=workspace.id, email="birds@intuit.com")
    # a refresh answer without a new refresh token keeps the old one
    stored = secrets.unseal((await Integration.get(id=quickbooks.id)).sealed)
    assert stored["refresh_token"] == "refresh-1"


# Rule: a refused refresh token fails the event with the reason and marks the integration
# for reconnection.
async def test_a_refused_refresh_token_fails_the_event_and_says_reconnect(
    public, quickbooks, provider: FakeProvider
):
    provider.add("GET", f"{QBO}/customer/58", httpx.Response(401))
    provider.add("POST", TOKEN_PATH, httpx.Response(400, json={"error": "invalid_grant"}))
    await notify_quickbooks(
        public, quickbooks, legacy("Customer", "58", "Create", "2026-01-20T18:00:01.000Z")
    )
    await work.drain()

    [event] = await events_of(quickbooks.id)
    assert event.status == InboxStatus.FAILED and "TokenRefused" in event.error
    assert "connect the integration again" in (await Integration.get(id=quickbooks.id)).last_error


# Rule: 429 and 5xx are retried with backoff, honouring Retry-After.
async def test_throttling_and_server_errors_are_retried_with_backoff(quickbooks, provider):
    url = f"https://quickbooks.api.intuit.com{QBO}/customer/58"
    provider.add(
        "GET",
        f"{QBO}/customer/58",
        httpx.Response(429, headers={"Retry-After": "3"}),
        httpx.Response(503),
        httpx.Response(200, json=qb_customer()),
    )
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    integration = await Integration.get(id=quickbooks.id)
    async with rest.Client(integration, sleep=sleep) as api:
        found = await api.get(url)

    assert found["Customer"]["Id"] == "58"
    assert waits == [3.0, rest.BACKOFF_BASE.total_seconds() * 2]
    assert len(provider.calls(f"{QBO}/customer/58")) == 3


# Rule: a wait longer than LONGEST_WAIT, or an outage that outlasts the attempts, is left to
# the work row's backoff instead of holding a worker.
async def test_a_long_retry_after_is_left_to_the_work_rows_backoff(quickbooks, provider):
    provider.add("GET", f"{QBO}/customer/58", httpx.Response(429, headers={"Retry-After": "600"}))
    integration = await Integration.get(id=quickbooks.id)
    async with rest.Client(integration, sleep=pytest.fail) as api:
        with pytest.raises(ProviderUnavailable):
            await api.get(f"https://quickbooks.api.intuit.com{QBO}/customer/58")


# Rule: a provider outage fails the event with its error; the work row is retried later
# with backoff, and `replay` after the outage processes it.
async def test_an_outage_is_retried_later_and_replay_processes_the_event(
    public, quickbooks, provider: FakeProvider, workspace, monkeypatch
):
    monkeypatch.setattr(rest, "BACKOFF_BASE", timedelta(0))
    provider.add("GET", f"{QBO}/customer/58", httpx.Response(503))
    await notify_quickbooks(
        public, quickbooks, legacy("Customer", "58", "Create", "2026-01-20T18:00:01.000Z")
    )
    await work.drain()

    [event] = await events_of(quickbooks.id)
    assert event.status == InboxStatus.FAILED and "answered 503" in event.error
    item = await WorkItem.get(task=inbox.PROCESS, ref=str(event.id))
    assert item.status == WorkStatus.PENDING and item.due_at > clock.now()
    assert await inbox.replay([event.id]) == []  # its retry is already queued

    await WorkItem.filter(id=item.id).update(status=WorkStatus.FAILED)
    provider.json("GET", f"{QBO}/customer/58", qb_customer())
    assert event.id in await inbox.replay()  # all failed events, this one among them
    await work.drain()
    await event.refresh_from_db()
    assert (event.status, event.error) == (InboxStatus.PROCESSED, "")


# Rule: a notification for another company (realm) is not acted on.
async def test_a_notice_for_another_realm_is_ignored(public, quickbooks, provider):
    payload = legacy("Customer", "58", "Create", "2026-01-20T18:00:01.000Z")
    payload["eventNotifications"][0]["realmId"] = "1"
    await notify_quickbooks(public, quickbooks, payload)
    await work.drain()
    [event] = await events_of(quickbooks.id)
    assert event.status == InboxStatus.IGNORED and provider.requests == []


# Rule: a voided invoice is cancelled without being read, and leaves the summary.
async def test_a_voided_quickbooks_invoice_is_cancelled(public, quickbooks, provider, workspace):
    provider.json("GET", f"{QBO}/invoice/132", qb_invoice())
    provider.json("GET", f"{QBO}/customer/58", qb_customer())
    await notify_quickbooks(
        public, quickbooks, legacy("Invoice", "132", "Create", "2026-01-20T18:00:01.000Z")
    )
    await notify_quickbooks(
        public, quickbooks, legacy("Invoice", "132", "Void", "2026-01-21T18:00:01.000Z")
    )
    await work.drain()

    assert len(provider.calls(f"{QBO}/invoice/132")) == 1
    contact = await Contact.get(workspace_id=workspace.id, email="birds@intuit.com")
    assert (await Order.get(contact_id=contact.id)).status == OrderStatus.CANCELLED
    assert contact.orders_count == 0


def xero_contact() -> dict:
    return {
        "Contacts": [
            {
                "ContactID": "bd2270c3-8706-4c11-9cfb-000b551c3f51",
                "Name": "Ridgeway University",
                "FirstName": "Sam",
                "LastName": "Ridge",
                "EmailAddress": "sam@ridgeway.example",
                "Phones": [
                    {
                        "PhoneType": "DEFAULT",
                        "PhoneNumber": "8001234",
                        "PhoneAreaCode": "9",
                        "PhoneCountryCode": "64",
                    }
                ],
                "Addresses": [
                    {"AddressType": "STREET", "City": "Wellington", "Country": "New Zealand"}
                ],
                "UpdatedDateUTC": "/Date(1768928400000+0000)/",
            }
        ]
    }


def xero_invoice(kind: str = "ACCREC") -> dict:
    return {
        "Invoices": [
            {
                "InvoiceID": "243216c5-369e-4056-ac67-05388f86dc81",
                "InvoiceNumber": "INV-0002",
                "Type": kind,
                "Status": "AUTHORISED",
                "Total": "1000.00",
                "CurrencyCode": "NZD",
                "DateString": "2026-01-20T00:00:00",
                "Contact": {"ContactID": "bd2270c3-8706-4c11-9cfb-000b551c3f51"},
                "LineItems": [{"Description": "Training", "Quantity": 2, "LineAmount": 1000}],
                "UpdatedDateUTC": "/Date(1768928400000+0000)/",
            }
        ]
    }


async def notify_xero(public, xero: Connected, category: str, resource_id: str) -> None:
    event = {
        "resourceUrl": f"https://api.xero.com/api.xro/2.0/{category}s/{resource_id}",
        "resourceId": resource_id,
        "eventDateUtc": "2026-01-20T17:00:00.000",
        "eventType": "UPDATE",
        "eventCategory": category,
        "tenantId": TENANT,
        "tenantType": "ORGANISATION",
    }
    raw = wire.body(
        {"events": [event], "firstEventSequence": 1, "lastEventSequence": 1, "entropy": "x"}
    )
    r = await public.post(xero.path, content=raw, headers=wire.xero_headers(raw, xero.secret))
    assert r.status_code == 200


# Rule: a Xero invoice notice reads the invoice and its contact with the tenant header;
# an authorised (unpaid) invoice is kept but not counted.
async def test_a_xero_invoice_is_read_with_the_tenant_header(public, xero, provider, workspace):
    provider.json(
        "GET", "/api.xro/2.0/Invoices/243216c5-369e-4056-ac67-05388f86dc81", xero_invoice()
    )
    provider.json(
        "GET", "/api.xro/2.0/Contacts/bd2270c3-8706-4c11-9cfb-000b551c3f51", xero_contact()
    )
    await notify_xero(public, xero, "INVOICE", "243216c5-369e-4056-ac67-05388f86dc81")
    await work.drain()

    for request in provider.requests:
        assert request.url.host == "api.xero.com"
        assert request.headers["xero-tenant-id"] == TENANT
        assert bearer(request) == "xero-access"
    contact = await Contact.get(workspace_id=workspace.id, email="sam@ridgeway.example")
    assert (contact.company, contact.phone, contact.city) == (
        "Ridgeway University",
        "+6498001234",
        "Wellington",
    )
    order = await Order.get(contact_id=contact.id)
    assert (order.number, order.status, order.currency) == ("INV-0002", OrderStatus.PENDING, "NZD")
    assert order.placed_at == datetime(2026, 1, 20, tzinfo=UTC)
    assert contact.orders_count == 0


# Rule: a supplier's bill (ACCPAY) is not a sale.
async def test_a_xero_bill_is_ignored(public, xero, provider, workspace):
    provider.json("GET", "/api.xro/2.0/Invoices/b1", xero_invoice("ACCPAY"))
    await notify_xero(public, xero, "INVOICE", "b1")
    await work.drain()
    [event] = await events_of(xero.id)
    assert event.status == InboxStatus.IGNORED
    assert not await Order.exists(workspace_id=workspace.id)
