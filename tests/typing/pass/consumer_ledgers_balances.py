"""A consumer of the ledger and balance slice: every result has a precise type, no Any."""

# typing: no-any

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from blnk_client import AsyncBlnk, Blnk, NotFoundError, RawResponse
from blnk_client.models import (
    AccountPage,
    AllocationStrategy,
    Balance,
    BalanceLineage,
    BalancePage,
    Identity,
    Ledger,
    LedgerPage,
    Transaction,
)
from blnk_client.params import CreateLedgerRequestParams


def sync_flow(client: Blnk) -> int:
    ledger = client.ledgers.create(name="Wallets", meta_data={"team": "payments", "tier": 2})
    assert_type(ledger, Ledger)
    assert_type(ledger.ledger_id, str)

    plain = client.balances.create(ledger_id=ledger.ledger_id, currency="USD")
    tracked = client.balances.create(
        ledger_id=ledger.ledger_id,
        currency="USD",
        track_fund_lineage=True,
        identity_id="idt_7d3e6f4c-5a35-4a8a-b0a4-3b6d1e9a0c11",
        allocation_strategy=AllocationStrategy.LIFO,
    )
    assert_type(plain, Balance)
    assert_type(tracked.balance, int)
    assert_type(tracked.allocation_strategy, AllocationStrategy | None)

    params: CreateLedgerRequestParams = {"name": "Escrow", "meta_data": {"region": "eu"}}
    assert_type(client.ledgers.create(**params), Ledger)

    listed = client.balances.list(limit=5, filters={"currency_eq": "USD"})
    assert_type(listed, list[Balance])  # no rows answer [] (the server writes null)
    page = client.balances.filter(filters=[{"field": "currency", "operator": "eq", "value": "USD"}], include_count=True)
    assert_type(page, BalancePage)  # include_count=True answers the page
    assert_type(page.data, list[Balance])
    assert_type(page.total_count, int)  # 0 when nothing matches (the server leaves it out)
    rows = client.balances.filter(filters=[{"field": "currency", "operator": "eq", "value": "USD"}])
    assert_type(rows, list[Balance])
    assert_type(client.transactions.filter(), list[Transaction])
    picked = client.balances.filter(
        filters=[
            {"field": "currency", "operator": "in", "values": ["USD", "EUR"]},
            {"field": "balance", "operator": "between", "values": [0, 100]},
            {"field": "identity_id", "operator": "isnotnull"},
        ],
    )
    assert_type(picked, list[Balance])
    counted = bool(listed)
    assert_type(client.ledgers.filter(include_count=counted), LedgerPage | list[Ledger])
    raw = client.balances.with_raw_response.create(ledger_id=ledger.ledger_id, currency="GBP")
    assert_type(raw, RawResponse[Balance])
    assert_type(raw.parse(), Balance)
    assert_type(raw.status_code, int)
    assert_type(client.balances.list_all(filters={"currency_eq": "USD"}), Iterator[Balance])
    assert_type(client.ledgers.filter_all(limit=50), Iterator[Ledger])
    lineage = client.balances.lineage(tracked.balance_id)
    assert_type(lineage, BalanceLineage)
    try:
        client.ledgers.get("ldg_missing")
    except NotFoundError as error:
        assert_type(error.code, str | None)
        assert_type(error.status, int)
    return tracked.credit_balance - tracked.debit_balance


async def async_flow(client: AsyncBlnk) -> Ledger:
    async with client:
        ledger = await client.ledgers.update("ldg_1", name="Renamed")
        assert_type(ledger, Ledger)
        balance = await client.balances.get("bln_1", include=[], with_queued=True)
        assert_type(balance, Balance)
        assert_type(client.ledgers.list_all(), AsyncIterator[Ledger])
        names = [row.name async for row in client.ledgers.list_all(limit=10)]
        assert_type(await client.identities.list(), list[Identity])
        assert_type(await client.accounts.filter(include_count=True), AccountPage)
        assert_type(names, list[str])
        raw = await client.ledgers.with_raw_response.get("ldg_1")
        assert_type(raw, RawResponse[Ledger])
        return ledger
