# Generated: copied from overlays/runtime/money.py; edit that file.
"""Exact money: Blnk stores integer minor units (precise_amount) and no precision on balances.

Convert with the precision you post transactions with (100 for cents). Nothing here builds or
accepts a float: a float cannot hold 0.1 exactly, so it is refused.

A transaction's `amount` also takes a Decimal (`x-blnk-decimal` in the overlays): the resources
send it as `precise_amount` at the transaction's `precision` (exact_amount, exact_amounts), and
refuse it before sending when it does not fit the precision or no precision is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation, localcontext

from ._exceptions import BlnkValidationError

__all__ = ["from_minor_units", "to_minor_units"]


def _precision(precision: int) -> Decimal:
    if isinstance(precision, bool) or not isinstance(precision, int) or precision <= 0:
        raise BlnkValidationError(f"precision must be a positive int, got {precision!r}", fields=("precision",))
    return Decimal(precision)


def to_minor_units(amount: Decimal | int | str, precision: int) -> int:
    """`Decimal("10.05")` at precision 100 is 1005; an amount finer than the precision is refused."""
    if isinstance(amount, float | bool):
        raise BlnkValidationError(f"amount {amount!r}: pass a Decimal, int or str, never a float", fields=("amount",))
    try:
        value = Decimal(amount)
    except (InvalidOperation, ValueError):
        raise BlnkValidationError(f"amount {amount!r} is not a number", fields=("amount",)) from None
    if not value.is_finite():
        raise BlnkValidationError(f"amount {amount!r} is not finite", fields=("amount",))
    with localcontext() as context:
        context.prec = len(value.as_tuple().digits) + len(str(precision)) + 2  # never round
        minor = value * _precision(precision)
        if minor != minor.to_integral_value():
            raise BlnkValidationError(
                f"amount {amount} has more decimal places than precision {precision} allows", fields=("amount",)
            )
        return int(minor)


def from_minor_units(minor: int, precision: int) -> Decimal:
    """1005 at precision 100 is `Decimal("10.05")`, exactly, for balances of any size.

    A power-of-ten precision keeps its decimal places (2550 at 100 is `Decimal("25.50")`, as money
    is written), where plain division would drop the trailing zero.
    """
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise BlnkValidationError(f"minor units must be an int, got {minor!r}", fields=("amount",))
    places = len(str(precision)) - 1
    with localcontext() as context:
        context.prec = len(str(abs(minor))) + len(str(precision)) + 2
        if precision == 10**places:
            return Decimal(minor).scaleb(-places)
        return Decimal(minor) / _precision(precision)


def exact_amount(
    operation: str,
    names: tuple[str, str, str],
    amount: float | Decimal | None,
    precise_amount: int | None,
    precision: float | None,
) -> tuple[float | None, int | None]:
    """(amount, precise_amount) as sent: a Decimal amount becomes precise_amount at `precision`."""
    if not isinstance(amount, Decimal):
        return amount, precise_amount
    return None, _minor_units(operation, "", names, amount, precise_amount, precision)


def exact_amounts(operation: str, field: str, items: object, names: tuple[str, str, str]) -> None:
    """`exact_amount` for each item of a list argument (the postings of a bulk request), in place."""
    if not isinstance(items, Sequence):
        return
    amount_name, minor_name, precision_name = names
    for index, item in enumerate(items):
        amount = getattr(item, amount_name, None)
        if isinstance(amount, Decimal):
            minor = getattr(item, minor_name)
            where = f"{field}[{index}]."
            setattr(
                item, minor_name, _minor_units(operation, where, names, amount, minor, getattr(item, precision_name))
            )
            setattr(item, amount_name, None)


def _minor_units(
    operation: str, where: str, names: tuple[str, str, str], amount: Decimal, minor: object, precision: object
) -> int:
    amount_name, minor_name, precision_name = (where + name for name in names)
    fields = (amount_name, precision_name)
    if minor is not None:
        raise BlnkValidationError(
            f"{operation}: give exactly one of {amount_name} or {minor_name}; got {amount_name}, {minor_name}",
            fields=(amount_name, minor_name),
        )
    if not amount.is_finite():
        raise BlnkValidationError(f"{operation}: {amount_name} {amount} is not finite", fields=(amount_name,))
    if amount < 0:
        raise BlnkValidationError(f"{operation}: {amount_name} must be >= 0, got {amount!r}", fields=(amount_name,))
    if precision is None:
        raise BlnkValidationError(
            f"{operation}: {amount_name} {amount!r} is sent exactly as {minor_name}, which needs "
            f"{precision_name} (the minor units per major unit, e.g. 100 for cents)",
            fields=fields,
        )
    if isinstance(precision, float) and precision.is_integer():
        precision = int(precision)
    if isinstance(precision, bool) or not isinstance(precision, int) or precision <= 0:
        raise BlnkValidationError(
            f"{operation}: {precision_name} must be a positive whole number to send a Decimal {amount_name}, "
            f"got {precision!r}",
            fields=fields,
        )
    try:
        return to_minor_units(amount, precision)
    except BlnkValidationError as error:
        raise BlnkValidationError(f"{operation}: {where}{error.message}", fields=fields) from None
