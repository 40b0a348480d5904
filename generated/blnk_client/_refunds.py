# Generated: copied from overlays/runtime/_refunds.py; edit that file.
"""A refund is sent once: a transaction that already has a refund is refused before anything is sent.

The server stores a refund of record X under the reference `<X>_refund`, where X is the record
it reverses: the transaction itself when it was created with skip_queue, its applied `_q` copy
when it was queued. A second refund is documented to answer 409 GEN_CONFLICT, and on the queue
it does. With skip_queue the server (cba00722) first finds the *first refund* as the applied
record of the transaction, reverses that one (`<refund id>_refund`, money moves back) and only
then answers 409: the caller is told nothing happened while the first refund was undone. So the
client looks for an existing refund first (two GETs, four for a queued transaction) and raises
the same ConflictError GEN_CONFLICT itself, without sending.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from ._exceptions import ConflictError, NotFoundError
from ._response import RAW_RESPONSE, RawResponse

CODE = "GEN_CONFLICT"
QUEUED = "QUEUED"


def _refused(transaction_id: str, found: RawResponse[Any]) -> ConflictError:
    refund = found.parse()
    return ConflictError(
        f"transaction {transaction_id!r} has already been refunded by {refund.transaction_id} "
        f"(reference {refund.reference!r}); a second refund was not sent",
        response=found.http_response,
        code=CODE,
        details={"refund": refund.transaction_id},
    )


def refuse_second_refund(
    get: Callable[[str], Any], by_reference: Callable[[str], RawResponse[Any]], transaction_id: str
) -> None:
    """Raise ConflictError when `transaction_id` (or its applied `_q` copy) already has a refund."""
    candidates = [transaction_id]
    token = RAW_RESPONSE.set(False)  # with_raw_response.refund: the lookups must answer records
    try:
        row = get(transaction_id)
    except NotFoundError:
        row = None  # the server answers the 404 itself
    finally:
        RAW_RESPONSE.reset(token)
    if row is not None and getattr(row.status, "value", row.status) == QUEUED:
        try:
            copy = by_reference(f"{row.reference}_q").parse()
        except NotFoundError:
            pass
        else:
            candidates.append(str(copy.transaction_id))
    for reversed_id in candidates:
        try:
            found = by_reference(f"{reversed_id}_refund")
        except NotFoundError:
            continue
        raise _refused(transaction_id, found)


async def async_refuse_second_refund(
    get: Callable[[str], Awaitable[Any]],
    by_reference: Callable[[str], Awaitable[RawResponse[Any]]],
    transaction_id: str,
) -> None:
    """`refuse_second_refund` for AsyncBlnk."""
    candidates = [transaction_id]
    token = RAW_RESPONSE.set(False)
    try:
        row = await get(transaction_id)
    except NotFoundError:
        row = None
    finally:
        RAW_RESPONSE.reset(token)
    if row is not None and getattr(row.status, "value", row.status) == QUEUED:
        try:
            copy = (await by_reference(f"{row.reference}_q")).parse()
        except NotFoundError:
            pass
        else:
            candidates.append(str(copy.transaction_id))
    for reversed_id in candidates:
        try:
            found = await by_reference(f"{reversed_id}_refund")
        except NotFoundError:
            continue
        raise _refused(transaction_id, found)
