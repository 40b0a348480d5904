"""Verify the webhooks Blnk posts and read them as events.

Blnk signs each delivery with the workers' `server.secret_key`: `X-Blnk-Signature` is the hex
HMAC-SHA256 of `"<X-Blnk-Timestamp>.<raw body>"`. Verify against the raw bytes you received,
before parsing, and refuse timestamps outside the tolerance window so a captured delivery cannot
be replayed later (as Stripe does).

Amounts: the server's webhook queue decodes every event into Go `interface{}` values before it
posts it, so every JSON number in `data` has been through a float64. Integers beyond 2**53 arrive
rounded (12345678901234567891 arrives as 12345678901234567000), and from 1e21 on in exponent form,
which JSON reads as a float (10**25 arrives as 1e+25). `construct_event` restores a
transaction's `precise_amount` exactly from `amount_string` (which the server sends when it
converted from `precise_amount`) or else from `amount` and `precision` (the float64s the server
itself multiplied). Any other integer beyond 2**53 (balance amounts, monitor thresholds) cannot be
restored: such an event raises InexactWebhookEvent, so read the record from the API instead.
Numbers inside `meta_data` are rounded the same way by the API itself and are passed through.
"""

from __future__ import annotations

import decimal
import hashlib
import hmac
import json
import time
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Final, cast, get_args, get_type_hints

from ._exceptions import InexactWebhookEvent, UnknownWebhookEvent, WebhookVerificationError
from .events import WebhookEvent
from .types import JSONValue

__all__ = [
    "DEFAULT_TOLERANCE",
    "EXACT_FLOAT_INTEGERS",
    "InexactWebhookEvent",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "WebhookVerificationError",
    "construct_event",
    "verify_signature",
]

SIGNATURE_HEADER: Final = "X-Blnk-Signature"
TIMESTAMP_HEADER: Final = "X-Blnk-Timestamp"
DEFAULT_TOLERANCE: Final = 300.0
EXACT_FLOAT_INTEGERS: Final = 2**53  # a float64 holds every integer up to this magnitude exactly
# float64 on the server already (a whole one is written without a fraction), so nothing was lost on the way;
# meta_data is the caller's own, rounded by the API itself
NOT_ROUNDED_ON_THE_WAY: Final = frozenset({"amount", "precision", "overdraft_limit", "rate", "meta_data"})


@cache
def known_events() -> frozenset[str]:
    return frozenset(name for variant in get_args(WebhookEvent) for name in get_args(get_type_hints(variant)["event"]))


def verify_signature(
    payload: bytes | str,
    *,
    signature: str | None,
    timestamp: str | None,
    secret: str,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise WebhookVerificationError unless `signature` signs `timestamp.payload` and is fresh."""
    if not secret:
        raise WebhookVerificationError("no signing secret given")
    if not signature or not timestamp:
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} or {TIMESTAMP_HEADER} header")
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise WebhookVerificationError(f"{TIMESTAMP_HEADER} is not a Unix timestamp") from None
    body = payload.encode() if isinstance(payload, str) else payload
    expected = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature.strip().lower()):
        raise WebhookVerificationError("signature does not match the payload")
    age = (time.time() if now is None else now) - sent_at
    if abs(age) > tolerance:
        raise WebhookVerificationError(f"timestamp is {age:.0f} s from now, outside the {tolerance:.0f} s tolerance")


def construct_event(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Verify a delivery and return its typed event; branch on `event["event"]`.

    Raises WebhookVerificationError for a bad, stale or unsigned delivery and UnknownWebhookEvent
    for a verified event this client version does not describe.
    """
    lowered = {key.lower(): value for key, value in headers.items()}
    verify_signature(
        payload,
        signature=lowered.get(SIGNATURE_HEADER.lower()),
        timestamp=lowered.get(TIMESTAMP_HEADER.lower()),
        secret=secret,
        tolerance=tolerance,
        now=now,
    )
    try:
        document = json.loads(payload)
    except ValueError:
        raise WebhookVerificationError("the payload is not JSON") from None
    if not isinstance(document, dict) or not isinstance(document.get("event"), str) or "data" not in document:
        raise WebhookVerificationError('the payload is not a Blnk event ({"event": ..., "data": ...})')
    if document["event"] not in known_events():
        raise UnknownWebhookEvent(document["event"], document["data"])
    restored = ""
    if document["event"].startswith("transaction.") and isinstance(document["data"], dict):
        restored = _restore_precise_amount(document["data"])
    rounded = tuple(where for where in _inexact_integers(document["data"], "data") if where != restored)
    if rounded:
        raise InexactWebhookEvent(document["event"], rounded, document["data"])
    return cast(WebhookEvent, document)


def _restore_precise_amount(transaction: dict[str, JSONValue]) -> str:
    """Replace a rounded `precise_amount` by the exact one; the field's path when it did."""
    sent = transaction.get("precise_amount")
    if not _beyond_float64(sent):
        return ""
    assert isinstance(sent, int | float)
    exact = _exact_precise_amount(transaction)
    if exact is None or float(exact) != float(sent):  # not the value the server rounded
        return ""
    transaction["precise_amount"] = exact
    return "data.precise_amount"


def _exact_precise_amount(transaction: Mapping[str, JSONValue]) -> int | None:
    """The transaction's minor units as the server stored them, from the fields a float64 keeps exact."""
    precision, text, amount = transaction.get("precision"), transaction.get("amount_string"), transaction.get("amount")
    if not isinstance(precision, int | float) or isinstance(precision, bool):
        return None
    scale = decimal.Decimal(repr(precision)) or decimal.Decimal(1)  # the server reads precision 0 as 1
    try:
        if isinstance(text, str):
            units = decimal.Decimal(text) * scale
        elif isinstance(amount, int | float) and not isinstance(amount, bool):
            units = (decimal.Decimal(repr(amount)) * scale).quantize(decimal.Decimal(1), decimal.ROUND_HALF_UP)
        else:
            return None
    except decimal.InvalidOperation:
        return None
    return int(units) if units == units.to_integral_value() else None


def _beyond_float64(value: JSONValue) -> bool:
    """A whole number a float64 may have rounded: beyond 2**53, written as an integer or, from 1e21
    on, in exponent form (Go writes such a float64 as 1e+25, which JSON reads as a float)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return abs(value) > EXACT_FLOAT_INTEGERS and (isinstance(value, int) or value.is_integer())


def _inexact_integers(value: JSONValue, where: str) -> Iterator[str]:
    if _beyond_float64(value):
        yield where
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_ROUNDED_ON_THE_WAY:
                yield from _inexact_integers(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _inexact_integers(item, f"{where}[{index}]")
