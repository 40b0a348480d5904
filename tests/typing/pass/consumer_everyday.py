"""Code a user writes on a first day, with no casts and no narrowing: the lines issue #15 measured
(list results, pages, applied amounts, waits on queued answers, Decimal money) and the README quickstart."""

from __future__ import annotations

import dataclasses
import uuid
from decimal import Decimal
from typing import assert_type

from blnk_client import AsyncBlnk, Blnk, NotFoundError
from blnk_client.models import AllocationStrategy, Balance, Distribution, Transaction
from blnk_client.money import from_minor_units
from blnk_client.params import DistributionParams
from blnk_client.waiting import async_wait_for_transaction, wait_for_transaction


def balances_and_pages(blnk: Blnk, ledger_id: str) -> int:
    total = Decimal(0)
    for b in blnk.balances.list(limit=10):  # a list, never None
        total += from_minor_units(b.balance, 100)
    page = blnk.balances.filter(
        filters=[{"field": "ledger_id", "operator": "eq", "value": ledger_id}], include_count=True
    )
    for row in page.data:  # a list, even when nothing matches
        assert_type(row, Balance)
    return page.total_count + 1  # an int when the count was asked for


def money_and_waits(blnk: Blnk, wallet: str) -> int:
    applied = blnk.transactions.create(
        reference=f"order-{uuid.uuid4().hex}",
        currency="USD",
        description="Top-up",
        amount=Decimal("10.05"),  # sent exactly as precise_amount 1005
        precision=100,
        source="@World",
        destination=wallet,
        skip_queue=True,
    )
    doubled = (applied.precise_amount or 0) * 2  # None only on old servers' list rows
    legs: list[Distribution] = applied.destinations  # a list, [] when the posting had no split
    description: str | None = applied.description
    hold = blnk.transactions.create(
        reference=f"hold-{uuid.uuid4().hex}",
        currency="USD",
        description=description or "hold",
        precise_amount=500,
        precision=100,
        source="@World",
        destination=wallet,
        inflight=True,
    )
    committed = wait_for_transaction(blnk, blnk.transactions.update_inflight(hold.transaction_id, status="commit"))
    assert_type(committed, Transaction)
    voided = blnk.transactions.update_inflight(hold.transaction_id, status="void")
    refunded = wait_for_transaction(blnk, blnk.transactions.refund(applied.transaction_id))
    split: DistributionParams = {"identifier": wallet, "distribution": "left"}  # keys left out stay out
    blnk.transactions.create(
        reference=f"split-{uuid.uuid4().hex}",
        currency="USD",
        description="split",
        amount=12.5,  # floats keep working as the server's amount
        precision=100,
        source="@World",
        destinations=[split],
    )
    return doubled + len(legs) + int(refunded.amount) + int(voided.amount)


async def waits_async(client: AsyncBlnk, wallet: str) -> Transaction:
    queued = await client.transactions.create(
        reference=f"order-{uuid.uuid4().hex}",
        currency="USD",
        description="Top-up",
        amount=Decimal("25.50"),
        precision=100,
        source="@World",
        destination=wallet,
    )
    return await async_wait_for_transaction(client, queued, timeout=30)


def quickstart() -> None:
    with Blnk(base_url="http://127.0.0.1:5001", api_key="...", timeout=10.0, max_retries=2) as blnk:
        ledger = blnk.ledgers.create(name="Customer wallets", meta_data={"team": "payments"})
        owner = blnk.identities.create(first_name="Ada", last_name="Lovelace")
        wallet = blnk.balances.create(
            ledger_id=ledger.ledger_id,
            currency="USD",
            track_fund_lineage=True,
            identity_id=owner.identity_id,
            allocation_strategy=AllocationStrategy.LIFO,
        )
        queued = blnk.transactions.create(
            reference=f"order-{uuid.uuid4().hex}",
            currency="USD",
            description="Top-up",
            amount=Decimal("25.50"),
            precision=100,
            source="@World",
            destination=wallet.balance_id,
            allow_overdraft=True,
        )
        applied = wait_for_transaction(blnk, queued, timeout=30)
        print(applied.status, from_minor_units(blnk.balances.get(wallet.balance_id).balance, 100))
        for row in blnk.transactions.list_all(filters={"destination_eq": wallet.balance_id}):
            print(row.reference, row.status)
        page = blnk.transactions.filter(
            filters=[{"field": "destination", "operator": "eq", "value": wallet.balance_id}], include_count=True
        )
        print(page.total_count + len(page.data))
        raw = blnk.ledgers.with_raw_response.get(ledger.ledger_id)
        print(raw.status_code, raw.parse().name)
        try:
            blnk.ledgers.get("ldg_missing")
        except NotFoundError as error:
            print(error.status_code, error.code, error.message)


def models_are_dataclasses(txn: Transaction) -> Transaction:
    """A copy with one field changed, and the fields a user lists: the stdlib's own tools."""
    names = [field.name for field in dataclasses.fields(txn)]
    assert "reference" in names
    return dataclasses.replace(txn, description="corrected")
