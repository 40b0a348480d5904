"""Verify the webhooks Blnk posts and read them as events.

Blnk signs each delivery with the workers' `server.secret_key`: `X-Blnk-Signature` is the hex
HMAC-SHA256 of `"<X-Blnk-Timestamp>.<raw body>"`. Verify against the raw bytes you received,
before parsing, and refuse timestamps outside the tolerance window so a captured delivery cannot
be replayed later (as Stripe does).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from functools import cache
from typing import Final, cast, get_args, get_type_hints

from ._exceptions import BlnkError
from ._types import JSONValue
from .events import WebhookEvent

__all__ = [
    "DEFAULT_TOLERANCE",
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


class WebhookVerificationError(BlnkError):
    """The delivery is unsigned, wrongly signed, stale, or not a Blnk event."""


class UnknownWebhookEvent(BlnkError):
    """A correctly signed event this client does not know yet (a newer server): acknowledge it.

    It is an error rather than a loosely typed event so that `construct_event` can promise the
    exact shape of every event it returns.
    """

    def __init__(self, event: str, data: JSONValue) -> None:
        super().__init__(f"verified webhook with an event this client does not know: {event!r}")
        self.event = event
        self.data = data


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
    return cast(WebhookEvent, document)
