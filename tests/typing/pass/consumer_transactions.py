"""Transactions: dry_run answers a preview, everything else a Transaction; typed without narrowing."""

from __future__ import annotations

from decimal import Decimal
from typing import assert_type

from blnk_client import Blnk
from blnk_client.models import InflightAction, InflightTransaction, Transaction, TransactionPreview
from blnk_client.params import CreateTransactionRequestParams
from blnk_client.waiting import wait_for_transaction


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
    return wait_for_transaction(client, queued)
