"""Issue #11, never report what did not happen, against traffic recorded from a real Blnk server.

A phantom (the 201 QUEUED the server answers for a reference already taken, and never stores)
is never waited into an earlier posting's outcome; a queued batch is answered QUEUED, not
applied, and its legs' outcomes are waited for; a queued inflight action answers the row whose id
was given. The async tests replay the same cassettes through AsyncBlnk.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from blnk_client import APIStatusError, AsyncBlnk, Blnk, NotFoundError, ReferenceConflictError
from blnk_client.models import (
    BulkBatchStatus,
    BulkTransactionResult,
    InflightAction,
    InflightTransaction,
    Transaction,
    TransactionStatus,
)
from blnk_client.waiting import async_wait_for_bulk, async_wait_for_transaction, wait_for_bulk, wait_for_transaction
from tests.support.cassettes import REPLAY_BASE_URL, Cassette
from tests.test_replay_transactions_retry import DropAnswers, _settle, _wallet, faulty

pytestmark = pytest.mark.cassette

__all__ = ["faulty"]  # the fixture, shared with the retry scenarios


def _key(cassette: Cassette) -> str:
    return os.environ["BLNK_API_KEY"] if cassette.recording else "replayed-key"


def _posting(reference: str, destination: str, **changes: Any) -> dict[str, Any]:
    return {
        "reference": reference,
        "currency": "USD",
        "description": "phantom",
        "precise_amount": 400,
        "source": "@World",
        "destination": destination,
        "allow_overdraft": True,
        **changes,
    }


def _legs(wallet: str, merchant: str, references: list[str]) -> list[dict[str, Any]]:
    amounts = (10, 10**9, 20)  # the second leg cannot be paid
    return [
        {
            "currency": "USD",
            "reference": r,
            "description": "leg",
            "precise_amount": a,
            "source": wallet,
            "destination": merchant,
        }
        for r, a in zip(references, amounts, strict=True)
    ]


@pytest.mark.cassette("test_transactions_wait_for_a_phantom")
def test_transactions_wait_for_a_phantom(faulty: tuple[Blnk, DropAnswers], cassette: Cassette) -> None:
    blnk, _ = faulty
    wallet = _wallet(blnk, cassette)
    other = blnk.balances.create(ledger_id=blnk.balances.get(wallet).ledger_id, currency="USD").balance_id
    reference = cassette.value("reference", "phantom-")
    first = blnk.transactions.create(**_posting(reference, wallet))
    assert isinstance(first, Transaction) and first.status is TransactionStatus.QUEUED

    # What a client without the read-back was answered for the same reference to another balance.
    answer = blnk._http.post(
        f"{blnk.base_url}transactions", json=_posting(reference, other), headers={"X-Blnk-Key": _key(cassette)}
    )
    assert answer.status_code == 201
    phantom = Transaction.from_dict(answer.json())
    assert phantom.status is TransactionStatus.QUEUED and phantom.transaction_id != first.transaction_id
    with pytest.raises(NotFoundError):
        blnk.transactions.get(phantom.transaction_id)  # never stored

    with pytest.raises(ReferenceConflictError) as taken:
        wait_for_transaction(blnk, phantom, timeout=30)  # the earlier posting's outcome is not the phantom's
    assert taken.value.stored.transaction_id == first.transaction_id
    applied = wait_for_transaction(blnk, first, timeout=30)
    assert applied.status is TransactionStatus.APPLIED and applied.parent_transaction == first.transaction_id
    assert (blnk.balances.get(wallet).balance, blnk.balances.get(other).balance) == (400, 0)


@pytest.mark.cassette("test_transactions_bulk_on_the_queue")
def test_transactions_bulk_on_the_queue(faulty: tuple[Blnk, DropAnswers], cassette: Cassette) -> None:
    blnk, _ = faulty
    wallet = _wallet(blnk, cassette)
    merchant = blnk.balances.create(ledger_id=blnk.balances.get(wallet).ledger_id, currency="USD").balance_id
    blnk.transactions.create(
        **_posting(cassette.value("funding", "fund-"), wallet, precise_amount=100, skip_queue=True)
    )
    references = [cassette.value(f"leg{n}", f"leg{n}-") for n in range(3)]

    batch = blnk.transactions.create_bulk(transactions=_legs(wallet, merchant, references), atomic=True)  # type: ignore[arg-type]
    assert isinstance(batch, BulkTransactionResult)
    assert (batch.status, batch.transaction_count) == (BulkBatchStatus.QUEUED, 3)  # the server said "applied"
    settled = wait_for_bulk(blnk, batch, timeout=30)
    assert {r: settled[r].status for r in references} == {
        references[0]: TransactionStatus.APPLIED,  # atomic does not hold on the queue: the others apply
        references[1]: TransactionStatus.REJECTED,
        references[2]: TransactionStatus.APPLIED,
    }
    assert blnk.balances.get(merchant).balance == 30

    synchronous = [cassette.value(f"sync{n}", f"sync{n}-") for n in range(3)]
    with pytest.raises(APIStatusError) as failed:  # with skip_queue the same batch fails and rolls back
        blnk.transactions.create_bulk(transactions=_legs(wallet, merchant, synchronous), atomic=True, skip_queue=True)  # type: ignore[arg-type]
    assert "refunded" in failed.value.message
    _settle(cassette, 2.0)  # the roll-back is a refund of the applied legs, itself queued
    assert blnk.balances.get(merchant).balance == 30


@pytest.mark.cassette("test_transactions_update_inflight_on_a_queued_create")
def test_transactions_update_inflight_on_a_queued_create(faulty: tuple[Blnk, DropAnswers], cassette: Cassette) -> None:
    blnk, _ = faulty
    wallet = _wallet(blnk, cassette)
    queued = blnk.transactions.create(**_posting(cassette.value("hold", "hold-"), wallet, inflight=True))
    assert isinstance(queued, Transaction) and queued.status is TransactionStatus.QUEUED
    hold = wait_for_transaction(blnk, queued, timeout=30)
    assert hold.status is TransactionStatus.INFLIGHT

    answer = blnk.transactions.update_inflight(queued.transaction_id, status=InflightAction.COMMIT)
    assert isinstance(answer, InflightTransaction) and answer.queued is True
    assert (answer.transaction_id, answer.status) == (queued.transaction_id, TransactionStatus.QUEUED)


# --- the same cassettes through AsyncBlnk ------------------------------------------------------------


class AsyncDropAnswers(httpx.AsyncBaseTransport):
    """DropAnswers for AsyncBlnk: the answers to request numbers in `drop` are lost after the fact."""

    def __init__(self, inner: Cassette, drop: set[int]) -> None:
        self.inner, self.drop, self.count = inner, drop, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        response = await self.inner.handle_async_request(request)
        if self.count in self.drop:
            raise httpx.ReadError("connection reset after the server answered", request=request)
        return response


def _replay_async(
    name: str, scenario: Callable[[AsyncBlnk, dict[str, str]], Awaitable[None]], drop: frozenset[int] = frozenset()
) -> None:
    cassette = Cassette(name, replay_only=True)

    async def run() -> None:
        async with AsyncBlnk(
            base_url=REPLAY_BASE_URL,
            api_key="replayed-key",
            max_retries=2,
            http_client=httpx.AsyncClient(transport=AsyncDropAnswers(cassette, set(drop))),
        ) as blnk:
            await scenario(blnk, cassette.values)

    asyncio.run(run())
    cassette.finish()  # every recorded request was sent, in order


async def _postings(blnk: AsyncBlnk, reference: str) -> list[str]:
    found = await blnk.transactions.filter(filters=[{"field": "reference", "operator": "eq", "value": reference}])
    return [t.transaction_id for t in found] if isinstance(found, list) else []


def test_async_retry_after_a_lost_answer_with_skip_queue() -> None:
    async def scenario(blnk: AsyncBlnk, values: dict[str, str]) -> None:
        ledger = await blnk.ledgers.create(name=values["ledger"])
        wallet = (await blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD")).balance_id
        posting = _posting(values["reference"], wallet, description="retried", precise_amount=1500, precision=100)
        created = await blnk.transactions.create(**posting, skip_queue=True)
        assert isinstance(created, Transaction) and created.status is TransactionStatus.APPLIED
        assert (await blnk.balances.get(wallet)).balance == 1500
        assert await _postings(blnk, values["reference"]) == [created.transaction_id]

    _replay_async("test_transactions_retry_after_a_lost_answer_with_skip_queue", scenario, drop=frozenset({3}))


def test_async_retry_after_a_lost_answer_on_the_queue() -> None:
    async def scenario(blnk: AsyncBlnk, values: dict[str, str]) -> None:
        ledger = await blnk.ledgers.create(name=values["ledger"])
        wallet = (await blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD")).balance_id
        posting = _posting(values["reference"], wallet, description="retried on the queue", precise_amount=700)
        created = await blnk.transactions.create(**posting)
        assert isinstance(created, Transaction)
        assert (await blnk.transactions.get(created.transaction_id)).transaction_id == created.transaction_id
        applied = await async_wait_for_transaction(blnk, created, timeout=30, interval=0)
        assert applied.parent_transaction == created.transaction_id
        assert (await blnk.balances.get(wallet)).balance == 700
        assert await _postings(blnk, values["reference"]) == [created.transaction_id]

    _replay_async("test_transactions_retry_after_a_lost_answer_on_the_queue", scenario, drop=frozenset({3}))


async def _async_wallet(blnk: AsyncBlnk, values: dict[str, str]) -> tuple[str, str]:
    ledger = await blnk.ledgers.create(name=values["ledger"])
    wallet = (await blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD")).balance_id
    await blnk.balances.get(wallet)
    other = (await blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD")).balance_id
    return wallet, other


def test_async_reusing_a_reference() -> None:
    async def scenario(blnk: AsyncBlnk, values: dict[str, str]) -> None:
        wallet, other = await _async_wallet(blnk, values)
        posting = _posting(values["reference"], wallet, description="once", precise_amount=300, skip_queue=True)
        first = await blnk.transactions.create(**posting)
        assert isinstance(first, Transaction)
        assert (await blnk.transactions.create(**posting)).transaction_id == first.transaction_id
        raw = await blnk.transactions.with_raw_response.create(**posting)
        assert raw.status_code == 200 and raw.parse().transaction_id == first.transaction_id
        queued = {**posting, "skip_queue": False}
        for changed in ({"destination": other}, {"precise_amount": 301}):
            for sent in (posting, queued):
                with pytest.raises(ReferenceConflictError) as other_posting:
                    await blnk.transactions.create(**{**sent, **changed})
                assert other_posting.value.stored.transaction_id == first.transaction_id
                assert set(changed) <= set(other_posting.value.differences)
        with pytest.raises(ReferenceConflictError):
            await blnk.transactions.with_raw_response.create(**{**queued, "destination": other})
        assert (await blnk.transactions.create(**queued)).transaction_id == first.transaction_id
        assert (await blnk.balances.get(wallet)).balance == 300
        assert (await blnk.balances.get(other)).balance == 0

    _replay_async("test_transactions_reusing_a_reference", scenario)


def test_async_wait_for_a_phantom() -> None:
    async def scenario(blnk: AsyncBlnk, values: dict[str, str]) -> None:
        wallet, other = await _async_wallet(blnk, values)
        first = await blnk.transactions.create(**_posting(values["reference"], wallet))
        assert isinstance(first, Transaction)
        answer = await blnk._http.post(
            f"{blnk.base_url}transactions", json=_posting(values["reference"], other), headers={"X-Blnk-Key": "k"}
        )
        phantom = Transaction.from_dict(answer.json())
        with pytest.raises(NotFoundError):
            await blnk.transactions.get(phantom.transaction_id)
        with pytest.raises(ReferenceConflictError) as taken:
            await async_wait_for_transaction(blnk, phantom, timeout=30, interval=0)
        assert taken.value.stored.transaction_id == first.transaction_id
        applied = await async_wait_for_transaction(blnk, first, timeout=30, interval=0)
        assert applied.parent_transaction == first.transaction_id
        assert (await blnk.balances.get(wallet)).balance == 400
        assert (await blnk.balances.get(other)).balance == 0

    _replay_async("test_transactions_wait_for_a_phantom", scenario)


def test_async_bulk_on_the_queue() -> None:
    async def scenario(blnk: AsyncBlnk, values: dict[str, str]) -> None:
        wallet, merchant = await _async_wallet(blnk, values)
        await blnk.transactions.create(**_posting(values["funding"], wallet, precise_amount=100, skip_queue=True))
        references = [values[f"leg{n}"] for n in range(3)]
        batch = await blnk.transactions.create_bulk(transactions=_legs(wallet, merchant, references), atomic=True)  # type: ignore[arg-type]
        assert isinstance(batch, BulkTransactionResult) and batch.status is BulkBatchStatus.QUEUED
        settled = await async_wait_for_bulk(blnk, batch, timeout=30, interval=0)
        assert [settled[r].status for r in references] == [
            TransactionStatus.APPLIED,
            TransactionStatus.REJECTED,
            TransactionStatus.APPLIED,
        ]
        assert (await blnk.balances.get(merchant)).balance == 30
        synchronous = [values[f"sync{n}"] for n in range(3)]
        with pytest.raises(APIStatusError):
            await blnk.transactions.create_bulk(
                transactions=_legs(wallet, merchant, synchronous),  # type: ignore[arg-type]
                atomic=True,
                skip_queue=True,
            )
        assert (await blnk.balances.get(merchant)).balance == 30

    _replay_async("test_transactions_bulk_on_the_queue", scenario)


def test_async_update_inflight_on_a_queued_create() -> None:
    async def scenario(blnk: AsyncBlnk, values: dict[str, str]) -> None:
        ledger = await blnk.ledgers.create(name=values["ledger"])
        wallet = (await blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD")).balance_id
        queued = await blnk.transactions.create(**_posting(values["hold"], wallet, inflight=True))
        assert isinstance(queued, Transaction)
        assert (
            await async_wait_for_transaction(blnk, queued, timeout=30, interval=0)
        ).status is TransactionStatus.INFLIGHT
        answer = await blnk.transactions.update_inflight(queued.transaction_id, status=InflightAction.COMMIT)
        assert isinstance(answer, InflightTransaction) and answer.queued is True
        assert answer.status is TransactionStatus.QUEUED

    _replay_async("test_transactions_update_inflight_on_a_queued_create", scenario)
