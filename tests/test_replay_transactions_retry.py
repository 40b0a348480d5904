"""Retried transaction creates against a real Blnk server: never two postings, never a lost one.

A wrapper transport throws away the server's answer to chosen requests after the server acted
on them, as a connection reset would. The client must retry, recognise its own first attempt
through the reference, and answer with the stored transaction; the balance must move once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from blnk_client import Blnk, NotFoundError, ReferenceConflictError
from blnk_client.models import Transaction, TransactionStatus
from tests.support.cassettes import REPLAY_BASE_URL, Cassette

pytestmark = pytest.mark.cassette


class DropAnswers(httpx.BaseTransport):
    """Forward every request; for request numbers in `drop`, discard the answer and raise ReadError."""

    def __init__(self, inner: httpx.BaseTransport, drop: set[int]) -> None:
        self.inner, self.drop, self.count = inner, drop, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        response = self.inner.handle_request(request)
        if self.count in self.drop:
            response.read()
            raise httpx.ReadError("connection reset after the server answered", request=request)
        return response


@pytest.fixture
def faulty(cassette: Cassette, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Blnk, DropAnswers]]:
    import os

    if not cassette.recording:
        monkeypatch.setattr("time.sleep", lambda seconds: None)  # replays need no waiting
    transport = DropAnswers(cassette, drop=set())
    base_url = os.environ["BLNK_BASE_URL"] if cassette.recording else REPLAY_BASE_URL
    api_key = os.environ["BLNK_API_KEY"] if cassette.recording else "replayed-key"
    with Blnk(base_url=base_url, api_key=api_key, max_retries=2, http_client=httpx.Client(transport=transport)) as blnk:
        yield blnk, transport


def _wallet(blnk: Blnk, cassette: Cassette) -> str:
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "retries-"))
    return blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD").balance_id


def _postings(blnk: Blnk, reference: str) -> list[Transaction]:
    found = blnk.transactions.filter(filters=[{"field": "reference", "operator": "eq", "value": reference}])
    return list(found) if isinstance(found, list) else []


def _settle(cassette: Cassette, seconds: float) -> None:
    if cassette.recording:
        time.sleep(seconds)


@pytest.mark.cassette("test_transactions_retry_after_a_lost_answer_with_skip_queue")
def test_transactions_retry_after_a_lost_answer_with_skip_queue(
    faulty: tuple[Blnk, DropAnswers], cassette: Cassette
) -> None:
    blnk, transport = faulty
    wallet = _wallet(blnk, cassette)
    reference = cassette.value("reference", "retry-sync-")
    transport.drop = {transport.count + 1}  # the server applies the first attempt; its answer is lost

    created = blnk.transactions.create(
        reference=reference,
        currency="USD",
        description="retried",
        precise_amount=1500,
        precision=100,
        source="@World",
        destination=wallet,
        allow_overdraft=True,
        skip_queue=True,
    )
    assert isinstance(created, Transaction)
    assert created.reference == reference and created.status is TransactionStatus.APPLIED
    assert transport.count >= 4  # attempt, retry (409 duplicate reference), lookup by reference

    assert blnk.balances.get(wallet).balance == 1500  # moved once
    assert [t.transaction_id for t in _postings(blnk, reference)] == [created.transaction_id]


@pytest.mark.cassette("test_transactions_retry_after_a_lost_answer_on_the_queue")
def test_transactions_retry_after_a_lost_answer_on_the_queue(
    faulty: tuple[Blnk, DropAnswers], cassette: Cassette
) -> None:
    blnk, transport = faulty
    wallet = _wallet(blnk, cassette)
    reference = cassette.value("reference", "retry-queued-")
    transport.drop = {transport.count + 1}

    created = blnk.transactions.create(
        reference=reference,
        currency="USD",
        description="retried on the queue",
        precise_amount=700,
        source="@World",
        destination=wallet,
        allow_overdraft=True,
    )
    assert isinstance(created, Transaction) and created.reference == reference
    assert (
        blnk.transactions.get(created.transaction_id).transaction_id == created.transaction_id
    )  # stored, not a phantom

    for _ in range(60):
        try:
            applied = blnk.transactions.get_by_reference(f"{reference}_q")
            break
        except NotFoundError:
            _settle(cassette, 0.25)
    assert applied.status is TransactionStatus.APPLIED and applied.parent_transaction == created.transaction_id
    _settle(cassette, 2.0)  # give a duplicate every chance to be applied before counting
    assert blnk.balances.get(wallet).balance == 700
    assert [t.transaction_id for t in _postings(blnk, reference)] == [created.transaction_id]


@pytest.mark.cassette("test_transactions_reusing_a_reference")
def test_transactions_reusing_a_reference(faulty: tuple[Blnk, DropAnswers], cassette: Cassette) -> None:
    blnk, _ = faulty
    wallet = _wallet(blnk, cassette)
    other = blnk.balances.create(ledger_id=blnk.balances.get(wallet).ledger_id, currency="USD").balance_id
    reference = cassette.value("reference", "reuse-")
    posting = {
        "reference": reference,
        "currency": "USD",
        "description": "once",
        "precise_amount": 300,
        "source": "@World",
        "destination": wallet,
        "allow_overdraft": True,
        "skip_queue": True,
    }
    first = blnk.transactions.create(**posting)  # type: ignore[arg-type]
    again = blnk.transactions.create(**posting)  # type: ignore[arg-type]
    assert isinstance(first, Transaction) and isinstance(again, Transaction)
    assert again.transaction_id == first.transaction_id  # the same request again answers the original
    raw = blnk.transactions.with_raw_response.create(**posting)  # type: ignore[arg-type]
    assert raw.status_code == 200 and raw.parse().transaction_id == first.transaction_id  # the lookup's answer

    queued = {**posting, "skip_queue": False}
    for changed in ({"destination": other}, {"precise_amount": 301}):
        for sent in (posting, queued):  # 409 with skip_queue; on the queue a 201 the server never stores
            with pytest.raises(ReferenceConflictError) as other_posting:
                blnk.transactions.create(**{**sent, **changed})  # type: ignore[arg-type]
            assert other_posting.value.code == "TXN_DUPLICATE_REFERENCE"
            assert other_posting.value.status_code == (409 if sent is posting else 201)
            assert other_posting.value.stored.transaction_id == first.transaction_id
            assert set(changed) <= set(other_posting.value.differences)
    with pytest.raises(ReferenceConflictError):
        blnk.transactions.with_raw_response.create(**{**queued, "destination": other})  # type: ignore[arg-type]
    on_the_queue = blnk.transactions.create(**queued)  # type: ignore[arg-type]
    assert isinstance(on_the_queue, Transaction) and on_the_queue.transaction_id == first.transaction_id

    _settle(cassette, 1.0)  # the workers drop the queued copies; nothing more may move
    assert (blnk.balances.get(wallet).balance, blnk.balances.get(other).balance) == (300, 0)


@pytest.mark.cassette("test_transactions_wait_for_the_workers")
def test_transactions_wait_for_the_workers(faulty: tuple[Blnk, DropAnswers], cassette: Cassette) -> None:
    from datetime import UTC, datetime

    from blnk_client.waiting import TransactionWaitTimeout, wait_for_transaction

    blnk, _ = faulty
    wallet = _wallet(blnk, cassette)
    other = blnk.balances.create(ledger_id=blnk.balances.get(wallet).ledger_id, currency="USD").balance_id

    queued = blnk.transactions.create(
        reference=cassette.value("applied", "wait-"),
        currency="USD",
        description="to apply",
        precise_amount=900,
        source="@World",
        destination=wallet,
        allow_overdraft=True,
    )
    assert isinstance(queued, Transaction) and queued.status is TransactionStatus.QUEUED
    applied = wait_for_transaction(blnk, queued, timeout=30)
    assert applied.status is TransactionStatus.APPLIED and applied.parent_transaction == queued.transaction_id

    short = blnk.transactions.create(
        reference=cassette.value("rejected", "wait-"),
        currency="USD",
        description="more than there is",
        precise_amount=10_000,
        source=other,
        destination=wallet,
    )
    assert isinstance(short, Transaction)
    assert wait_for_transaction(blnk, short, timeout=30).status is TransactionStatus.REJECTED

    later = blnk.transactions.create(
        reference=cassette.value("scheduled", "wait-"),
        currency="USD",
        description="next year",
        precise_amount=1,
        source="@World",
        destination=wallet,
        allow_overdraft=True,
        scheduled_for=datetime(2030, 1, 1, tzinfo=UTC),
    )
    assert isinstance(later, Transaction) and later.status is TransactionStatus.SCHEDULED
    with pytest.raises(TransactionWaitTimeout, match="not picked up"):
        wait_for_transaction(blnk, later, timeout=0)
