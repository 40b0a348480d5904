"""Transactions against recorded traffic from a real Blnk server: each operation's success and errors.

The server queues transactions and inflight actions, so some scenarios poll until the workers
have acted. The polls are bounded; when replaying, the cassette answers them exactly as the
server did (the misses, then the hit), so the replay is deterministic and does not sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

import pytest

from blnk_client import (
    AuthenticationError,
    BadRequestError,
    Blnk,
    BlnkValidationError,
    ConflictError,
    NotFoundError,
)
from blnk_client.models import (
    AllocationStrategy,
    BalanceLineage,
    BulkBatchStatus,
    BulkInflightItemCode,
    BulkInflightItemStatus,
    BulkInflightResponse,
    BulkTransactionAccepted,
    BulkTransactionPreview,
    BulkTransactionResult,
    InflightAction,
    InflightTransaction,
    MetaData,
    ProjectionRole,
    Transaction,
    TransactionLineage,
    TransactionPage,
    TransactionPreview,
    TransactionStatus,
)
from blnk_client.params import CreateTransactionRequestParams, FilterConditionParams
from tests.support.cassettes import Cassette

pytestmark = pytest.mark.cassette

MISSING_TRANSACTION = "txn_00000000-0000-4000-8000-000000000000"
MISSING_BALANCE = "bln_00000000-0000-4000-8000-000000000000"
OPENING_FUNDS = 100_000
T = TypeVar("T")


def _poll(cassette: Cassette, attempt: Callable[[], T | None], what: str, tries: int = 60) -> T:
    """Call `attempt` until it returns something; sleeps only while recording."""
    for _ in range(tries):
        found = attempt()
        if found is not None:
            return found
        if cassette.recording:
            time.sleep(0.25)
    raise AssertionError(f"gave up waiting for {what}")


def _by_reference(blnk: Blnk, reference: str) -> Callable[[], Transaction | None]:
    def attempt() -> Transaction | None:
        try:
            return blnk.transactions.get_by_reference(reference)
        except NotFoundError:
            return None

    return attempt


def _children(blnk: Blnk, parent_id: str) -> list[Transaction]:
    rows = blnk.transactions.filter(filters=[{"field": "parent_transaction", "operator": "eq", "value": parent_id}])
    assert isinstance(rows, list)
    return rows


def _transfer(blnk: Blnk, cassette: Cassette, name: str, source: str, destination: str, **options: Any) -> Transaction:
    """A synchronous (skip_queue) transfer of 1,000 minor units unless options say otherwise."""
    arguments: dict[str, Any] = {"precise_amount": 1_000, "skip_queue": True, **options}
    created = blnk.transactions.create(
        currency="USD",
        reference=cassette.value(name, f"{name}-"),
        description=name.replace("_", " "),
        source=source,
        destination=destination,
        **arguments,
    )
    assert isinstance(created, Transaction)
    return created


def _funded_pair(blnk: Blnk, cassette: Cassette) -> tuple[str, str, Transaction]:
    """Two USD balances of a new ledger; the first holds OPENING_FUNDS drawn from @World."""
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "transactions-"))
    wallet = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD").balance_id
    merchant = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD").balance_id
    funding = _transfer(blnk, cassette, "funding", "@World", wallet, precise_amount=OPENING_FUNDS, allow_overdraft=True)
    assert funding.status is TransactionStatus.APPLIED and funding.skip_queue is True
    assert funding.source and funding.source.startswith("bln_")  # @World resolved synchronously
    assert funding.precise_amount == OPENING_FUNDS and funding.amount_string == str(OPENING_FUNDS)
    return wallet, merchant, funding


@pytest.mark.cassette("test_transactions_lifecycle")
def test_transactions_lifecycle(blnk: Blnk, cassette: Cassette) -> None:
    wallet, merchant, _ = _funded_pair(blnk, cassette)

    # Queued (the default): 201 QUEUED at once; the outcome is the child row <reference>_q.
    reference = cassette.value("queued", "queued-")
    queued = blnk.transactions.create(
        amount=12.5,
        precision=100,
        currency="USD",
        reference=reference,
        description="Order A-1",
        source=wallet,
        destination=merchant,
        meta_data={"order": "A-1"},
    )
    assert isinstance(queued, Transaction)
    assert queued.status is TransactionStatus.QUEUED and queued.precise_amount == 1250
    assert isinstance(queued.meta_data, MetaData)
    assert queued.meta_data["QUEUED_PARENT_TRANSACTION"] == queued.transaction_id
    assert queued.meta_data["order"] == "A-1"

    applied = _poll(cassette, _by_reference(blnk, f"{reference}_q"), "the queued transaction to apply")
    assert applied.status is TransactionStatus.APPLIED
    assert applied.parent_transaction == queued.transaction_id and applied.transaction_id != queued.transaction_id
    assert (applied.precise_amount, applied.precision, applied.hash_) == (1250, 0, "")  # by-reference reads

    parent = blnk.transactions.get(queued.transaction_id)
    assert parent.status is TransactionStatus.QUEUED and parent.precision == 100  # the parent row stays QUEUED

    # skip_queue: applied in the request itself.
    direct = _transfer(blnk, cassette, "direct", wallet, merchant, precise_amount=350)
    assert direct.status is TransactionStatus.APPLIED and direct.parent_transaction == ""
    assert blnk.transactions.get(direct.transaction_id).reference == direct.reference

    # dry_run: 200 with a projection whose amounts are strings; nothing is written.
    preview = blnk.transactions.create(
        precise_amount=100,
        currency="USD",
        reference=cassette.value("preview", "preview-"),
        description="What if",
        source=wallet,
        destination=merchant,
        dry_run=True,
    )
    assert isinstance(preview, TransactionPreview) and preview.would_apply is True
    assert preview.precise_amount == "100" and preview.status is TransactionStatus.APPLIED
    assert preview.balances is not None
    source_side = next(b for b in preview.balances if b.role is ProjectionRole.SOURCE)
    assert source_side.balance_id == wallet
    assert int(source_side.current_balance) - int(source_side.resulting_balance) == 100

    too_much = blnk.transactions.create(
        precise_amount=10 * OPENING_FUNDS,
        currency="USD",
        reference=cassette.value("preview_rejected", "preview-"),
        description="What if, too much",
        source=wallet,
        destination=merchant,
        dry_run=True,
    )
    assert isinstance(too_much, TransactionPreview) and too_much.would_apply is False
    assert too_much.rejection and too_much.rejection.code == "TXN_INSUFFICIENT_FUNDS"

    # Lists: query-string filters on GET, body filters on POST /transactions/filter.
    applied_from_wallet = blnk.transactions.list(filters={"source_eq": wallet, "status_eq": "APPLIED"})
    assert {t.transaction_id for t in applied_from_wallet} == {applied.transaction_id, direct.transaction_id}
    assert len(blnk.transactions.list(limit=1)) == 1

    touching: FilterConditionParams = {"field": "balance_id", "operator": "eq", "value": merchant}
    page = blnk.transactions.filter(filters=[touching], include_count=True)
    assert isinstance(page, TransactionPage) and page.total_count == 3  # queued parent, its child, direct
    assert [t.transaction_id for t in _children(blnk, queued.transaction_id)] == [applied.transaction_id]

    # Refund the id POST /transactions returned: the server reverses its applied child.
    refund = blnk.transactions.refund(queued.transaction_id)
    assert isinstance(refund, Transaction) and refund.status is TransactionStatus.QUEUED
    assert (
        refund.reference == f"{applied.transaction_id}_refund" and refund.parent_transaction == applied.transaction_id
    )
    assert (refund.source, refund.destination) == (merchant, wallet)
    # The server looks for an earlier refund among stored rows, and a queued one is stored a few
    # ms after its answer: a second refund sent sooner is accepted (seen while recording).
    _poll(cassette, _by_reference(blnk, refund.reference), "the queued refund to be stored")
    with pytest.raises(ConflictError) as refunded_twice:
        blnk.transactions.refund(queued.transaction_id)
    assert refunded_twice.value.code == "GEN_CONFLICT" and "already been refunded" in refunded_twice.value.message

    recovered = blnk.transactions.recover(threshold="5m")
    assert recovered.threshold == "5m0s" and recovered.recovered >= 0


@pytest.mark.cassette("test_transactions_inflight")
def test_transactions_inflight(blnk: Blnk, keyless: Blnk, cassette: Cassette) -> None:
    wallet, merchant, _ = _funded_pair(blnk, cassette)

    hold = _transfer(blnk, cassette, "hold", wallet, merchant, precise_amount=5_000, inflight=True)
    assert hold.status is TransactionStatus.INFLIGHT and hold.inflight is True

    preview = blnk.transactions.update_inflight(
        hold.transaction_id, status=InflightAction.COMMIT, precise_amount=2_000, dry_run=True
    )
    assert isinstance(preview, TransactionPreview) and preview.operation is InflightAction.COMMIT
    assert preview.would_apply is True and preview.precise_amount == "2000"

    # Queued by default: the answer is the hold itself, still INFLIGHT, marked queued.
    queued = blnk.transactions.update_inflight(hold.transaction_id, status=InflightAction.COMMIT, precise_amount=2_000)
    assert isinstance(queued, InflightTransaction) and queued.queued is True
    assert queued.transaction_id == hold.transaction_id and queued.status is TransactionStatus.INFLIGHT
    with pytest.raises(ConflictError) as busy:
        blnk.transactions.update_inflight(hold.transaction_id, status=InflightAction.VOID)
    assert busy.value.code == "GEN_CONFLICT" and "already queued" in busy.value.message

    committed = _poll(cassette, lambda: _children(blnk, hold.transaction_id) or None, "the queued commit")
    assert [(c.status, c.precise_amount) for c in committed] == [(TransactionStatus.APPLIED, 2_000)]

    # skip_queue: the answer is the new child, here the VOID of what remains of the hold.
    void = blnk.transactions.update_inflight(hold.transaction_id, status=InflightAction.VOID, skip_queue=True)
    assert isinstance(void, InflightTransaction) and void.queued is None
    assert void.status is TransactionStatus.VOID and void.precise_amount == 3_000
    assert void.parent_transaction == hold.transaction_id

    with pytest.raises(ConflictError) as voided_again:
        blnk.transactions.update_inflight(hold.transaction_id, status=InflightAction.VOID, skip_queue=True)
    assert voided_again.value.code == "TXN_ALREADY_VOIDED"
    with pytest.raises(ConflictError) as commit_after_void:
        blnk.transactions.update_inflight(hold.transaction_id, status=InflightAction.COMMIT)
    assert commit_after_void.value.code == "TXN_ALREADY_VOIDED"

    # Bulk commit and void: one answer per item, 200 even when an item fails.
    first, second, third = (
        _transfer(blnk, cassette, f"bulk_hold_{n}", wallet, merchant, precise_amount=500, inflight=True).transaction_id
        for n in (1, 2, 3)
    )
    projected = blnk.transactions.bulk_commit(transactions=[{"transaction_id": first}], dry_run=True)
    assert isinstance(projected, BulkTransactionPreview) and projected.would_apply is True

    commits = blnk.transactions.bulk_commit(
        transactions=[{"transaction_id": first, "precise_amount": 100}, {"transaction_id": MISSING_TRANSACTION}]
    )
    assert isinstance(commits, BulkInflightResponse) and (commits.succeeded, commits.failed) == (1, 1)
    assert [(r.transaction_id, r.status, r.code) for r in commits.results] == [
        (first, BulkInflightItemStatus.QUEUED, BulkInflightItemCode.QUEUED),
        (MISSING_TRANSACTION, BulkInflightItemStatus.FAILED, BulkInflightItemCode.NOT_FOUND),
    ]

    voids = blnk.transactions.bulk_void(transaction_ids=[second, MISSING_TRANSACTION], skip_queue=True)
    assert isinstance(voids, BulkInflightResponse) and (voids.succeeded, voids.failed) == (1, 1)
    assert voids.results[0].status is BulkInflightItemStatus.SUCCEEDED
    assert voids.results[1].code is BulkInflightItemCode.NOT_FOUND

    mixed = blnk.transactions.bulk_commit(
        transactions=[{"transaction_id": third}, {"transaction_id": second}], skip_queue=True
    )
    assert isinstance(mixed, BulkInflightResponse)
    assert mixed.results[0].status is BulkInflightItemStatus.SUCCEEDED and mixed.results[0].code is None
    assert (mixed.results[1].status, mixed.results[1].code) == (
        BulkInflightItemStatus.FAILED,
        BulkInflightItemCode.ALREADY_VOIDED,
    )

    queued_void = blnk.transactions.bulk_void(transaction_ids=[third])
    assert isinstance(queued_void, BulkInflightResponse)
    assert [(r.status, r.code) for r in queued_void.results] == [
        (BulkInflightItemStatus.FAILED, BulkInflightItemCode.ALREADY_COMMITTED)
    ]

    with pytest.raises(AuthenticationError):
        keyless.transactions.bulk_commit(transactions=[{"transaction_id": first}])
    with pytest.raises(AuthenticationError):
        keyless.transactions.bulk_void(transaction_ids=[first])


@pytest.mark.cassette("test_transactions_bulk")
def test_transactions_bulk(blnk: Blnk, cassette: Cassette) -> None:
    wallet, merchant, _ = _funded_pair(blnk, cassette)

    def item(name: str, amount: int, source: str = wallet) -> CreateTransactionRequestParams:
        return {
            "precise_amount": amount,
            "currency": "USD",
            "reference": cassette.value(name, f"{name}-"),
            "description": name,
            "source": source,
            "destination": merchant,
        }

    batch = blnk.transactions.create_bulk(transactions=[item("first", 100), item("second", 200)], skip_queue=True)
    assert isinstance(batch, BulkTransactionResult) and batch.batch_id.startswith("bulk_")
    assert (batch.status, batch.transaction_count) == (BulkBatchStatus.APPLIED, 2)
    members = _children(blnk, batch.batch_id)
    assert sorted((t.precise_amount, t.status) for t in members) == [
        (100, TransactionStatus.APPLIED),
        (200, TransactionStatus.APPLIED),
    ]

    held = blnk.transactions.create_bulk(transactions=[item("held", 50)], inflight=True, skip_queue=True)
    assert isinstance(held, BulkTransactionResult) and held.status is BulkBatchStatus.INFLIGHT

    preview = blnk.transactions.create_bulk(transactions=[item("projected", 100)], dry_run=True)
    assert isinstance(preview, BulkTransactionPreview) and preview.would_apply is True
    assert [r.precise_amount for r in preview.results] == ["100"]

    background = blnk.transactions.create_bulk(transactions=[item("background", 100)], run_async=True)
    assert isinstance(background, BulkTransactionAccepted) and background.status is BulkBatchStatus.PROCESSING

    # Items are validated before anything runs; the failing item's index is in the details.
    with pytest.raises(BadRequestError) as invalid_item:
        blnk.transactions.create_bulk(transactions=[item("fine", 10), item("circular", 10, source=merchant)])
    assert invalid_item.value.code == "TXN_VALIDATION_ERROR" and invalid_item.value.details == {"index": 1}

    # A synchronous failure names the batch; atomic rolls back the items already applied.
    with pytest.raises(BadRequestError) as short:
        blnk.transactions.create_bulk(
            transactions=[item("paid", 100), item("unpaid", 10 * OPENING_FUNDS)],
            skip_queue=True,
            atomic=True,
        )
    assert short.value.code == "TXN_INSUFFICIENT_FUNDS" and "refunded" in short.value.message
    assert isinstance(short.value.details, dict) and str(short.value.details["batch_id"]).startswith("bulk_")


@pytest.mark.cassette("test_transactions_refund_and_lineage")
def test_transactions_refund_and_lineage(blnk: Blnk, cassette: Cassette) -> None:
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "lineage-"))
    owner = blnk.identities.create(first_name="Ada", last_name="Lovelace")
    tracked = blnk.balances.create(
        ledger_id=ledger.ledger_id, currency="USD", identity_id=owner.identity_id, track_fund_lineage=True
    ).balance_id
    shop = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD").balance_id

    deposit = _transfer(
        blnk,
        cassette,
        "deposit",
        "@World",
        tracked,
        precise_amount=OPENING_FUNDS,
        allow_overdraft=True,
        meta_data={"BLNK_LINEAGE_PROVIDER": "stripe"},
    )
    spend = _transfer(blnk, cassette, "spend", tracked, shop)

    def allocated() -> TransactionLineage | None:
        lineage = blnk.transactions.lineage(spend.transaction_id)
        return lineage if lineage.fund_allocation else None

    spent = _poll(cassette, allocated, "the lineage outbox")
    assert spent.transaction_id == spend.transaction_id and spent.fund_allocation is not None
    assert [(a.provider, a.amount) for a in spent.fund_allocation] == [("stripe", 1_000)]
    released = spent.shadow_transactions
    assert released and released[0].reference == f"{spend.reference}_release_stripe"

    credited = blnk.transactions.lineage(deposit.transaction_id)
    assert credited.shadow_transactions and isinstance(credited.shadow_transactions[0].meta_data, MetaData)
    assert credited.shadow_transactions[0].meta_data["_shadow_for"] == deposit.transaction_id

    # A skip_queue transaction has no child row: the refund reverses the transaction itself.
    plain = _transfer(blnk, cassette, "plain", shop, tracked, precise_amount=10)
    none = blnk.transactions.lineage(plain.transaction_id)
    assert none.shadow_transactions is None and not none.fund_allocation  # null, not []

    projected = blnk.transactions.refund(plain.transaction_id, dry_run=True)
    assert isinstance(projected, TransactionPreview) and projected.reference == f"{plain.transaction_id}_refund"

    reversal = blnk.transactions.refund(
        plain.transaction_id, skip_queue=True, description="Returned", meta_data={"type": "refund"}
    )
    assert isinstance(reversal, Transaction) and reversal.status is TransactionStatus.APPLIED
    assert (reversal.source, reversal.destination) == (tracked, shop)
    assert reversal.parent_transaction == plain.transaction_id and reversal.allow_overdraft is True
    assert reversal.description == "Returned" and isinstance(reversal.meta_data, MetaData)
    assert reversal.meta_data["type"] == "refund"  # merged over the original's meta_data

    with pytest.raises(ConflictError) as again:
        blnk.transactions.refund(plain.transaction_id, skip_queue=True)
    assert again.value.code == "GEN_CONFLICT"


@pytest.mark.cassette("test_transactions_errors")
def test_transactions_errors(blnk: Blnk, cassette: Cassette) -> None:
    wallet, merchant, funding = _funded_pair(blnk, cassette)

    with pytest.raises(BadRequestError) as short:
        _transfer(blnk, cassette, "overspend", wallet, merchant, precise_amount=10 * OPENING_FUNDS)
    assert short.value.code == "TXN_INSUFFICIENT_FUNDS"

    with pytest.raises(ConflictError) as duplicate:
        blnk.transactions.create(
            precise_amount=1,
            currency="USD",
            reference=funding.reference,
            description="Same reference again",
            source=wallet,
            destination=merchant,
            skip_queue=True,
        )
    assert duplicate.value.code == "TXN_DUPLICATE_REFERENCE"

    with pytest.raises(NotFoundError) as no_balance:
        _transfer(blnk, cassette, "nowhere", MISSING_BALANCE, merchant)
    assert no_balance.value.code == "TXN_NOT_FOUND" and MISSING_BALANCE in no_balance.value.message

    with pytest.raises(BadRequestError) as circular:  # checked by the server even when queued
        _transfer(blnk, cassette, "circular", wallet, wallet, skip_queue=False)
    assert circular.value.code == "TXN_VALIDATION_ERROR"

    with pytest.raises(BlnkValidationError):  # both amounts: refused before sending
        _transfer(blnk, cassette, "both", wallet, merchant, amount=1.0)

    with pytest.raises(NotFoundError) as missing:
        blnk.transactions.get(MISSING_TRANSACTION)
    assert missing.value.code == "TXN_NOT_FOUND"
    with pytest.raises(NotFoundError) as no_reference:
        blnk.transactions.get_by_reference(cassette.value("never", "never-"))
    assert no_reference.value.code == "TXN_NOT_FOUND"
    with pytest.raises(NotFoundError):
        blnk.transactions.lineage(MISSING_TRANSACTION)

    with pytest.raises(NotFoundError) as commit_missing:
        blnk.transactions.update_inflight(MISSING_TRANSACTION, status=InflightAction.COMMIT)
    assert commit_missing.value.code == "TXN_NOT_FOUND"
    with pytest.raises(BadRequestError) as commit_missing_now:  # skip_queue: 400, not 404
        blnk.transactions.update_inflight(MISSING_TRANSACTION, status=InflightAction.COMMIT, skip_queue=True)
    assert commit_missing_now.value.code == "TXN_NOT_INFLIGHT"

    with pytest.raises(NotFoundError) as no_refund:
        blnk.transactions.refund(MISSING_TRANSACTION)
    assert no_refund.value.code == "TXN_NOT_FOUND" and no_refund.value.message == "no transaction to refund"

    with pytest.raises(BadRequestError) as bad_threshold:
        blnk.transactions.recover(threshold="soon")
    assert bad_threshold.value.code == "GEN_VALIDATION_ERROR"

    with pytest.raises(BadRequestError) as unknown_column:
        blnk.transactions.list(filters={"colour_eq": "red"})
    assert unknown_column.value.code == "GEN_BAD_REQUEST"
    with pytest.raises(BadRequestError) as bad_filter:
        blnk.transactions.filter(filters=[{"field": "colour", "operator": "eq", "value": "red"}])
    assert bad_filter.value.code == "GEN_BAD_REQUEST"


@pytest.mark.cassette("test_transactions_lifo_lineage_flow")
def test_transactions_lifo_lineage_flow(blnk: Blnk, cassette: Cassette) -> None:
    """Two providers fund a LIFO balance; spends draw on the provider that arrived last first."""
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "lifo-"))
    owner = blnk.identities.create(first_name="Grace", last_name="Hopper")
    wallet = blnk.balances.create(
        ledger_id=ledger.ledger_id,
        currency="USD",
        identity_id=owner.identity_id,
        track_fund_lineage=True,
        allocation_strategy=AllocationStrategy.LIFO,
    )
    assert wallet.allocation_strategy is AllocationStrategy.LIFO
    shop = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD").balance_id

    for provider, amount in (("stripe", 1_000), ("paypal", 700)):
        _transfer(
            blnk,
            cassette,
            f"fund_{provider}",
            "@World",
            wallet.balance_id,
            precise_amount=amount,
            allow_overdraft=True,
            meta_data={"BLNK_LINEAGE_PROVIDER": provider},
        )

    def allocation(spend: Transaction, total: int) -> Callable[[], list[tuple[str, int]] | None]:
        def attempt() -> list[tuple[str, int]] | None:
            lineage = blnk.transactions.lineage(spend.transaction_id)
            if lineage.fund_allocation is None or not lineage.fund_allocation:
                return None
            pairs = [(a.provider, int(a.amount)) for a in lineage.fund_allocation]
            return pairs if sum(amount for _, amount in pairs) == total else None

        return attempt

    first = _transfer(blnk, cassette, "spend_first", wallet.balance_id, shop, precise_amount=500)
    assert _poll(cassette, allocation(first, 500), "the first allocation") == [("paypal", 500)]
    second = _transfer(blnk, cassette, "spend_second", wallet.balance_id, shop, precise_amount=900)
    assert sorted(_poll(cassette, allocation(second, 900), "the second allocation")) == [
        ("paypal", 200),
        ("stripe", 700),
    ]

    def settled() -> BalanceLineage | None:
        lineage = blnk.balances.lineage(wallet.balance_id)
        return lineage if lineage.total_with_lineage == 300 else None

    lineage = _poll(cassette, settled, "the balance lineage")
    providers = {p.provider: (p.amount, p.spent, p.available) for p in lineage.providers}
    assert providers == {"stripe": (1_000, 700, 300), "paypal": (700, 700, 0)}
    assert blnk.balances.get(wallet.balance_id).balance == 300
