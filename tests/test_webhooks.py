"""Webhook verification against deliveries a real Blnk server posted while recording.

The recording workers process ran with `server.secret_key = RECORDING_SIGNING_SECRET`, so the
signatures in tests/fixtures/webhooks are the server's own. The API server used a different
master key, which is recorded nowhere: this secret only ever signed webhooks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from blnk_client.webhooks import (
    UnknownWebhookEvent,
    WebhookVerificationError,
    construct_event,
    known_events,
    verify_signature,
)

RECORDING_SIGNING_SECRET = "blnk-client-recording-webhook-secret"
FIXTURES = sorted((Path(__file__).parent / "fixtures" / "webhooks").glob("*.json"))


def _load(path: Path) -> tuple[str, dict[str, str], float]:
    delivery: dict[str, Any] = json.loads(path.read_text())
    headers: dict[str, str] = delivery["headers"]
    return delivery["body"], headers, float(headers["X-Blnk-Timestamp"])


def test_there_are_recorded_deliveries() -> None:
    names = {p.stem for p in FIXTURES}
    assert {"ledger.created", "balance.created", "identity.created", "transaction.applied"} <= names


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_recorded_delivery_verifies_and_parses(path: Path) -> None:
    body, headers, sent_at = _load(path)
    event = construct_event(body, headers, RECORDING_SIGNING_SECRET, now=sent_at + 2)
    assert event["event"] == path.stem
    assert isinstance(event["data"], dict)


@pytest.mark.parametrize("path", FIXTURES[:1], ids=lambda p: p.stem)
def test_tampering_staleness_and_wrong_secrets_are_refused(path: Path) -> None:
    body, headers, sent_at = _load(path)
    signature, timestamp = headers["X-Blnk-Signature"], headers["X-Blnk-Timestamp"]
    cases: list[tuple[dict[str, Any], str]] = [
        ({"payload": body.replace('"', "'", 1)}, "does not match"),
        ({"secret": "another-secret"}, "does not match"),
        ({"timestamp": str(int(timestamp) + 1)}, "does not match"),
        ({"now": sent_at + 301}, "outside the 300 s tolerance"),
        ({"now": sent_at - 301}, "outside the 300 s tolerance"),
        ({"signature": None}, "missing"),
        ({"timestamp": "soon"}, "not a Unix timestamp"),
        ({"secret": ""}, "no signing secret"),
    ]
    for change, message in cases:
        arguments: dict[str, Any] = {
            "payload": body,
            "signature": signature,
            "timestamp": timestamp,
            "secret": RECORDING_SIGNING_SECRET,
            "now": sent_at,
            **change,
        }
        with pytest.raises(WebhookVerificationError, match=message):
            verify_signature(**arguments)
    verify_signature(
        body.encode(),
        signature=signature.upper(),
        timestamp=timestamp,
        secret=RECORDING_SIGNING_SECRET,
        now=sent_at + 299,
    )


def test_headers_are_matched_case_insensitively() -> None:
    body, headers, sent_at = _load(FIXTURES[0])
    lowered = {k.lower(): v for k, v in headers.items()}
    assert construct_event(body, lowered, RECORDING_SIGNING_SECRET, now=sent_at)["event"] == FIXTURES[0].stem


def test_every_recorded_event_is_known_and_unknown_ones_are_reported() -> None:
    assert {p.stem for p in FIXTURES} <= known_events()
    body, headers, sent_at = _load(FIXTURES[0])
    import hashlib
    import hmac

    newer = json.dumps({"event": "ledger.archived", "data": {"ledger_id": "ldg_1"}})
    timestamp = headers["X-Blnk-Timestamp"]
    signature = hmac.new(RECORDING_SIGNING_SECRET.encode(), f"{timestamp}.{newer}".encode(), hashlib.sha256).hexdigest()
    with pytest.raises(UnknownWebhookEvent) as raised:
        construct_event(
            newer, {"X-Blnk-Signature": signature, "X-Blnk-Timestamp": timestamp}, RECORDING_SIGNING_SECRET, now=sent_at
        )
    assert (raised.value.event, raised.value.data) == ("ledger.archived", {"ledger_id": "ldg_1"})
