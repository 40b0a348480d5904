"""The bad-input table: every row is refused with a clear, typed error before any byte is sent."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from blnk_client import Blnk, BlnkValidationError
from blnk_client.models import FilterCondition, FilterOperator
from tests.support.spy import SpyTransport

Call = Callable[[Blnk], object]
POSTING: dict[str, Any] = {
    "reference": "ref-1",
    "currency": "USD",
    "description": "d",
    "precise_amount": 100,
    "source": "@World",
    "destination": "bln_1",
    "allow_overdraft": True,
}


def _without(posting: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in posting.items() if k not in keys}


DECIMAL_POSTING: dict[str, Any] = {**_without(POSTING, "precise_amount"), "precision": 100}
ROWS: list[tuple[str, Call, str]] = [
    (
        "Decimal finer than the precision",
        lambda c: c.transactions.create(**DECIMAL_POSTING, amount=Decimal("10.055")),
        "transactions.create: amount 10.055 has more decimal places than precision 100 allows",
    ),
    (
        "Decimal finer than the precision, dry run",
        lambda c: c.transactions.create(**DECIMAL_POSTING, amount=Decimal("0.001"), dry_run=True),
        "amount 0.001 has more decimal places than precision 100 allows",
    ),
    (
        "Decimal without a precision",
        lambda c: c.transactions.create(**_without(DECIMAL_POSTING, "precision"), amount=Decimal("10.05")),
        "transactions.create: amount Decimal('10.05') is sent exactly as precise_amount, which needs precision",
    ),
    (
        "Decimal with precision 0",
        lambda c: c.transactions.create(**{**DECIMAL_POSTING, "precision": 0}, amount=Decimal("1")),
        "precision must be a positive whole number to send a Decimal amount, got 0",
    ),
    (
        "Decimal with a fractional precision",
        lambda c: c.transactions.create(**{**DECIMAL_POSTING, "precision": 100.5}, amount=Decimal("1")),
        "precision must be a positive whole number to send a Decimal amount, got 100.5",
    ),
    (
        "Decimal NaN",
        lambda c: c.transactions.create(**DECIMAL_POSTING, amount=Decimal("NaN")),
        "amount NaN is not finite",
    ),
    (
        "Decimal infinity",
        lambda c: c.transactions.create(**DECIMAL_POSTING, amount=Decimal("-Infinity")),
        "amount -Infinity is not finite",
    ),
    (
        "negative Decimal",
        lambda c: c.transactions.create(**DECIMAL_POSTING, amount=Decimal("-1.50")),
        "transactions.create: amount must be >= 0, got Decimal('-1.50')",
    ),
    (
        "Decimal amount and precise_amount",
        lambda c: c.transactions.create(**DECIMAL_POSTING, amount=Decimal("1"), precise_amount=100),
        "transactions.create: give exactly one of amount or precise_amount; got amount, precise_amount",
    ),
    (
        "bulk item Decimal finer than its precision",
        lambda c: c.transactions.create_bulk(
            transactions=[{**DECIMAL_POSTING, "amount": Decimal("1")}, {**DECIMAL_POSTING, "amount": Decimal("1.001")}]  # type: ignore[list-item]
        ),
        "transactions.create_bulk: transactions[1].amount 1.001 has more decimal places than precision 100 allows",
    ),
    (
        "bulk item Decimal without a precision",
        lambda c: c.transactions.create_bulk(
            transactions=[{**_without(POSTING, "precise_amount"), "amount": Decimal("1")}]  # type: ignore[list-item]
        ),
        "transactions[0].amount Decimal('1') is sent exactly as transactions[0].precise_amount, "
        "which needs transactions[0].precision",
    ),
    (
        "bulk item with a Decimal amount and precise_amount",
        lambda c: c.transactions.create_bulk(transactions=[{**POSTING, "precision": 100, "amount": Decimal("1")}]),  # type: ignore[list-item]
        "give exactly one of transactions[0].amount or transactions[0].precise_amount",
    ),
    (
        "Decimal commit amount (the request carries no precision)",
        lambda c: c.transactions.update_inflight("txn_1", status="commit", amount=Decimal("1.5")),  # type: ignore[call-overload]
        "transactions.update_inflight: amount must be a number: a Decimal is sent exactly only as a transaction amount",
    ),
    (
        "Decimal in a bulk commit item",
        lambda c: c.transactions.bulk_commit(transactions=[{"transaction_id": "t", "amount": Decimal("1")}]),  # type: ignore[list-item]
        "POST /transactions/inflight/bulk/commit: the request body cannot be sent as JSON",
    ),
    (
        "Decimal distribution",
        lambda c: c.transactions.create(
            **_without(POSTING, "destination"),
            destinations=[{"identifier": "bln_1", "distribution": Decimal("1")}],  # type: ignore[list-item]
        ),
        "POST /transactions: the request body cannot be sent as JSON (Object of type Decimal is not JSON serializable)",
    ),
    (
        "Decimal overdraft limit",
        lambda c: c.transactions.create(**POSTING, overdraft_limit=Decimal("5")),  # type: ignore[call-overload]
        "transactions.create: overdraft_limit must be a number: a Decimal",
    ),
    (
        "float amount NaN",
        lambda c: c.transactions.create(**{**DECIMAL_POSTING, "amount": float("nan")}),
        "transactions.create: amount must be a finite number",
    ),
    (
        "negative float amount",
        lambda c: c.transactions.create(**{**DECIMAL_POSTING, "amount": -0.5}),
        "transactions.create: amount must be >= 0, got -0.5",
    ),
    (
        "wrong type: amount as text",
        lambda c: c.transactions.create(**{**POSTING, "precise_amount": "100"}),
        "precise_amount must be an integer",
    ),
    (
        "wrong type: flag as text",
        lambda c: c.transactions.create(**{**POSTING, "skip_queue": "yes"}),
        "skip_queue must be a boolean",
    ),
    ("wrong type: name as number", lambda c: c.ledgers.create(name=7), "name must be a string"),  # type: ignore[arg-type]
    (
        "negative minor units",
        lambda c: c.transactions.create(**{**POSTING, "precise_amount": -5}),
        "precise_amount must be >= 0",
    ),
    (
        "fractional minor units",
        lambda c: c.transactions.create(**{**POSTING, "precise_amount": 10.5}),
        "precise_amount must be an integer",
    ),
    ("empty reference", lambda c: c.transactions.create(**{**POSTING, "reference": ""}), "reference must not be empty"),
    (
        "empty description",
        lambda c: c.transactions.create(**{**POSTING, "description": ""}),
        "description must not be empty",
    ),
    (
        "amount and precise_amount",
        lambda c: c.transactions.create(**{**POSTING, "amount": 1.0}),
        "exactly one of amount or precise_amount",
    ),
    (
        "neither source",
        lambda c: c.transactions.create(**{k: v for k, v in POSTING.items() if k != "source"}),
        "exactly one of source or sources",
    ),
    (
        "lineage without identity",
        lambda c: c.balances.create(ledger_id="ldg_1", currency="USD", track_fund_lineage=True),  # type: ignore[call-overload]
        "identity_id is required when track_fund_lineage=true",
    ),
    (
        "unknown enum string",
        lambda c: c.transactions.update_inflight("txn_1", status="settle"),
        "status: 'settle' is not one of 'commit', 'void'",
    ),  # type: ignore[arg-type]
    (
        "unknown enum inside a dict argument",
        lambda c: c.ledgers.filter(filters=[{"field": "name", "operator": "equals", "value": "x"}]),  # type: ignore[list-item]
        "ledgers.filter: invalid argument",
    ),
    (
        "in filter with value",
        lambda c: c.ledgers.filter(filters=[{"field": "name", "operator": "in", "value": "x"}]),  # type: ignore[list-item]
        "ledgers.filter: filters[0]: operator 'in' takes values, not value",
    ),
    (
        "in filter with value, second condition, dict built elsewhere",
        lambda c: c.balances.filter_all(
            filters=[
                {"field": "currency", "operator": "eq", "value": "USD"},
                dict(field="status", operator="in", value=["a", "b"]),  # type: ignore[list-item]
            ]
        ).__next__(),
        "balances.filter: filters[1]: operator 'in' takes values, not value",
    ),
    (
        "in filter with no values",
        lambda c: c.ledgers.filter(filters=[{"field": "name", "operator": "in", "values": []}]),
        "filters[0]: operator 'in' takes at least 1 values, got 0",
    ),
    (
        "in filter with 101 values",
        lambda c: c.ledgers.filter(filters=[{"field": "name", "operator": "in", "values": ["x"] * 101}]),
        "filters[0]: operator 'in' takes at most 100 values, got 101",
    ),
    (
        "between filter with one value",
        lambda c: c.ledgers.filter(filters=[{"field": "created_at", "operator": "between", "values": ["2024-01-01"]}]),
        "ledgers.filter: filters[0]: operator 'between' takes exactly 2 values, got 1",
    ),
    (
        "between filter with value",
        lambda c: c.ledgers.filter(filters=[{"field": "created_at", "operator": "between", "value": "2024-01-01"}]),  # type: ignore[list-item]
        "filters[0]: operator 'between' takes values, not value",
    ),
    (
        "isnull filter with a value",
        lambda c: c.ledgers.filter(filters=[{"field": "name", "operator": "isnull", "value": "x"}]),  # type: ignore[list-item]
        "ledgers.filter: filters[0]: operator 'isnull' takes no value",
    ),
    (
        "eq filter with values",
        lambda c: c.ledgers.filter(filters=[{"field": "name", "operator": "eq", "values": ["x"]}]),  # type: ignore[list-item]
        "ledgers.filter: filters[0]: operator 'eq' takes value, not values",
    ),
    (
        "eq filter without an operand",
        lambda c: c.ledgers.filter(filters=[{"field": "name", "operator": "eq"}]),  # type: ignore[list-item]
        "ledgers.filter: filters[0]: operator 'eq' needs value",
    ),
    (
        "filter model with the wrong key",
        lambda c: c.ledgers.filter(filters=[FilterCondition("name", FilterOperator.IN, value="x")]),
        "ledgers.filter: filters[0]: operator 'in' takes values, not value",
    ),
    (
        "unknown filter operator",
        lambda c: c.ledgers.filter(filters=[{"field": "name", "operator": "nin", "values": ["x"]}]),  # type: ignore[list-item]
        "ledgers.filter: invalid argument: 'nin'",
    ),
    (
        "oversized bulk batch",
        lambda c: c.transactions.create_bulk(transactions=[POSTING] * 10_001),
        "transactions takes at most 10000 items",
    ),
    ("empty bulk batch", lambda c: c.transactions.create_bulk(transactions=[]), "transactions needs at least 1 item"),
    (
        "oversized bulk commit",
        lambda c: c.transactions.bulk_commit(transactions=[{"transaction_id": "t"}] * 101),
        "takes at most 100 items",
    ),
    ("id with a slash", lambda c: c.transactions.get("txn_1/../../ledgers"), "would change the request path"),
    ("id that is ..", lambda c: c.balances.get(".."), "would change the request path"),
    ("empty id", lambda c: c.ledgers.get(""), "must be a non-empty string"),
    ("id that is .", lambda c: c.ledgers.get("."), "ledger_id: '.' would change the request path"),
    (
        "id that climbs",
        lambda c: c.ledgers.get("../balances"),
        "ledger_id: '../balances' would change the request path",
    ),
    ("empty name", lambda c: c.ledgers.create(name=""), "ledgers.create: name must not be empty"),
    ("empty name on update", lambda c: c.ledgers.update("ldg_1", name=""), "ledgers.update: name must not be empty"),
    (
        "empty ledger id in a body",
        lambda c: c.balances.create(ledger_id="", currency="USD"),
        "balances.create: ledger_id must not be empty",
    ),
    ("limit below range", lambda c: c.ledgers.list(limit=0), "ledgers.list: limit must be >= 1"),
    ("limit just above range", lambda c: c.ledgers.list(limit=101), "ledgers.list: limit must be <= 100"),
    ("limit out of range", lambda c: c.ledgers.list(limit=1000), "limit must be <= 100"),
    ("negative offset", lambda c: c.ledgers.list(offset=-1), "ledgers.list: offset must be >= 0"),
    ("filter limit out of range", lambda c: c.balances.filter(limit=500), "balances.filter: limit must be <= 100"),
    (
        "indicator without @",
        lambda c: c.balances.create(ledger_id="general_ledger_id", currency="USD", indicator="fees"),
        "indicator must match",
    ),
    (
        "indicator with a space",
        lambda c: c.balances.create(ledger_id="general_ledger_id", currency="USD", indicator="@two words"),
        "indicator must match",
    ),
    (
        "naive datetime",
        lambda c: c.transactions.create(**POSTING, scheduled_for=datetime.datetime(2030, 1, 1)),
        "scheduled_for needs a timezone",
    ),
    (
        "text for a datetime",
        lambda c: c.transactions.create(**POSTING, inflight_expiry_date="tomorrow"),  # type: ignore[arg-type]
        "inflight_expiry_date must be a datetime, got 'tomorrow'",
    ),
    (
        "naive datetime in a query",
        lambda c: c.balances.get_at("bln_1", timestamp=datetime.datetime(2030, 1, 1)),
        "timestamp needs a timezone",
    ),
]


@pytest.fixture
def spy() -> Iterator[tuple[Blnk, SpyTransport]]:
    transport = SpyTransport()
    with Blnk(
        base_url="http://127.0.0.1:1", api_key="k", max_retries=0, http_client=httpx.Client(transport=transport)
    ) as client:
        yield client, transport


@pytest.mark.parametrize(("case", "call", "message"), ROWS, ids=[row[0] for row in ROWS])
def test_bad_input_is_refused_before_sending(
    spy: tuple[Blnk, SpyTransport], case: str, call: Call, message: str
) -> None:
    client, transport = spy
    with pytest.raises(BlnkValidationError, match=re.escape(message)):
        call(client)
    assert transport.requests == [], f"{case}: a request left"


def test_a_timezone_aware_date_is_sent() -> None:
    transport = SpyTransport()
    with Blnk(
        base_url="http://127.0.0.1:1", api_key="k", max_retries=0, http_client=httpx.Client(transport=transport)
    ) as client:
        when = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
        with pytest.raises(Exception):  # noqa: B017 - the spy answers 599; the request is what matters
            client.transactions.create(**POSTING, scheduled_for=when)
    # parsed: httpx 0.27 writes JSON with spaces, 0.28 without
    assert json.loads(transport.requests[0].read())["scheduled_for"] == "2030-01-01T00:00:00+00:00"


@pytest.mark.parametrize(
    ("reference", "path"),
    [
        ("@World Bank?x=1#y", "/transactions/reference/%40World%20Bank%3Fx%3D1%23y"),
        ("a b", "/transactions/reference/a%20b"),
        ("x?y=1#z", "/transactions/reference/x%3Fy%3D1%23z"),
        ("€", "/transactions/reference/%E2%82%AC"),
    ],
)
def test_path_parameters_are_always_url_encoded(spy: tuple[Blnk, SpyTransport], reference: str, path: str) -> None:
    client, transport = spy
    with pytest.raises(Exception):  # noqa: B017 - the spy answers 599; the request is what matters
        client.transactions.get_by_reference(reference)
    assert transport.requests[0].url.raw_path.decode() == path


@pytest.mark.parametrize(
    ("base_url", "sent_to"),
    [
        ("http://127.0.0.1:1", "http://127.0.0.1:1/transactions/reference/a%20b"),
        ("http://127.0.0.1:1/", "http://127.0.0.1:1/transactions/reference/a%20b"),
        ("http://127.0.0.1:1/blnk", "http://127.0.0.1:1/blnk/transactions/reference/a%20b"),
        ("http://127.0.0.1:1/blnk/", "http://127.0.0.1:1/blnk/transactions/reference/a%20b"),
    ],
)
def test_operation_paths_go_below_the_base_urls_path(base_url: str, sent_to: str) -> None:
    transport = SpyTransport()
    client = Blnk(base_url=base_url, api_key="k", max_retries=0, http_client=httpx.Client(transport=transport))
    with client, pytest.raises(Exception):  # noqa: B017 - the spy answers 599; the request is what matters
        client.transactions.get_by_reference("a b")
    assert str(transport.requests[0].url) == sent_to
