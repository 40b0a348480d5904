"""Transactions: dry_run answers a preview, everything else a Transaction; typed without narrowing."""

from __future__ import annotations

from decimal import Decimal
from typing import assert_type

from blnk_client import AsyncBlnk, Blnk
from blnk_client.models import (
    BulkTransactionAccepted,
    BulkTransactionPreview,
    BulkTransactionResult,
    InflightAction,
    InflightTransaction,
    Transaction,
    TransactionPreview,
)
from blnk_client.params import CreateTransactionRequestParams
from blnk_client.waiting import async_wait_for_transaction, wait_for_transaction


def post(client: Blnk, wallet: str, flag: bool) -> Transaction:
    assert_type(
        client.transactions.create(
            reference="r-1",
            currency="USD",
            description="d",
            precise_amount=1,
            source="@World",
            destination=wallet,
            dry_run=True,
        ),
        TransactionPreview,
    )
    queued = client.transactions.create(
        reference="r-1", currency="USD", description="d", precise_amount=1, source="@World", destination=wallet
    )
    assert_type(queued, Transaction)
    exact = client.transactions.create(
        reference="r-2",
        currency="USD",
        description="d",
        amount=Decimal("10.05"),
        precision=100,
        source="@World",
        destination=wallet,
    )
    assert_type(exact, Transaction)
    leg: CreateTransactionRequestParams = {
        "reference": "r-3",
        "currency": "USD",
        "description": "d",
        "amount": Decimal("2.50"),
        "precision": 100,
        "source": "@World",
        "destination": wallet,
    }
    client.transactions.create_bulk(transactions=[leg, {**leg, "reference": "r-4", "amount": 2.5}])
    either = client.transactions.create(
        reference="r-1",
        currency="USD",
        description="d",
        precise_amount=1,
        source="@World",
        destination=wallet,
        dry_run=flag,
    )
    assert_type(either, Transaction | TransactionPreview)
    assert_type(client.transactions.refund(queued.transaction_id), Transaction)
    assert_type(client.transactions.refund(queued.transaction_id, dry_run=True), TransactionPreview)
    held = client.transactions.update_inflight(queued.transaction_id, status=InflightAction.COMMIT)
    assert_type(held, InflightTransaction)
    assert_type(wait_for_transaction(client, held), Transaction)  # the APPLIED child of the hold
    assert_type(wait_for_transaction(client, client.transactions.refund(queued.transaction_id)), Transaction)
    commits = client.transactions.bulk_commit(transactions=[{"transaction_id": queued.transaction_id}])
    assert_type(wait_for_transaction(client, commits), dict[str, Transaction])
    voids = client.transactions.bulk_void(transaction_ids=[queued.transaction_id])
    assert_type(wait_for_transaction(client, voids), dict[str, Transaction])
    batch = client.transactions.create_bulk(transactions=[leg])
    assert_type(batch, BulkTransactionResult)
    assert_type(wait_for_transaction(client, batch), dict[str, Transaction])
    assert_type(client.transactions.create_bulk(transactions=[leg], run_async=True), BulkTransactionAccepted)
    assert_type(client.transactions.create_bulk(transactions=[leg], dry_run=True), BulkTransactionPreview)
    assert_type(client.transactions.bulk_void(transaction_ids=["t"], dry_run=True), BulkTransactionPreview)
    return wait_for_transaction(client, queued)


async def wait_async(client: AsyncBlnk, transaction_id: str) -> Transaction:
    held = await client.transactions.update_inflight(transaction_id, status=InflightAction.VOID)
    voids = await client.transactions.bulk_void(transaction_ids=[transaction_id])
    assert_type(await async_wait_for_transaction(client, voids), dict[str, Transaction])
    return await async_wait_for_transaction(client, held)
