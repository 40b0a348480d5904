"""Wait for queued transactions and batches to be applied, held or rejected.

`transactions.create` answers QUEUED at once; the workers apply a copy of it whose reference is
`<reference>_q` (its `parent_transaction` is the queued id). These helpers poll for that copy
until it is APPLIED, INFLIGHT or REJECTED, within a deadline. A copy whose parent is another
transaction belongs to another posting under the same reference: that is raised, never returned.

A batch from `transactions.create_bulk` without skip_queue answers status QUEUED (the server says
"applied" before any leg ran): each leg is a QUEUED row whose parent is the batch, settled later
by its own `_q` copy, and a leg may be rejected while the others apply, atomic or not.
`wait_for_bulk` answers every leg's settled transaction.
"""

from __future__ import annotations

import asyncio
import time

from ._exceptions import NotFoundError, ReferenceConflictError, TransactionWaitTimeout
from ._response import RawResponse
from .client import AsyncBlnk, Blnk
from .models import (
    BulkBatchStatus,
    BulkTransactionResult,
    FilterCondition,
    FilterOperator,
    Transaction,
    TransactionStatus,
)

__all__ = [
    "SETTLED",
    "TransactionWaitTimeout",
    "async_wait_for_bulk",
    "async_wait_for_transaction",
    "wait_for_bulk",
    "wait_for_transaction",
]

SETTLED = frozenset({TransactionStatus.APPLIED, TransactionStatus.INFLIGHT, TransactionStatus.REJECTED})
CONFLICT_CODE = "TXN_DUPLICATE_REFERENCE"


def _queued_copy(transaction: Transaction) -> str | None:
    """The reference to poll, or None when the answer is already final."""
    if transaction.status in SETTLED:
        return None
    return f"{transaction.reference}_q"


def _taken(transaction: Transaction, stored: RawResponse[Transaction]) -> ReferenceConflictError:
    record = stored.parse()
    return ReferenceConflictError(
        f"reference {transaction.reference!r} is stored for {record.transaction_id}, not for "
        f"{transaction.transaction_id}, which the server never stored",
        response=stored.http_response,
        code=CONFLICT_CODE,
        stored=record,
        differences=("transaction_id",),
    )


def _leg_filter(batch: BulkTransactionResult) -> list[FilterCondition]:
    return [FilterCondition(field="parent_transaction", operator=FilterOperator.EQ, value=batch.batch_id)]


def wait_for_transaction(
    client: Blnk, transaction: Transaction, *, timeout: float = 30.0, interval: float = 0.25
) -> Transaction:
    """The applied, inflight or rejected record of `transaction` (what `transactions.create` returned).

    Only `transaction` itself or a copy whose parent_transaction is it is returned; a copy of
    another transaction under the same reference raises ReferenceConflictError.
    """
    reference = _queued_copy(transaction)
    if reference is None:
        return transaction
    deadline, last = time.monotonic() + timeout, None
    while True:
        try:
            last = client.transactions.get_by_reference(reference)
        except NotFoundError:
            pass
        else:
            if last.parent_transaction != transaction.transaction_id:
                raise _taken(transaction, client.transactions.with_raw_response.get_by_reference(transaction.reference))
            if last.status in SETTLED:
                return last
        if time.monotonic() >= deadline:
            raise TransactionWaitTimeout(transaction.reference, timeout, last)
        time.sleep(interval)


async def async_wait_for_transaction(
    client: AsyncBlnk, transaction: Transaction, *, timeout: float = 30.0, interval: float = 0.25
) -> Transaction:
    """`wait_for_transaction` for AsyncBlnk."""
    reference = _queued_copy(transaction)
    if reference is None:
        return transaction
    deadline, last = time.monotonic() + timeout, None
    while True:
        try:
            last = await client.transactions.get_by_reference(reference)
        except NotFoundError:
            pass
        else:
            if last.parent_transaction != transaction.transaction_id:
                stored = await client.transactions.with_raw_response.get_by_reference(transaction.reference)
                raise _taken(transaction, stored)
            if last.status in SETTLED:
                return last
        if time.monotonic() >= deadline:
            raise TransactionWaitTimeout(transaction.reference, timeout, last)
        await asyncio.sleep(interval)


def wait_for_bulk(
    client: Blnk, batch: BulkTransactionResult, *, timeout: float = 30.0, interval: float = 0.25
) -> dict[str, Transaction]:
    """Each leg's applied, inflight or rejected transaction, by the reference the leg was sent with.

    `batch` is what `transactions.create_bulk` answered (a synchronous batch's legs are final).
    """
    deadline = time.monotonic() + timeout
    while True:
        legs = list(client.transactions.filter_all(filters=_leg_filter(batch)))
        if len(legs) >= batch.transaction_count or time.monotonic() >= deadline:
            break
        time.sleep(interval)
    if len(legs) < batch.transaction_count:
        raise TransactionWaitTimeout(batch.batch_id, timeout, None)
    if batch.status is not BulkBatchStatus.QUEUED:
        return {leg.reference: leg for leg in legs}
    settled = {}
    for leg in legs:
        left = max(0.0, deadline - time.monotonic())
        settled[leg.reference] = wait_for_transaction(client, leg, timeout=left, interval=interval)
    return settled


async def async_wait_for_bulk(
    client: AsyncBlnk, batch: BulkTransactionResult, *, timeout: float = 30.0, interval: float = 0.25
) -> dict[str, Transaction]:
    """`wait_for_bulk` for AsyncBlnk."""
    deadline = time.monotonic() + timeout
    while True:
        legs = [leg async for leg in client.transactions.filter_all(filters=_leg_filter(batch))]
        if len(legs) >= batch.transaction_count or time.monotonic() >= deadline:
            break
        await asyncio.sleep(interval)
    if len(legs) < batch.transaction_count:
        raise TransactionWaitTimeout(batch.batch_id, timeout, None)
    if batch.status is not BulkBatchStatus.QUEUED:
        return {leg.reference: leg for leg in legs}
    settled = {}
    for leg in legs:
        left = max(0.0, deadline - time.monotonic())
        settled[leg.reference] = await async_wait_for_transaction(client, leg, timeout=left, interval=interval)
    return settled
