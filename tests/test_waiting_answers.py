"""What wait_for_transaction refuses, and what it answers without asking the server (scripted answers)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from blnk_client import Blnk, BlnkValidationError
from blnk_client.models import BulkInflightResponse, InflightAction, TransactionPreview
from blnk_client.waiting import wait_for_transaction
from tests.support.spy import SpyTransport

ROW: dict[str, Any] = {
    "precise_amount": 1000,
    "amount": 1000,
    "precision": 1,
    "overdraft_limit": 0,
    "transaction_id": "txn_split",
    "parent_transaction": "",
    "reference": "split",
    "currency": "USD",
    "status": "QUEUED",
    "hash": "",
    "allow_overdraft": False,
    "inflight": True,
    "skip_queue": False,
    "atomic": False,
    "created_at": "2026-12-01T12:15:19.905193Z",
    "scheduled_for": "0001-01-01T00:00:00Z",
    "inflight_expiry_date": "0001-01-01T00:00:00Z",
    "inflight_commit_date": "0001-01-01T00:00:00Z",
}
LEGS = [
    {**ROW, "transaction_id": f"txn_leg{n}", "parent_transaction": "txn_split", "status": "INFLIGHT"} for n in (1, 2)
]


def _split_server(request: httpx.Request) -> httpx.Response:
    """A queued split whose two legs are held: what the filter and the inflight route answer for it."""
    if request.url.path == "/transactions/filter":
        parents = json.loads(request.content)["filters"][0]["values"]
        return httpx.Response(200, json=LEGS if parents == ["txn_split"] else [])
    return httpx.Response(200, json={**ROW, "queued": True})


@pytest.fixture
def split() -> Iterator[tuple[Blnk, SpyTransport]]:
    transport = SpyTransport(_split_server)
    with Blnk(base_url="http://127.0.0.1:1", api_key="k", http_client=httpx.Client(transport=transport)) as client:
        yield client, transport


def test_a_split_has_a_child_per_leg_and_is_refused(split: tuple[Blnk, SpyTransport]) -> None:
    client, transport = split
    answer = client.transactions.update_inflight("txn_split", status=InflightAction.COMMIT, precise_amount=5)
    assert [r.url.path for r in transport.requests] == [
        "/transactions/filter",  # the split's children: two held legs
        "/transactions/filter",  # the legs' children, before the partial commit
        "/transactions/inflight/txn_split",
    ]
    with pytest.raises(BlnkValidationError, match="txn_split has 2 inflight legs"):
        wait_for_transaction(client, answer)
    assert len(transport.requests) == 3  # refused without asking


def test_what_is_not_a_queued_answer_is_refused_before_asking(split: tuple[Blnk, SpyTransport]) -> None:
    client, transport = split
    preview = TransactionPreview.from_dict(
        {"dry_run": True, "would_apply": True, "currency": "USD", "amount": 1, "precise_amount": "1", "precision": 1}
        | {"balances": None}
    )
    with pytest.raises(BlnkValidationError, match="not TransactionPreview"):
        wait_for_transaction(client, preview)  # type: ignore[call-overload]
    nothing_queued = BulkInflightResponse.from_dict(
        {"succeeded": 1, "failed": 0, "results": [{"transaction_id": "txn_1", "status": "succeeded"}]}
    )
    assert wait_for_transaction(client, nothing_queued) == {}  # skip_queue: final, nothing to wait for
    assert transport.requests == []
