"""Bad inputs are refused with a typed error before any byte leaves the client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from blnk_client import AsyncBlnk, Blnk, BlnkValidationError, InternalServerError
from blnk_client.models import AllocationStrategy
from tests.support.spy import SpyTransport


@pytest.fixture
def spy() -> SpyTransport:
    return SpyTransport()


@pytest.fixture
def client(spy: SpyTransport) -> Iterator[Blnk]:
    with Blnk(
        base_url="http://127.0.0.1:1", api_key="k", max_retries=0, http_client=httpx.Client(transport=spy)
    ) as blnk:
        yield blnk


def test_lineage_without_identity_is_refused_before_sending(client: Blnk, spy: SpyTransport) -> None:
    kwargs: dict[str, Any] = {"ledger_id": "ldg_1", "currency": "USD", "track_fund_lineage": True}
    with pytest.raises(BlnkValidationError) as raised:
        client.balances.create(**kwargs)
    assert "identity_id" in str(raised.value) and "track_fund_lineage" in str(raised.value)
    assert raised.value.fields == ("track_fund_lineage", "identity_id")
    assert spy.requests == []


@pytest.mark.parametrize("identity_id", ["", None])
def test_an_empty_identity_does_not_satisfy_the_rule(client: Blnk, spy: SpyTransport, identity_id: str | None) -> None:
    kwargs: dict[str, Any] = {
        "ledger_id": "ldg_1",
        "currency": "USD",
        "track_fund_lineage": True,
        "identity_id": identity_id,
    }
    with pytest.raises(BlnkValidationError, match="identity_id"):
        client.balances.create(**kwargs)
    assert spy.requests == []


def test_async_client_applies_the_same_rule(spy: SpyTransport) -> None:
    import asyncio

    async def run() -> None:
        async with AsyncBlnk(base_url="http://127.0.0.1:1", http_client=httpx.AsyncClient(transport=spy)) as blnk:
            kwargs: dict[str, Any] = {"ledger_id": "ldg_1", "currency": "USD", "track_fund_lineage": True}
            await blnk.balances.create(**kwargs)

    with pytest.raises(BlnkValidationError, match="identity_id"):
        asyncio.run(run())
    assert spy.requests == []


# The server itself trims and upper-cases ("fifo" works there); the client takes the exact values
# only, as its type says, so what type-checks is what runs.
@pytest.mark.parametrize("strategy", ["RANDOM", "", 3, "FIFO LIFO", "fifo", " LIFO "])
def test_unknown_allocation_strategy_is_refused_before_sending(
    client: Blnk, spy: SpyTransport, strategy: object
) -> None:
    kwargs: dict[str, Any] = {"ledger_id": "ldg_1", "currency": "USD", "allocation_strategy": strategy}
    with pytest.raises(
        BlnkValidationError, match="allocation_strategy: .* is not one of 'FIFO', 'LIFO', 'PROPORTIONAL'"
    ):
        client.balances.create(**kwargs)
    assert spy.requests == []


@pytest.mark.parametrize(("given", "sent"), [(AllocationStrategy.LIFO, "LIFO"), ("PROPORTIONAL", "PROPORTIONAL")])
def test_allocation_strategy_is_sent_as_given(client: Blnk, spy: SpyTransport, given: Any, sent: str) -> None:
    with pytest.raises(InternalServerError):  # the spy answers 599; the request is what matters
        client.balances.create(ledger_id="ldg_1", currency="USD", allocation_strategy=given)
    (request,) = spy.requests
    assert spy.keys_sent == ["k"]
    assert httpx.Response(200, content=request.content).json() == {
        "ledger_id": "ldg_1",
        "currency": "USD",
        "allocation_strategy": sent,
    }


def test_unknown_allocation_strategy_from_the_server_is_kept() -> None:
    assert AllocationStrategy("WEIGHTED").value == "WEIGHTED"  # a newer server's value parses
    assert AllocationStrategy("FIFO") is AllocationStrategy.FIFO
