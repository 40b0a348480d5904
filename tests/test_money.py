"""Exact conversions between amounts and Blnk's integer minor units, and Decimal amounts as sent."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal, localcontext
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blnk_client import APIStatusError, AsyncBlnk, Blnk, BlnkValidationError
from blnk_client.money import from_minor_units, to_minor_units
from tests.support.spy import SpyTransport


@pytest.mark.parametrize(
    ("amount", "precision", "minor"),
    [
        (Decimal("10.05"), 100, 1005),
        ("0.1", 10, 1),
        (7, 100, 700),
        ("0.00000001", 100_000_000, 1),  # satoshis
        ("123456789012345678901234567890.12", 100, 12345678901234567890123456789012),  # past float and 28 digits
        ("-4.50", 100, -450),
    ],
)
def test_amounts_become_exact_minor_units_and_back(amount: Any, precision: int, minor: int) -> None:
    assert to_minor_units(amount, precision) == minor
    assert from_minor_units(minor, precision) == Decimal(amount)


@pytest.mark.parametrize(
    ("minor", "precision", "written"),
    [(2550, 100, "25.50"), (100, 100, "1.00"), (5, 1000, "0.005"), (7, 1, "7")],
)
def test_minor_units_keep_the_places_of_their_precision(minor: int, precision: int, written: str) -> None:
    assert str(from_minor_units(minor, precision)) == written


@pytest.mark.parametrize(
    ("amount", "precision", "message"),
    [
        (10.05, 100, "never a float"),
        ("10.005", 100, "more decimal places than precision 100"),
        ("ten", 100, "not a number"),
        ("NaN", 100, "not finite"),
        ("1", 0, "precision must be a positive int"),
        ("1", 2.5, "precision must be a positive int"),
        (True, 100, "never a float"),
    ],
)
def test_inexact_or_malformed_inputs_are_refused(amount: Any, precision: Any, message: str) -> None:
    with pytest.raises(BlnkValidationError, match=message):
        to_minor_units(amount, precision)


def test_balances_of_any_size_convert_exactly() -> None:
    balance = 2**80 + 7
    assert from_minor_units(balance, 100) * 100 == balance
    with pytest.raises(BlnkValidationError):
        from_minor_units(1.5, 100)  # type: ignore[arg-type]


# --- Decimal amounts as the resources send them --------------------------------------------------

POSTING: dict[str, Any] = {
    "reference": "ref-1",
    "currency": "USD",
    "description": "d",
    "source": "@World",
    "destination": "bln_1",
}
PRECISIONS = (1, 2, 4, 5, 8, 10, 20, 25, 100, 1000, 10**8, 10**18)  # each divides a power of ten


def _sent(call: Callable[[Blnk], object]) -> dict[str, Any]:
    """The JSON body of the one request `call` sends (the spy answers 599, which raises)."""
    transport = SpyTransport()
    client = Blnk(
        base_url="http://127.0.0.1:1", api_key="k", max_retries=0, http_client=httpx.Client(transport=transport)
    )
    with client, pytest.raises(APIStatusError):
        call(client)
    (request,) = transport.requests
    body: dict[str, Any] = json.loads(request.content)
    return body


def _written(minor: int, precision: int, zeros: int, normalize: bool) -> Decimal:
    """minor / precision as a Decimal, exactly, written with extra trailing zeros or normalized (1E+3)."""
    with localcontext() as context:
        context.prec = 100
        amount = Decimal(minor) / precision
        if normalize:
            return amount.normalize()
    sign, digits, exponent = amount.as_tuple()
    assert isinstance(exponent, int)
    return Decimal((sign, digits + (0,) * zeros, exponent - zeros))


@settings(max_examples=200, deadline=None)
@given(
    minor=st.integers(min_value=0, max_value=10**40),
    precision=st.sampled_from(PRECISIONS),
    zeros=st.integers(min_value=0, max_value=3),
    normalize=st.booleans(),
)
def test_a_decimal_that_fits_is_sent_as_exactly_its_minor_units(
    minor: int, precision: int, zeros: int, normalize: bool
) -> None:
    amount = _written(minor, precision, zeros, normalize)
    with localcontext() as context:
        context.prec = 200
        assert amount * precision == minor  # the example is what it claims to be
    created = _sent(lambda c: c.transactions.create(**POSTING, amount=amount, precision=precision))
    assert (created["precise_amount"], created["precision"]) == (minor, precision)
    assert "amount" not in created and type(created["precise_amount"]) is int
    item = {**POSTING, "amount": amount, "precision": float(precision)}
    batch = _sent(lambda c: c.transactions.create_bulk(transactions=[item], skip_queue=True))  # type: ignore[list-item]
    assert batch["transactions"][0]["precise_amount"] == minor and "amount" not in batch["transactions"][0]


def test_a_float_amount_is_sent_as_the_servers_amount_as_before() -> None:
    created = _sent(lambda c: c.transactions.create(**POSTING, amount=10.05, precision=100))
    assert (created["amount"], created["precision"], "precise_amount" in created) == (10.05, 100, False)
    item = {**POSTING, "amount": 2.5}
    batch = _sent(lambda c: c.transactions.create_bulk(transactions=[item]))  # type: ignore[list-item]
    assert batch["transactions"][0] == item


def test_asyncblnk_sends_a_decimal_amount_exactly_too() -> None:
    transport = SpyTransport()

    async def post() -> None:
        async with AsyncBlnk(
            base_url="http://127.0.0.1:1",
            api_key="k",
            max_retries=0,
            http_client=httpx.AsyncClient(transport=transport),
        ) as client:
            with pytest.raises(APIStatusError):
                await client.transactions.create(**POSTING, amount=Decimal("123456789012345678.91"), precision=100)
            with pytest.raises(BlnkValidationError, match="more decimal places"):
                await client.transactions.create(**POSTING, amount=Decimal("0.001"), precision=100)

    asyncio.run(post())
    (request,) = transport.requests
    assert json.loads(request.content)["precise_amount"] == 12345678901234567891
