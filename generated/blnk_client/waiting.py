# Generated: copied from overlays/runtime/waiting.py; edit that file.
"""Wait for queued transactions, batches and inflight actions to be applied, held, voided or rejected.

`transactions.create` (and `transactions.refund`) answers QUEUED at once; the workers apply a copy
of it whose reference is `<reference>_q` (its `parent_transaction` is the queued id). These
helpers poll for that copy until it is APPLIED, INFLIGHT or REJECTED, within a deadline. A copy
whose parent is another transaction belongs to another posting under the same reference: that is
raised, never returned.

A batch from `transactions.create_bulk` without skip_queue answers status QUEUED (the server says
"applied" before any leg ran): each leg is a QUEUED row whose parent is the batch, settled later
by its own `_q` copy, and a leg may be rejected while the others apply, atomic or not.
`wait_for_bulk` answers every leg's settled transaction.

A queued commit or void (`update_inflight`, `bulk_commit`, `bulk_void`) answers the rows it was
sent for, unchanged; the workers then add an APPLIED (commit) or VOID child to the hold, which
`wait_for_transaction` polls for by parent_transaction (see `_Outcomes` and `_queued` for how the
action's child is told apart from the hold's earlier ones).
`wait_for_transaction` takes any of these answers, and `async_wait_for_transaction` the same from
AsyncBlnk.
"""

from __future__ import annotations

import asyncio
import datetime
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import overload

from ._exceptions import (
    BlnkValidationError,
    NotFoundError,
    ReferenceConflictError,
    TransactionWaitTimeout,
)
from ._queued import legs_of, parent_filters, queued_action
from ._response import RawResponse
from .client import AsyncBlnk, Blnk
from .models import (
    BulkBatchStatus,
    BulkInflightItemCode,
    BulkInflightResponse,
    BulkTransactionResult,
    FilterCondition,
    FilterOperator,
    InflightTransaction,
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


def _wait_for_copy(client: Blnk, transaction: Transaction, timeout: float, interval: float) -> Transaction:
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


async def _async_wait_for_copy(
    client: AsyncBlnk, transaction: Transaction, timeout: float, interval: float
) -> Transaction:
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


class _Outcomes:
    """The child a queued commit or void adds to the hold of each id it was sent for.

    A void's is the hold's VOID child (a hold is voided once). A commit of all that remains is the
    last APPLIED child, once the APPLIED children add up to the hold (nothing can follow it). A
    commit of part of the hold is the first APPLIED child that was not there before it was sent.
    """

    def __init__(self, answer: InflightTransaction | BulkInflightResponse, ids: Sequence[str]) -> None:
        note = queued_action(answer)
        if note is None or any(note.partial[target] and target not in note.legs for target in ids):
            raise BlnkValidationError(
                f"this {type(answer).__name__} was not answered to a queued commit or void by this client "
                "(a copy or a rebuilt answer does not carry what was read before the action); wait on the "
                "object update_inflight, bulk_commit or bulk_void returned"
            )
        self.note = note
        self.ids = list(ids)
        self.leg: dict[str, str] = {}
        self.amount: dict[str, int] = {}  # the hold of a commit of all that remains: its minor units
        self.found: dict[str, Transaction] = {}
        self._take_legs({target: note.legs[target] for target in ids if target in note.legs})

    def _take_legs(self, legs: Mapping[str, tuple[str, ...]]) -> None:
        for target, own in legs.items():
            if len(own) != 1:
                raise BlnkValidationError(
                    f"{target} has {len(own)} inflight legs (a split or a batch), each with a child of its "
                    "own; wait_for_transaction answers one child per id: filter the legs' children by "
                    "parent_transaction instead"
                )
            self.leg[target] = own[0]

    def unresolved(self) -> list[str]:
        """The ids whose leg is not known yet (it is read from their children)."""
        return [target for target in self.ids if target not in self.leg]

    def resolve(self, rows: Iterable[Transaction]) -> list[str]:
        """Take the legs from the children of the unresolved ids; answer the ids whose hold's amount
        is still to be read (a commit of all that remains on a hold that is the id itself)."""
        found = list(rows)
        targets = self.unresolved()
        self._take_legs(legs_of(targets, found))
        by_id = {row.transaction_id: row for row in found}
        unread = []
        for target in targets:
            if self.note.void or self.note.partial[target]:
                continue
            hold = by_id.get(self.leg[target])
            if hold is None:
                unread.append(target)
            else:
                self.amount[target] = _minor(hold)
        return unread

    def waiting_for(self) -> list[str]:
        return [self.leg[target] for target in self.ids if target not in self.found]

    def take(self, rows: Iterable[Transaction]) -> bool:
        """Note the action's children among `rows` (the legs' children); True once every id has its child."""
        children: dict[str, list[Transaction]] = {}
        for row in rows:
            children.setdefault(row.parent_transaction, []).append(row)
        for target in self.ids:
            if target not in self.found:
                child = self._child(target, sorted(children.get(self.leg[target], []), key=_created))
                if child is not None:
                    self.found[target] = child
        return len(self.found) == len(self.ids)

    def _child(self, target: str, children: list[Transaction]) -> Transaction | None:
        if self.note.void:
            return next((c for c in children if c.status is TransactionStatus.VOID), None)
        applied = [c for c in children if c.status is TransactionStatus.APPLIED]
        if self.note.partial[target]:
            return next((c for c in applied if c.transaction_id not in self.note.before), None)
        if applied and sum(map(_minor, applied)) >= self.amount[target]:
            return applied[-1]
        return None

    def timeout(self, seconds: float) -> TransactionWaitTimeout:
        waiting = next(target for target in self.ids if target not in self.found)
        return TransactionWaitTimeout(waiting, seconds, None)


def _minor(transaction: Transaction) -> int:
    return transaction.precise_amount if isinstance(transaction.precise_amount, int) else 0


def _created(transaction: Transaction) -> datetime.datetime:
    return transaction.created_at


def _queued_ids(answer: BulkInflightResponse) -> list[str]:
    """The items this call queued (an item already queued by another call is left out)."""
    return [r.transaction_id for r in answer.results if r.code is BulkInflightItemCode.QUEUED]


def _as_transaction(answer: InflightTransaction) -> Transaction:
    """The child a skip_queue commit or void answered, as the Transaction it is."""
    return Transaction.from_dict({k: v for k, v in answer.to_dict().items() if k != "queued"})


def _children(client: Blnk, parents: Sequence[str]) -> list[Transaction]:
    return [row for filters in parent_filters(parents) for row in client.transactions.filter_all(filters=filters)]


async def _async_children(client: AsyncBlnk, parents: Sequence[str]) -> list[Transaction]:
    return [row for filters in parent_filters(parents) async for row in client.transactions.filter_all(filters=filters)]


def _wait_for_children(client: Blnk, outcomes: _Outcomes, timeout: float, interval: float) -> dict[str, Transaction]:
    deadline = time.monotonic() + timeout
    unresolved = outcomes.unresolved()
    if unresolved:
        for target in outcomes.resolve(_children(client, unresolved)):
            outcomes.amount[target] = _minor(client.transactions.get(target))
    while not outcomes.take(_children(client, outcomes.waiting_for())):
        if time.monotonic() >= deadline:
            raise outcomes.timeout(timeout)
        time.sleep(interval)
    return outcomes.found


async def _async_wait_for_children(
    client: AsyncBlnk, outcomes: _Outcomes, timeout: float, interval: float
) -> dict[str, Transaction]:
    deadline = time.monotonic() + timeout
    unresolved = outcomes.unresolved()
    if unresolved:
        for target in outcomes.resolve(await _async_children(client, unresolved)):
            outcomes.amount[target] = _minor(await client.transactions.get(target))
    while not outcomes.take(await _async_children(client, outcomes.waiting_for())):
        if time.monotonic() >= deadline:
            raise outcomes.timeout(timeout)
        await asyncio.sleep(interval)
    return outcomes.found


Answer = Transaction | InflightTransaction | BulkTransactionResult | BulkInflightResponse


def _unknown(answer: object) -> BlnkValidationError:
    return BlnkValidationError(
        "wait_for_transaction takes what transactions.create, refund, update_inflight, create_bulk, "
        f"bulk_commit or bulk_void answered, not {type(answer).__name__}"
    )


@overload
def wait_for_transaction(
    client: Blnk, transaction: Transaction, *, timeout: float = 30.0, interval: float = 0.25
) -> Transaction: ...


@overload
def wait_for_transaction(
    client: Blnk, transaction: InflightTransaction, *, timeout: float = 30.0, interval: float = 0.25
) -> Transaction: ...


@overload
def wait_for_transaction(
    client: Blnk, transaction: BulkTransactionResult, *, timeout: float = 30.0, interval: float = 0.25
) -> dict[str, Transaction]: ...


@overload
def wait_for_transaction(
    client: Blnk, transaction: BulkInflightResponse, *, timeout: float = 30.0, interval: float = 0.25
) -> dict[str, Transaction]: ...


def wait_for_transaction(
    client: Blnk, transaction: Answer, *, timeout: float = 30.0, interval: float = 0.25
) -> Transaction | dict[str, Transaction]:
    """The outcome of what a queued call answered, once the workers have acted on it.

    - a Transaction (`transactions.create`, `transactions.refund`): its applied, inflight or
      rejected record. Only `transaction` itself or a copy whose parent_transaction is it is
      returned; a copy of another transaction under the same reference raises
      ReferenceConflictError.
    - an InflightTransaction (`transactions.update_inflight`): the APPLIED (commit) or VOID child
      the action added to the hold; with skip_queue the answer already is that child.
    - a BulkTransactionResult (`transactions.create_bulk`): each leg's outcome by its reference,
      as `wait_for_bulk`.
    - a BulkInflightResponse (`transactions.bulk_commit`, `bulk_void`): the child of each item this
      call queued, by the item's transaction_id (failed items, and items another call had already
      queued, are not in it).
    """
    if isinstance(transaction, Transaction):
        return _wait_for_copy(client, transaction, timeout, interval)
    if isinstance(transaction, BulkTransactionResult):
        return wait_for_bulk(client, transaction, timeout=timeout, interval=interval)
    if isinstance(transaction, InflightTransaction):
        if transaction.queued is not True:
            return _as_transaction(transaction)
        children = _Outcomes(transaction, [transaction.transaction_id])
        return _wait_for_children(client, children, timeout, interval)[transaction.transaction_id]
    if isinstance(transaction, BulkInflightResponse):
        ids = _queued_ids(transaction)
        return _wait_for_children(client, _Outcomes(transaction, ids), timeout, interval) if ids else {}
    raise _unknown(transaction)


@overload
async def async_wait_for_transaction(
    client: AsyncBlnk, transaction: Transaction, *, timeout: float = 30.0, interval: float = 0.25
) -> Transaction: ...


@overload
async def async_wait_for_transaction(
    client: AsyncBlnk, transaction: InflightTransaction, *, timeout: float = 30.0, interval: float = 0.25
) -> Transaction: ...


@overload
async def async_wait_for_transaction(
    client: AsyncBlnk, transaction: BulkTransactionResult, *, timeout: float = 30.0, interval: float = 0.25
) -> dict[str, Transaction]: ...


@overload
async def async_wait_for_transaction(
    client: AsyncBlnk, transaction: BulkInflightResponse, *, timeout: float = 30.0, interval: float = 0.25
) -> dict[str, Transaction]: ...


async def async_wait_for_transaction(
    client: AsyncBlnk, transaction: Answer, *, timeout: float = 30.0, interval: float = 0.25
) -> Transaction | dict[str, Transaction]:
    """`wait_for_transaction` for AsyncBlnk."""
    if isinstance(transaction, Transaction):
        return await _async_wait_for_copy(client, transaction, timeout, interval)
    if isinstance(transaction, BulkTransactionResult):
        return await async_wait_for_bulk(client, transaction, timeout=timeout, interval=interval)
    if isinstance(transaction, InflightTransaction):
        if transaction.queued is not True:
            return _as_transaction(transaction)
        children = _Outcomes(transaction, [transaction.transaction_id])
        return (await _async_wait_for_children(client, children, timeout, interval))[transaction.transaction_id]
    if isinstance(transaction, BulkInflightResponse):
        ids = _queued_ids(transaction)
        return await _async_wait_for_children(client, _Outcomes(transaction, ids), timeout, interval) if ids else {}
    raise _unknown(transaction)


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
        settled[leg.reference] = _wait_for_copy(client, leg, left, interval)
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
        settled[leg.reference] = await _async_wait_for_copy(client, leg, left, interval)
    return settled
