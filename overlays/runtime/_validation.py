"""Checks that run before a request is built, so a bad input never reaches the wire."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from types import TracebackType
from typing import Any, NamedTuple, TypeVar, cast

from ._exceptions import BlnkValidationError

E = TypeVar("E", bound=Enum)

# While a request is built, enums refuse values they do not know (answers keep them: _missing_).
STRICT_ENUMS: ContextVar[bool] = ContextVar("blnk_strict_enums", default=False)

RFC3339_ZONE = re.compile(r"(Z|z|[+-]\d\d:\d\d)$")

JSON_TYPES: dict[str, tuple[type, ...]] = {
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (dict,),
}


class building_request:  # lower case: it reads as the function it replaces, `with building_request(...)`
    """Arguments that cannot become the request body raise BlnkValidationError, naming the operation.

    A class rather than @contextmanager: it wraps every request body, and a generator costs ~1 us more.
    """

    __slots__ = ("_operation", "_token")

    def __init__(self, operation: str) -> None:
        self._operation = operation

    def __enter__(self) -> None:
        self._token = STRICT_ENUMS.set(True)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        STRICT_ENUMS.reset(self._token)
        if isinstance(exc, BlnkValidationError) or exc is None:
            return
        if isinstance(exc, KeyError):  # a dict argument (a *Params TypedDict) without one of its required keys
            raise BlnkValidationError(f"{self._operation}: invalid argument: missing the key {exc}") from None
        if isinstance(exc, (ValueError, TypeError, AttributeError)):
            raise BlnkValidationError(f"{self._operation}: invalid argument: {exc}") from None


class RequiredWhen(NamedTuple):  # not a frozen dataclass: that costs every cold start ~0.6 ms more
    """When every field in `when` has the given value, each field in `require` must be present.

    Declared on a request schema by the overlays as `x-blnk-required-when`; the same rule also
    shapes the method's overloads, so mypy rejects the call before this check ever runs.
    """

    when: Mapping[str, object]
    require: tuple[str, ...]
    reason: str


def check_required_when(operation: str, body: Mapping[str, object], rules: tuple[RequiredWhen, ...]) -> None:
    for rule in rules:
        if all(body.get(field) == value for field, value in rule.when.items()):
            missing = tuple(f for f in rule.require if body.get(f) in (None, ""))
            if missing:
                condition = " and ".join(f"{k}={_show(v)}" for k, v in rule.when.items())
                raise BlnkValidationError(
                    f"{operation}: {', '.join(missing)} is required when {condition} ({rule.reason})",
                    fields=(*rule.when.keys(), *missing),
                )


def coerce_enum(enum_cls: type[E], value: object, field: str) -> E:
    """Accept a member of `enum_cls` or its exact value; anything else is refused before sending."""
    if isinstance(value, enum_cls) and value.name in enum_cls.__members__:
        return value
    if isinstance(value, str):
        for member in enum_cls:
            if member.value == value:
                return member
    raise BlnkValidationError(f"{field}: {value!r} is not one of {allowed_values(enum_cls)}", fields=(field,))


def allowed_values(enum_cls: type[Enum]) -> str:
    return ", ".join(repr(m.value) for m in enum_cls)


def check_path_param(field: str, value: object) -> str:
    """A path segment must be a non-empty string that cannot change which route is called."""
    if isinstance(value, Enum):
        value = value.value
    if not isinstance(value, str) or not value:
        raise BlnkValidationError(f"{field}: must be a non-empty string, got {value!r}", fields=(field,))
    if value in (".", "..") or "/" in value:
        raise BlnkValidationError(
            f"{field}: {value!r} would change the request path ('/', '.' and '..' are not allowed)",
            fields=(field,),
        )
    return value


def utc_text(value: object, field: str) -> str:
    """An aware datetime as RFC 3339 in UTC (`2026-01-02T03:04:05.123456+00:00`).

    The server parses the text and keeps the wall-clock digits, so the offset is applied here:
    the same instant reads the same whatever zone it was given in. A naive datetime names no
    instant and is refused.
    """
    if not isinstance(value, datetime):
        raise BlnkValidationError(f"{field} must be a datetime, got {value!r}", fields=(field,))
    if value.utcoffset() is None:
        raise BlnkValidationError(
            f"{field} needs a timezone (the server reads RFC 3339 times); use an aware datetime", fields=(field,)
        )
    return value.astimezone(UTC).isoformat()


def _show(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def check_constraints(
    operation: str, values: Mapping[str, object], constraints: Mapping[str, Mapping[str, object]]
) -> None:
    """The schema's minLength, maxLength, minimum, maximum and pattern, for the values given."""
    for field, rules in constraints.items():
        if field not in values or values[field] is None:
            continue
        value = values[field]
        one_of = rules.get("one_of")
        if isinstance(one_of, Mapping) and isinstance(value, list | tuple):
            check_one_of(operation, field, value, one_of)
        problem = _violation(value, rules)
        if problem:
            raise BlnkValidationError(f"{operation}: {field} {problem}, got {value!r}", fields=(field,))


def check_one_of(operation: str, field: str, items: Sequence[object], rule: Mapping[str, object]) -> None:
    """Each item carries exactly the keys of the variant its `key` names (a filter's operator: value or values)."""
    key = str(rule["key"])
    variants = cast("Sequence[Mapping[str, Any]]", rule["variants"])
    for index, item in enumerate(items):
        if not isinstance(item, Mapping):
            continue
        problem = _variant_problem(item, key, variants)
        if problem:
            raise BlnkValidationError(f"{operation}: {field}[{index}]: {problem}; got {dict(item)!r}", fields=(field,))


def _variant_problem(item: Mapping[str, object], key: str, variants: Sequence[Mapping[str, Any]]) -> str | None:
    chosen = item.get(key)
    variant = next((v for v in variants if chosen in v["values"]), None)
    if variant is None:
        known = ", ".join(repr(value) for v in variants for value in v["values"])
        return f"{key} {chosen!r} is not one of {known}"
    named = f"{key} {chosen!r}"
    missing = [k for k in variant["required"] if k not in item]
    extra = [k for k in item if k not in variant["allowed"]]
    if missing and extra:
        return f"{named} takes {' and '.join(missing)}, not {' and '.join(extra)}"
    if missing:
        return f"{named} needs {' and '.join(missing)}"
    if extra:
        return f"{named} takes no {' and '.join(extra)}"
    for name, counts in variant["counts"].items():
        given = item.get(name)
        if not isinstance(given, list | tuple):
            continue
        low, high = counts.get("minItems"), counts.get("maxItems")
        if low is not None and low == high and len(given) != low:
            return f"{named} takes exactly {low} {name}, got {len(given)}"
        if low is not None and len(given) < low:
            return f"{named} takes at least {low} {name}, got {len(given)}"
        if high is not None and len(given) > high:
            return f"{named} takes at most {high} {name}, got {len(given)}"
    return None


def _violation(value: object, rules: Mapping[str, object]) -> str | None:
    expected = rules.get("type")
    if isinstance(expected, str) and expected in JSON_TYPES:
        allowed = JSON_TYPES[expected]
        if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
            article = "an" if expected[0] in "aeiou" else "a"
            if isinstance(value, Decimal):  # taken only where the request carries a precision (x-blnk-decimal)
                return (
                    f"must be {article} {expected}: a Decimal is sent exactly only as a transaction amount with "
                    "its precision (blnk_client.money.to_minor_units converts one for a precise_amount)"
                )
            return f"must be {article} {expected}"
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number"
    if isinstance(value, str) and rules.get("format") == "date-time" and not RFC3339_ZONE.search(value):
        return "needs a timezone (the server reads RFC 3339 times); use an aware datetime"
    if isinstance(value, str):
        min_length, max_length, pattern = rules.get("minLength"), rules.get("maxLength"), rules.get("pattern")
        if isinstance(min_length, int) and len(value) < min_length:
            return "must not be empty" if min_length == 1 else f"must have at least {min_length} characters"
        if isinstance(max_length, int) and len(value) > max_length:
            return f"must have at most {max_length} characters"
        if isinstance(pattern, str) and not re.search(pattern, value):
            return f"must match {pattern}"
    elif isinstance(value, list | tuple):
        min_items, max_items = rules.get("minItems"), rules.get("maxItems")
        if isinstance(min_items, int) and len(value) < min_items:
            return f"needs at least {min_items} item{'s' if min_items != 1 else ''}"
        if isinstance(max_items, int) and len(value) > max_items:
            return f"takes at most {max_items} items"
    elif isinstance(value, int | float) and not isinstance(value, bool):
        minimum, maximum = rules.get("minimum"), rules.get("maximum")
        if isinstance(minimum, int) and value < minimum:
            return f"must be >= {minimum}"
        if isinstance(maximum, int) and value > maximum:
            return f"must be <= {maximum}"
    return None


def check_exactly_one_of(operation: str, body: Mapping[str, object], groups: tuple[tuple[str, ...], ...]) -> None:
    """Each group names alternatives of which the request must carry exactly one (e.g. amount or precise_amount)."""
    for group in groups:
        given = [field for field in group if body.get(field) not in (None, "", [])]
        if len(given) != 1:
            choices = " or ".join(group)
            found = f"got {', '.join(given)}" if given else "got none"
            raise BlnkValidationError(f"{operation}: give exactly one of {choices}; {found}", fields=group)
