"""Exact conversions between amounts and Blnk's integer minor units."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from blnk_client import BlnkValidationError
from blnk_client.money import from_minor_units, to_minor_units


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
