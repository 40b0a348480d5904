"""wait_for_transaction on every queued answer, against traffic recorded from a real Blnk server (main).

Queued commits and voids answer the hold unchanged; their outcome is a child of the hold that
the answer does not name. Partial commits leave several children on one hold, so the second
commit's wait must not answer the first commit's child: the client notes the hold's children
before sending and answers the new one. The async test replays the same cassette through AsyncBlnk.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from blnk_client import Blnk, BlnkValidationError
from blnk_client.models import (
    BulkInflightResponse,
    BulkTransactionResult,
    InflightAction,
    InflightTransaction,
    Transaction,
    TransactionStatus,
)
from blnk_client.waiting import async_wait_for_transaction, wait_for_transaction
from tests.support.cassettes import Cassette, replaying

pytestmark = pytest.mark.cassette

APPLIED, VOID = TransactionStatus.APPLIED, TransactionStatus.VOID


def _posting(values: dict[str, str], name: str, wallet: str, **changes: Any) -> dict[str, Any]:
    return {
        "reference": values[name],
        "currency": "USD",
        "description": name,
        "source": "@World",
        "destination": wallet,
        "allow_overdraft": True,
        **changes,
    }


def _named(cassette: Cassette) -> dict[str, str]:
    names = ("ledger", "hold", "held", "transfer", "bulk1", "bulk2", "bulk3", "leg1", "leg2")
    return {name: cassette.value(name, f"wait-{name}-") for name in names}


@pytest.mark.cassette("test_waiting_on_every_queued_answer")
def test_waiting_on_every_queued_answer(blnk: Blnk, cassette: Cassette) -> None:
    values = _named(cassette)
    interval = 0.05 if cassette.recording else 0
    ledger = blnk.ledgers.create(name=values["ledger"])
    wallet = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD").balance_id

    # A queued hold: the commits and the void act on its `_q` child.
    queued = blnk.transactions.create(**_posting(values, "hold", wallet, precise_amount=1000, inflight=True))
    assert isinstance(queued, Transaction)
    hold = wait_for_transaction(blnk, queued, interval=interval)
    assert hold.status is TransactionStatus.INFLIGHT

    answer = blnk.transactions.update_inflight(queued.transaction_id, status=InflightAction.COMMIT, precise_amount=300)
    assert answer.queued is True and answer.status is TransactionStatus.QUEUED  # the row it was sent for
    first = wait_for_transaction(blnk, answer, interval=interval)
    assert (first.status, first.precise_amount, first.parent_transaction) == (APPLIED, 300, hold.transaction_id)
    second = wait_for_transaction(
        blnk,
        blnk.transactions.update_inflight(queued.transaction_id, status=InflightAction.COMMIT, precise_amount=200),
        interval=interval,
    )
    assert (second.status, second.precise_amount) == (APPLIED, 200) and second.transaction_id != first.transaction_id
    void = wait_for_transaction(
        blnk, blnk.transactions.update_inflight(queued.transaction_id, status=InflightAction.VOID), interval=interval
    )
    assert (void.status, void.precise_amount, void.parent_transaction) == (VOID, 500, hold.transaction_id)
    with pytest.raises(BlnkValidationError, match="not answered to a queued commit or void by this client"):
        wait_for_transaction(blnk, InflightTransaction.from_dict(answer.to_dict()))  # a copy: nothing noted

    # A skip_queue hold is the hold itself; a skip_queue commit answers the child at once.
    held = blnk.transactions.create(
        **_posting(values, "held", wallet, precise_amount=250, inflight=True, skip_queue=True)
    )
    assert isinstance(held, Transaction)
    committed = wait_for_transaction(
        blnk, blnk.transactions.update_inflight(held.transaction_id, status=InflightAction.COMMIT), interval=interval
    )
    assert (committed.status, committed.precise_amount, committed.parent_transaction) == (
        APPLIED,
        250,
        held.transaction_id,
    )

    # A queued refund: its outcome is the reversal's `_q` copy.
    transfer = blnk.transactions.create(**_posting(values, "transfer", wallet, precise_amount=700))
    assert isinstance(transfer, Transaction)
    applied = wait_for_transaction(blnk, transfer, interval=interval)
    refund = blnk.transactions.refund(transfer.transaction_id)
    assert refund.status is TransactionStatus.QUEUED and refund.parent_transaction == applied.transaction_id
    reversal = wait_for_transaction(blnk, refund, interval=interval)
    assert (reversal.status, reversal.precise_amount, reversal.destination) == (APPLIED, 700, applied.source)

    # Bulk commits and voids: the child of each item this call queued, by its id.
    holds = [
        blnk.transactions.create(
            **_posting(values, f"bulk{n}", wallet, precise_amount=100 * n, inflight=True, skip_queue=True)
        ).transaction_id
        for n in (1, 2, 3)
    ]
    commits = blnk.transactions.bulk_commit(
        transactions=[{"transaction_id": holds[0]}, {"transaction_id": holds[1], "precise_amount": 150}]
    )
    assert isinstance(commits, BulkInflightResponse)
    outcome = wait_for_transaction(blnk, commits, interval=interval)
    assert {k: (t.status, t.precise_amount) for k, t in outcome.items()} == {
        holds[0]: (APPLIED, 100),
        holds[1]: (APPLIED, 150),
    }
    voids = wait_for_transaction(blnk, blnk.transactions.bulk_void(transaction_ids=holds[1:]), interval=interval)
    assert {k: (t.status, t.precise_amount) for k, t in voids.items()} == {holds[1]: (VOID, 50), holds[2]: (VOID, 300)}

    # A queued batch: each leg's outcome by its reference.
    legs = [_posting(values, name, wallet, precise_amount=5) for name in ("leg1", "leg2")]
    batch = blnk.transactions.create_bulk(transactions=legs)  # type: ignore[arg-type]
    assert isinstance(batch, BulkTransactionResult)
    settled = wait_for_transaction(blnk, batch, interval=interval)
    assert {r: t.status for r, t in settled.items()} == {values["leg1"]: APPLIED, values["leg2"]: APPLIED}

    assert blnk.balances.get(wallet).balance == 300 + 200 + 250 + 100 + 150 + 10


def test_waiting_on_every_queued_answer_async() -> None:
    cassette, client = replaying("test_waiting_on_every_queued_answer")
    values = cassette.values

    async def scenario() -> None:
        async with client as blnk:
            ledger = await blnk.ledgers.create(name=values["ledger"])
            wallet = (await blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD")).balance_id
            queued = await blnk.transactions.create(
                **_posting(values, "hold", wallet, precise_amount=1000, inflight=True)
            )
            assert isinstance(queued, Transaction)
            hold = await async_wait_for_transaction(blnk, queued, interval=0)
            commit = blnk.transactions.update_inflight
            answer = await commit(queued.transaction_id, status=InflightAction.COMMIT, precise_amount=300)
            first = await async_wait_for_transaction(blnk, answer, interval=0)
            assert (first.precise_amount, first.parent_transaction) == (300, hold.transaction_id)
            again = await commit(queued.transaction_id, status=InflightAction.COMMIT, precise_amount=200)
            assert (await async_wait_for_transaction(blnk, again, interval=0)).precise_amount == 200
            void = await commit(queued.transaction_id, status=InflightAction.VOID)
            assert (await async_wait_for_transaction(blnk, void, interval=0)).status is VOID
            held = await blnk.transactions.create(
                **_posting(values, "held", wallet, precise_amount=250, inflight=True, skip_queue=True)
            )
            assert isinstance(held, Transaction)
            done = await async_wait_for_transaction(
                blnk, await commit(held.transaction_id, status=InflightAction.COMMIT), interval=0
            )
            assert (done.status, done.precise_amount) == (APPLIED, 250)
            transfer = await blnk.transactions.create(**_posting(values, "transfer", wallet, precise_amount=700))
            assert isinstance(transfer, Transaction)
            await async_wait_for_transaction(blnk, transfer, interval=0)
            refund = await blnk.transactions.refund(transfer.transaction_id)
            assert (await async_wait_for_transaction(blnk, refund, interval=0)).status is APPLIED
            holds = []
            for n in (1, 2, 3):
                created = await blnk.transactions.create(
                    **_posting(values, f"bulk{n}", wallet, precise_amount=100 * n, inflight=True, skip_queue=True)
                )
                holds.append(created.transaction_id)
            commits = await blnk.transactions.bulk_commit(
                transactions=[{"transaction_id": holds[0]}, {"transaction_id": holds[1], "precise_amount": 150}]
            )
            outcome = await async_wait_for_transaction(blnk, commits, interval=0)
            assert sorted(t.precise_amount for t in outcome.values()) == [100, 150]
            voids = await async_wait_for_transaction(
                blnk, await blnk.transactions.bulk_void(transaction_ids=holds[1:]), interval=0
            )
            assert {k: t.status for k, t in voids.items()} == {holds[1]: VOID, holds[2]: VOID}
            legs = [_posting(values, name, wallet, precise_amount=5) for name in ("leg1", "leg2")]
            batch = await blnk.transactions.create_bulk(transactions=legs)  # type: ignore[arg-type]
            assert isinstance(batch, BulkTransactionResult)
            assert len(await async_wait_for_transaction(blnk, batch, interval=0)) == 2
            assert (await blnk.balances.get(wallet)).balance == 1010

    asyncio.run(scenario())
    cassette.finish()  # every recorded request was sent, in order
