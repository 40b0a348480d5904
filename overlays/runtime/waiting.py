"""Wait for a queued transaction to be applied, held or rejected.

`transactions.create` answers QUEUED at once; the workers apply a copy of it whose reference is
`<reference>_q` (its `parent_transaction` is the queued id). These helpers poll for that copy
until it is APPLIED, INFLIGHT or REJECTED, within a deadline.
"""

from __future__ import annotations

import asyncio
import time

from ._exceptions import BlnkError, NotFoundError
from .client import AsyncBlnk, Blnk
from .models import Transaction, TransactionStatus

__all__ = ["SETTLED", "TransactionWaitTimeout", "async_wait_for_transaction", "wait_for_transaction"]

SETTLED = frozenset({TransactionStatus.APPLIED, TransactionStatus.INFLIGHT, TransactionStatus.REJECTED})


class TransactionWaitTimeout(BlnkError):
    """The transaction was not applied, held or rejected within the deadline."""

    def __init__(self, reference: str, seconds: float, last: Transaction | None) -> None:
        state = f"last seen {last.status}" if last is not None else "not picked up by the workers"
        super().__init__(f"transaction {reference!r} did not settle within {seconds:g} s ({state})")
        self.reference = reference
        self.last = last


def _queued_copy(transaction: Transaction) -> str | None:
    """The reference to poll, or None when the answer is already final."""
    if transaction.status in SETTLED:
        return None
    return f"{transaction.reference}_q"


def wait_for_transaction(
    client: Blnk, transaction: Transaction, *, timeout: float = 30.0, interval: float = 0.25
) -> Transaction:
    """The applied, inflight or rejected record of `transaction` (what `transactions.create` returned)."""
    reference = _queued_copy(transaction)
    if reference is None:
        return transaction
    deadline, last = time.monotonic() + timeout, None
    while True:
        try:
            last = client.transactions.get_by_reference(reference)
            if last.status in SETTLED:
                return last
        except NotFoundError:
            pass
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
            if last.status in SETTLED:
                return last
        except NotFoundError:
            pass
        if time.monotonic() >= deadline:
            raise TransactionWaitTimeout(transaction.reference, timeout, last)
        await asyncio.sleep(interval)
