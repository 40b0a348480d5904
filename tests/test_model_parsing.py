"""The generated parsers' fast paths (overlays/templates/model.py.jinja and property_templates/) keep the
meaning of the generator's own: unknown keys kept, no aliasing of the caller's dict, strict types; and a
long answer, which msgspec decodes, reads as json.loads would read it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blnk_client._exceptions import APIResponseValidationError
from blnk_client._parsing import LONG_BODY, enum_member, parse_datetime, read_json
from blnk_client._validation import STRICT_ENUMS
from blnk_client.models import MetaData, Transaction, TransactionStatus
from tests.test_parsers_property import parse_answer

# One row of GET /transactions as the v0.15.2 server wrote it (a queued create, during a benchmark run).
ROW: dict[str, Any] = {
    "precise_amount": 240,
    "amount": 240,
    "precision": 1,
    "overdraft_limit": 0,
    "transaction_id": "txn_c28635c4-b8f7-4aec-ba2c-b05953c9755c",
    "parent_transaction": "",
    "source": "bln_47128a04-0f74-425a-aedc-bfa6ecd2e6f1",
    "destination": "bln_bd28cc24-0952-4dcd-bce7-aa319b3c9586",
    "reference": "ref-1",
    "currency": "USD",
    "description": "a row",
    "status": "QUEUED",
    "hash": "a5fb38359b5f85448bb6f28883ea0d7ffebf7bb95186107af35f0d2ce44b2b02",
    "allow_overdraft": False,
    "inflight": False,
    "skip_queue": False,
    "atomic": False,
    "created_at": "2026-11-25T07:18:31.197758Z",
    "effective_date": "2026-11-25T07:18:31.197583Z",
    "scheduled_for": "0001-01-01T00:00:00Z",
    "inflight_expiry_date": "0001-01-01T00:00:00Z",
    "inflight_commit_date": "0001-01-01T00:00:00Z",
    "meta_data": {"queue_lane": "normal"},
}


def _parse_get(body: object) -> object:
    return parse_answer("blnk_client.api.transactions.get_transaction", 200, json.dumps(body).encode())


def test_every_field_lands_in_its_own_attribute() -> None:
    txn = Transaction.from_dict(ROW)
    assert (txn.transaction_id, txn.reference, txn.currency, txn.description) == (
        ROW["transaction_id"],
        "ref-1",
        "USD",
        "a row",
    )
    assert (txn.precise_amount, txn.amount, txn.precision, txn.hash_) == (240, 240, 1, ROW["hash"])
    assert txn.status is TransactionStatus.QUEUED
    assert txn.created_at == datetime(2026, 11, 25, 7, 18, 31, 197758, tzinfo=UTC)
    assert txn.scheduled_for == datetime(1, 1, 1, tzinfo=UTC)
    assert isinstance(txn.meta_data, MetaData) and txn.meta_data.additional_properties == {"queue_lane": "normal"}
    assert txn.additional_properties == {}


@pytest.mark.parametrize("missing", [(), ("description",), ("source", "destination", "precise_amount")])
def test_unknown_keys_are_kept_whichever_optional_keys_are_absent(missing: tuple[str, ...]) -> None:
    row = {key: value for key, value in ROW.items() if key not in missing} | {"fx_rate": 1.5}
    txn = Transaction.from_dict(row)
    assert txn.additional_properties == {"fx_rate": 1.5}
    for key in missing:
        assert getattr(txn, key) is None


def test_optional_keys_absent_and_no_unknown_keys_leave_nothing_extra() -> None:
    row = {key: value for key, value in ROW.items() if key not in ("description", "meta_data")}
    assert Transaction.from_dict(row).additional_properties == {}


def test_the_parsed_model_does_not_share_the_callers_dicts() -> None:
    row = {**ROW, "meta_data": {"a": 1}, "fx_rate": 1.5}
    txn = Transaction.from_dict(row)
    row["meta_data"]["a"] = 2
    row["fx_rate"] = 9
    assert isinstance(txn.meta_data, MetaData) and txn.meta_data.additional_properties == {"a": 1}
    assert txn.additional_properties == {"fx_rate": 1.5}


@pytest.mark.parametrize(
    "meta_data", ["text", 7, [["a", 1]], []], ids=["string", "number", "list-of-pairs", "empty-list"]
)
def test_a_nullable_object_of_the_wrong_type_is_a_typed_error(meta_data: object) -> None:
    with pytest.raises(APIResponseValidationError):
        _parse_get({**ROW, "meta_data": meta_data})


def test_null_and_absent_nullable_objects() -> None:
    assert Transaction.from_dict({**ROW, "meta_data": None}).meta_data is None
    assert Transaction.from_dict({k: v for k, v in ROW.items() if k != "meta_data"}).meta_data is None


def test_enum_member_is_the_member_and_unknown_values_follow_the_enums_rules() -> None:
    assert enum_member(TransactionStatus, "APPLIED") is TransactionStatus.APPLIED
    assert enum_member(TransactionStatus, "EXPIRED").value == "EXPIRED"  # kept, as TransactionStatus("EXPIRED")
    token = STRICT_ENUMS.set(True)
    try:
        with pytest.raises(ValueError, match="EXPIRED"):
            enum_member(TransactionStatus, "EXPIRED")
    finally:
        STRICT_ENUMS.reset(token)
    with pytest.raises(ValueError):
        enum_member(TransactionStatus, ["APPLIED"])  # unhashable
    with pytest.raises(ValueError):
        enum_member(TransactionStatus, 1)


def test_a_status_of_the_wrong_type_is_a_typed_error() -> None:
    with pytest.raises(APIResponseValidationError):
        _parse_get({**ROW, "status": ["APPLIED"]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0001-01-01T00:00:00Z", datetime(1, 1, 1, tzinfo=UTC)),
        ("2026-11-25T06:31:21.764757032Z", datetime(2026, 11, 25, 6, 31, 21, 764757, tzinfo=UTC)),
        ("2026-11-25T07:31:21+01:00", datetime(2026, 11, 25, 7, 31, 21, tzinfo=timezone(timedelta(hours=1)))),
        ("0001-01-01T00:00:00+00:00", datetime(1, 1, 1, tzinfo=UTC)),
    ],
)
def test_parse_datetime(text: str, expected: datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("created_at", [None, 1732519881, "yesterday", ""])
def test_a_timestamp_that_is_not_one_is_a_typed_error(created_at: object) -> None:
    with pytest.raises(APIResponseValidationError):
        _parse_get({**ROW, "created_at": created_at})


def test_a_repr_shows_what_the_answer_carried() -> None:
    row = {k: v for k, v in ROW.items() if k not in ("description", "rate", "meta_data")}
    text = repr(Transaction.from_dict(row))
    assert text.startswith("Transaction(transaction_id=") and "Unset" not in text
    assert "description=" not in text and "rate=" not in text and "meta_data=" not in text  # absent: not shown
    assert "reference=" in text and "sources=[]" in text  # required fields and lists always are


def _list_body(rows: int, **changes: Any) -> bytes:
    return json.dumps([{**ROW, "reference": f"ref-{n}", **changes} for n in range(rows)]).encode()


def _parse_list(body: bytes) -> object:
    return parse_answer("blnk_client.api.transactions.list_transactions", 200, body)


def test_a_long_list_reads_as_its_rows_read_one_by_one() -> None:
    body = _list_body(200, precise_amount=123456789012345678901234567890, description="café ✓ \U0001f4b8")
    assert len(body) >= LONG_BODY
    rows = _parse_list(body)
    assert rows == [Transaction.from_dict(row) for row in json.loads(body)]
    assert isinstance(rows, list) and rows[0].precise_amount == 123456789012345678901234567890


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None)
@given(value=JSON_VALUES, ensure_ascii=st.booleans())
def test_a_long_body_decodes_to_what_json_loads_makes_of_it(value: Any, ensure_ascii: bool) -> None:
    text = json.dumps(value, ensure_ascii=ensure_ascii)
    body = ("[" + text + ", " + json.dumps("x" * LONG_BODY) + "]").encode()
    expected = json.loads(body)
    decoded = read_json(httpx.Response(200, content=body))
    assert decoded == expected and repr(decoded) == repr(expected)  # repr: 1 stays an int, 1.0 a float


def _long(broken: bytes) -> bytes:
    return broken + b" " * LONG_BODY


@pytest.mark.parametrize(
    "body",
    [
        _list_body(200)[:-1],
        _list_body(200) + b"]",
        _list_body(200).replace(b"ref-7", b"ref-\xff"),
        _long(b'[{"transaction_id": "a"'),
        _long(b"<html>502 Bad Gateway</html>"),
        _list_body(200).replace(b'"ref-3"', b"ref-3"),
    ],
    ids=["truncated", "trailing-bracket", "invalid-utf8", "cut-short", "html", "bare-word"],
)
def test_a_long_body_that_is_not_json_is_a_typed_error(body: bytes) -> None:
    assert len(body) >= LONG_BODY
    with pytest.raises(APIResponseValidationError, match="cannot read"):
        _parse_list(body)
