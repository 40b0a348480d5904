# Generated: copied from overlays/runtime/_parsing.py; edit that file.
"""Helpers the generated models call while parsing answers; parsing long lists is bound by them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar

import httpx

_E = TypeVar("_E", bound=Enum)
_T = TypeVar("_T")

# Any attribute read on an Enum class (even `_value2member_map_`) and Enum.__call__ are slow next to a
# dict lookup, so each class's members are looked up here, keyed by the class.
_members_by_class: dict[type[Enum], Mapping[Any, Any]] = {}


def enum_member(enum: type[_E], value: object) -> _E:
    """The member of `enum` named by `value`; anything else goes through the enum's own `_missing_`."""
    members = _members_by_class.get(enum)
    if members is None:
        members = _members_by_class[enum] = dict(enum._value2member_map_)
    try:
        member: _E = members[value]
    except (KeyError, TypeError):
        return enum(value)
    return member


# msgspec decodes twice as fast as json.loads, but importing it costs ~6 ms: a process that only
# ever reads short answers (a cold start's first call) never pays for it.
LONG_BODY = 64 * 1024


def read_json(response: httpx.Response) -> Any:
    """The JSON body of an answer. Any malformed body raises ValueError, whichever decoder read it."""
    content = response.content
    if len(content) < LONG_BODY:
        return response.json()
    import msgspec

    try:
        return msgspec.json.decode(content)
    except msgspec.DecodeError as exc:  # a ValueError only in recent msgspec releases (not in 0.18)
        raise ValueError(f"the body is not JSON: {exc}") from exc


# Go's zero time stands for "unset" in three or more timestamps of every transaction and balance row.
_GO_ZERO_TIME_TEXT = "0001-01-01T00:00:00Z"
_GO_ZERO_TIME = datetime(1, 1, 1, tzinfo=UTC)
_fromisoformat = datetime.fromisoformat


def parse_datetime(value: str) -> datetime:
    """An RFC 3339 timestamp as the server writes it (any fraction digits, `Z` or an offset)."""
    if value == _GO_ZERO_TIME_TEXT:
        return _GO_ZERO_TIME
    return _fromisoformat(value)


def or_zero(value: _T | None, zero: _T) -> _T:
    """`zero` where the server wrote the empty value as null (a nil Go slice) or left it out (omitempty)."""
    return zero if value is None else value
