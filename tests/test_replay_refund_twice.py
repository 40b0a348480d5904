"""Found by `nox -s explore` (issue #13), shrunk: transfer (skip_queue), refund, refund again.

The second refund of a transaction created with skip_queue, sent with skip_queue, made the server
(cba00722) reverse the *first refund* (`<refund id>_refund`, the money moved back) and then
answer 409 GEN_CONFLICT: the caller was told nothing happened. The client now finds the existing
refund and raises ConflictError GEN_CONFLICT before sending; nothing moves. The queued variant
(where the server itself refused without moving money) answers the same way.
"""

from __future__ import annotations

import time

import pytest

from blnk_client import Blnk, ConflictError, NotFoundError
from blnk_client.models import Transaction, TransactionStatus
from blnk_client.waiting import wait_for_transaction
from tests.support.cassettes import Cassette, replaying

pytestmark = pytest.mark.cassette


def _settle(cassette: Cassette, seconds: float) -> None:
    if cassette.recording:
        time.sleep(seconds)


@pytest.mark.parametrize("queued", [False, True], ids=["skip_queue", "queued"])
@pytest.mark.cassette("test_a_second_refund_is_refused_and_moves_nothing")
def test_a_second_refund_is_refused_and_moves_nothing(blnk: Blnk, cassette: Cassette, queued: bool) -> None:
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "refund-twice-"))
    wallet = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD").balance_id
    created = blnk.transactions.create(
        reference=cassette.value("reference", "refund-twice-"),
        currency="USD",
        description="refunded once",
        precise_amount=700,
        source="@World",
        destination=wallet,
        allow_overdraft=True,
        skip_queue=not queued,
    )
    assert isinstance(created, Transaction)
    wait_for_transaction(blnk, created, timeout=30, interval=0.05 if cassette.recording else 0)

    refund = blnk.transactions.refund(created.transaction_id, skip_queue=not queued)
    assert isinstance(refund, Transaction)
    settled = wait_for_transaction(blnk, refund, timeout=30, interval=0.05 if cassette.recording else 0)
    assert settled.status is TransactionStatus.APPLIED
    assert blnk.balances.get(wallet).balance == 0

    with pytest.raises(ConflictError) as again:
        blnk.transactions.refund(created.transaction_id, skip_queue=not queued)
    assert again.value.code == "GEN_CONFLICT"
    assert again.value.details == {"refund": refund.transaction_id}

    _settle(cassette, 1.0)  # a reversal of the first refund would be applied by now
    assert blnk.balances.get(wallet).balance == 0  # the first refund stands
    with pytest.raises(NotFoundError):
        blnk.transactions.get_by_reference(f"{settled.transaction_id}_refund")


@pytest.mark.parametrize("queued", [False, True], ids=["skip_queue", "queued"])
def test_a_second_refund_is_refused_and_moves_nothing_async(queued: bool) -> None:
    """The same, with AsyncBlnk over the sync scenario's recording."""
    import asyncio

    from blnk_client.waiting import async_wait_for_transaction

    name = "skip_queue" if not queued else "queued"
    cassette, client = replaying(f"test_a_second_refund_is_refused_and_moves_nothing[{name}]")
    values = cassette.values

    async def scenario() -> None:
        async with client:
            ledger = await client.ledgers.create(name=values["ledger"])
            wallet = (await client.balances.create(ledger_id=ledger.ledger_id, currency="USD")).balance_id
            created = await client.transactions.create(
                reference=values["reference"],
                currency="USD",
                description="refunded once",
                precise_amount=700,
                source="@World",
                destination=wallet,
                allow_overdraft=True,
                skip_queue=not queued,
            )
            assert isinstance(created, Transaction)
            await async_wait_for_transaction(client, created, timeout=30, interval=0)
            refund = await client.transactions.refund(created.transaction_id, skip_queue=not queued)
            assert isinstance(refund, Transaction)
            settled = await async_wait_for_transaction(client, refund, timeout=30, interval=0)
            assert (await client.balances.get(wallet)).balance == 0
            with pytest.raises(ConflictError) as again:
                await client.transactions.refund(created.transaction_id, skip_queue=not queued)
            assert again.value.code == "GEN_CONFLICT" and again.value.details == {"refund": refund.transaction_id}
            assert (await client.balances.get(wallet)).balance == 0
            with pytest.raises(NotFoundError):
                await client.transactions.get_by_reference(f"{settled.transaction_id}_refund")

    asyncio.run(scenario())
    cassette.finish()
