"""Webhook verification against deliveries a real Blnk server posted while recording.

The recording workers process ran with `server.secret_key = RECORDING_SIGNING_SECRET`, so the
signatures in tests/fixtures/webhooks are the server's own. The API server used a different
master key, which is recorded nowhere: this secret only ever signed webhooks.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import pickle
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from blnk_client import Blnk
from blnk_client.models import CreateMonitorCondition, MonitorField, MonitorOperator
from blnk_client.webhooks import (
    EXACT_FLOAT_INTEGERS,
    InexactWebhookEvent,
    UnknownWebhookEvent,
    WebhookVerificationError,
    construct_event,
    known_events,
    verify_signature,
)
from tests.support.cassettes import Cassette
from tests.support.webhook_receiver import LARGE_AMOUNT

RECORDING_SIGNING_SECRET = "blnk-client-recording-webhook-secret"
FIXTURES = sorted((Path(__file__).parent / "fixtures" / "webhooks").glob("*.json"))
SERVER_EVENTS = Path(__file__).parent / "server_webhook_events.txt"
LARGE = 12345678901234567891  # beyond 2**53: a float64 cannot hold it


def _event_name(path: Path) -> str:
    return path.stem.removesuffix(LARGE_AMOUNT)


def _signed(document: object, timestamp: str) -> tuple[str, dict[str, str]]:
    body = json.dumps(document)
    signature = hmac.new(RECORDING_SIGNING_SECRET.encode(), f"{timestamp}.{body}".encode(), hashlib.sha256).hexdigest()
    return body, {"X-Blnk-Signature": signature, "X-Blnk-Timestamp": timestamp}


def _load(path: Path) -> tuple[str, dict[str, str], float]:
    delivery: dict[str, Any] = json.loads(path.read_text())
    headers: dict[str, str] = delivery["headers"]
    return delivery["body"], headers, float(headers["X-Blnk-Timestamp"])


def test_there_are_recorded_deliveries() -> None:
    names = {p.stem for p in FIXTURES}
    assert {"ledger.created", "balance.created", "balance.monitor", "identity.created", "transaction.applied"} <= names
    assert f"transaction.applied{LARGE_AMOUNT}" in names


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_recorded_delivery_verifies_and_parses(path: Path) -> None:
    body, headers, sent_at = _load(path)
    event = construct_event(body, headers, RECORDING_SIGNING_SECRET, now=sent_at + 2)
    assert event["event"] == _event_name(path)
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
    assert construct_event(body, lowered, RECORDING_SIGNING_SECRET, now=sent_at)["event"] == _event_name(FIXTURES[0])


def test_every_recorded_event_is_known_and_unknown_ones_are_reported() -> None:
    assert {_event_name(p) for p in FIXTURES} <= known_events()
    body, headers, sent_at = _load(FIXTURES[0])
    newer = json.dumps({"event": "ledger.archived", "data": {"ledger_id": "ldg_1"}})
    timestamp = headers["X-Blnk-Timestamp"]
    signature = hmac.new(RECORDING_SIGNING_SECRET.encode(), f"{timestamp}.{newer}".encode(), hashlib.sha256).hexdigest()
    with pytest.raises(UnknownWebhookEvent) as raised:
        construct_event(
            newer, {"X-Blnk-Signature": signature, "X-Blnk-Timestamp": timestamp}, RECORDING_SIGNING_SECRET, now=sent_at
        )
    assert (raised.value.event, raised.value.data) == ("ledger.archived", {"ledger_id": "ldg_1"})


def test_every_event_the_server_sends_has_a_type() -> None:
    lines = SERVER_EVENTS.read_text().splitlines()
    server_events = {line for line in lines if line and not line.startswith("#")}
    assert known_events() == server_events


def test_a_rounded_precise_amount_is_restored_exactly_from_amount_string() -> None:
    """The recorded delivery of a 12345678901234567891 posting: the server sent it rounded."""
    (path,) = [p for p in FIXTURES if json.loads(_load(p)[0])["data"].get("amount_string") == "123456789012345678.91"]
    body, headers, sent_at = _load(path)
    sent = json.loads(body)["data"]
    assert sent["precise_amount"] != LARGE and float(sent["precise_amount"]) == float(LARGE)
    event = construct_event(body, headers, RECORDING_SIGNING_SECRET, now=sent_at)
    assert event["event"] == "transaction.applied"
    assert event["data"]["precise_amount"] == LARGE == int(Decimal(sent["amount_string"]) * 100)


@pytest.mark.parametrize(
    ("data", "exact"),
    [
        ({"precision": 100, "precise_amount": 2**60}, None),
        ({"amount_string": "5", "precision": 1, "precise_amount": 2**60}, None),
        ({"amount": 123456789012345.67, "precision": 1000, "precise_amount": 123456789012345670}, 123456789012345670),
        ({"amount": 0.0, "precision": 1, "precise_amount": 2**60, "amount_string": str(2**60)}, 2**60),
        ({"amount": 1.0, "precision": 100, "precise_amount": 100}, 100),
        ({"amount": 1e25, "amount_string": str(10**25), "precision": 1, "precise_amount": 1e25}, 10**25),
        ({"amount": 1e25, "precision": 1, "precise_amount": 1e25}, 10**25),
    ],
)
def test_transaction_amounts_are_restored_or_refused(data: dict[str, Any], exact: int | None) -> None:
    timestamp = "1700000000"
    body, headers = _signed({"event": "transaction.applied", "data": data}, timestamp)
    if exact is None:
        with pytest.raises(InexactWebhookEvent) as raised:
            construct_event(body, headers, RECORDING_SIGNING_SECRET, now=1700000000)
        assert raised.value.fields == ("data.precise_amount",)
    else:
        event = construct_event(body, headers, RECORDING_SIGNING_SECRET, now=1700000000)
        assert event["data"]["precise_amount"] == exact


def test_a_recorded_amount_in_exponent_form_becomes_the_exact_integer() -> None:
    """A real delivery of 10**25 minor units: Go wrote the float64 as 1e+25, which JSON reads as a float."""
    (path,) = [p for p in FIXTURES if json.loads(_load(p)[0])["data"].get("precise_amount") == 1e25]
    body, headers, sent_at = _load(path)
    assert isinstance(json.loads(body)["data"]["precise_amount"], float)
    event = construct_event(body, headers, RECORDING_SIGNING_SECRET, now=sent_at)
    assert event["data"].get("precise_amount") == 10**25 and isinstance(event["data"].get("precise_amount"), int)


def test_other_integers_beyond_float64_are_refused_as_inexact() -> None:
    data = {
        "balance_id": "bln_1",
        "balance": EXACT_FLOAT_INTEGERS + 2,
        "credit_balance": 1e25,
        "meta_data": {"n": 2**60},
    }
    body, headers = _signed({"event": "balance.created", "data": data}, "1700000000")
    with pytest.raises(InexactWebhookEvent) as raised:
        construct_event(body, headers, RECORDING_SIGNING_SECRET, now=1700000000)
    assert raised.value.fields == (
        "data.balance",
        "data.credit_balance",
    )  # meta_data numbers are the caller's own, passed through
    assert pickle.loads(pickle.dumps(raised.value)).fields == ("data.balance", "data.credit_balance")


@pytest.mark.cassette("test_webhook_sources_a_monitor_and_an_amount_beyond_float64")
def test_webhook_sources_a_monitor_and_an_amount_beyond_float64(blnk: Blnk, cassette: Cassette) -> None:
    """Traffic whose deliveries the record session keeps: balance.monitor and a rounded amount."""
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "webhooks-"))
    wallet = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD")
    condition = CreateMonitorCondition(field=MonitorField.BALANCE, operator=MonitorOperator.GT, value=1, precision=100)
    blnk.balance_monitors.create(balance_id=wallet.balance_id, condition=condition)
    posted = blnk.transactions.create(
        reference=cassette.value("reference", "large-"),
        currency="USD",
        description="beyond float64",
        precise_amount=LARGE,
        precision=100,
        source="@World",
        destination=wallet.balance_id,
        allow_overdraft=True,
        skip_queue=True,
    )
    assert posted.precise_amount == LARGE
    assert blnk.balances.get(wallet.balance_id).balance == LARGE
