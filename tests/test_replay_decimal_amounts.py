"""Decimal amounts against traffic recorded from a real Blnk server (main, cba00722).

A Decimal `amount` is sent as `precise_amount` at its `precision`, so the server stores exactly
that many minor units, also beyond 2**53 where a float amount would be rounded; its answer's
`amount_string` is the exact decimal, and reads give the same minor units back.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from blnk_client import Blnk
from blnk_client.models import BulkTransactionResult, Transaction, TransactionStatus
from blnk_client.money import from_minor_units
from blnk_client.waiting import wait_for_transaction
from tests.support.cassettes import Cassette

pytestmark = pytest.mark.cassette

HUGE = Decimal("123456789012345678901234.56")  # 12345678901234567890123456 minor units at 100


def _posting(cassette: Cassette, name: str, wallet: str) -> dict[str, Any]:
    return {
        "reference": cassette.value(name, f"decimal-{name}-"),
        "currency": "USD",
        "description": f"Decimal {name}",
        "precision": 100,
        "source": "@World",
        "destination": wallet,
        "allow_overdraft": True,
    }


@pytest.mark.cassette("test_transactions_decimal_amounts")
def test_transactions_decimal_amounts(blnk: Blnk, cassette: Cassette) -> None:
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "decimal-"))
    wallet = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD").balance_id

    for name, amount, minor in (("cents", Decimal("10.05"), 1005), ("huge", HUGE, 12345678901234567890123456)):
        created = blnk.transactions.create(**_posting(cassette, name, wallet), amount=amount, skip_queue=True)
        assert isinstance(created, Transaction) and created.status is TransactionStatus.APPLIED
        assert (created.precise_amount, created.precision, created.amount_string) == (minor, 100, str(amount))
        stored = blnk.transactions.get(created.transaction_id)
        assert (stored.precise_amount, stored.precision) == (minor, 100)
        assert isinstance(stored.precise_amount, int)
        assert from_minor_units(stored.precise_amount, int(stored.precision)) == amount
    assert 12345678901234567890123456 > 2**53  # a float amount could not carry it

    queued = blnk.transactions.create(**_posting(cassette, "queued", wallet), amount=Decimal("0.10"))
    assert isinstance(queued, Transaction) and queued.status is TransactionStatus.QUEUED
    assert (queued.precise_amount, Decimal(str(queued.amount_string))) == (10, Decimal("0.10"))
    applied = wait_for_transaction(blnk, queued, timeout=30, interval=0.05 if cassette.recording else 0)
    assert (applied.status, applied.precise_amount) == (TransactionStatus.APPLIED, 10)

    legs = [
        {**_posting(cassette, "leg1", wallet), "amount": Decimal("1.25")},
        {**_posting(cassette, "leg2", wallet), "amount": Decimal("2.50")},
    ]
    batch = blnk.transactions.create_bulk(transactions=legs, skip_queue=True)  # type: ignore[arg-type]
    assert isinstance(batch, BulkTransactionResult) and batch.transaction_count == 2
    rows = blnk.transactions.filter(
        filters=[{"field": "parent_transaction", "operator": "eq", "value": batch.batch_id}]
    )
    assert isinstance(rows, list) and sorted(int(str(row.precise_amount)) for row in rows) == [125, 250]

    balance = blnk.balances.get(wallet).balance
    assert balance == 1005 + 12345678901234567890123456 + 10 + 125 + 250
    assert from_minor_units(balance, 100) == Decimal("10.05") + HUGE + Decimal("0.10") + Decimal("3.75")
