"""Exact money: Blnk stores integer minor units (precise_amount) and no precision on balances.

Convert with the precision you post transactions with (100 for cents). Nothing here builds or
accepts a float: a float cannot hold 0.1 exactly, so it is refused.
"""

from __future__ import annotations

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
