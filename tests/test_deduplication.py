"""transactions.create under faults a cassette cannot hold: a scripted transport answers each request.

Every guarantee holds for the plain call and for with_raw_response, for Blnk and AsyncBlnk: a
reference stored for another posting raises ReferenceConflictError carrying the stored
transaction, and every field the server reads back (amounts at their precision, source and
destination through their indicator, meta_data keys sent, inflight, ...) takes part.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from blnk_client import AsyncBlnk, Blnk, ConflictError, ReferenceConflictError
from blnk_client.models import Transaction
from tests.support.cassettes import CASSETTES, recorded_exchanges

RECORDED = CASSETTES / "test_transactions_wait_for_a_phantom.yaml"
WORLD = "bln_world"
WALLET = "bln_wallet"
STORED_ID = "txn_stored"


def _recorded(method: str, path_start: str, status: int) -> dict[str, Any]:
    for interaction in recorded_exchanges(RECORDED):
        request, response = interaction["request"], interaction["response"]
        if request["method"] == method and request["path"].startswith(path_start) and response["status"] == status:
            body: dict[str, Any] = json.loads(response["body"])
            return body
    raise LookupError(f"no recorded {method} {path_start} {status}")


def stored_row(**changes: Any) -> dict[str, Any]:
    """A by-reference read as the server answers it: source resolved, precision 0, flag in meta_data."""
    row = _recorded("GET", "/transactions/reference/", 200)
    row.update(
        transaction_id=STORED_ID,
        reference="ref-1",
        description="d",
        precise_amount=1550,
        amount=15.5,
        source=WORLD,
        destination=WALLET,
        meta_data={"allow_overdraft": True, "order": "A-1", "queue_lane": "normal"},
    )
    row.update(changes)
    return row


def queued_answer(transaction_id: str) -> dict[str, Any]:
    answer = _recorded("POST", "/transactions", 201)
    answer.update(
        transaction_id=transaction_id,
        reference="ref-1",
        description="d",
        precise_amount=1550,
        amount=15.5,
        precision=100,
        source="@World",
        destination=WALLET,
    )
    return answer


WORLD_BALANCE = {**_recorded("GET", "/balances/", 200), "balance_id": WORLD, "indicator": "@World"}
DUPLICATE = {
    "error": "reference ref-1 has already been used",
    "error_detail": {"code": "TXN_DUPLICATE_REFERENCE", "message": "reference ref-1 has already been used"},
}
MISSING = {"error": "not found", "error_detail": {"code": "TXN_NOT_FOUND", "message": "not found"}}
POSTING: dict[str, Any] = {
    "reference": "ref-1",
    "currency": "USD",
    "description": "d",
    "precise_amount": 1550,
    "precision": 100,
    "source": "@World",
    "destination": WALLET,
    "allow_overdraft": True,
    "meta_data": {"order": "A-1"},
}

Answer = tuple[int, dict[str, Any]]


class Script(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers (method, path prefix) -> the next of its answers, and keeps what was asked."""

    def __init__(self, answers: dict[tuple[str, str], list[Answer]]) -> None:
        self.answers = {key: list(value) for key, value in answers.items()}
        self.sent: list[str] = []

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(f"{request.method} {request.url.path}")
        for (method, prefix), queue in self.answers.items():
            if request.method == method and request.url.path.startswith(prefix) and queue:
                status, body = queue.pop(0) if len(queue) > 1 else queue[0]
                return httpx.Response(status, json=body, request=request)
        raise AssertionError(f"unscripted {request.method} {request.url.path}")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)


def script(post: list[Answer], lookups: list[Answer]) -> Script:
    return Script(
        {
            ("POST", "/transactions"): post,
            ("GET", "/transactions/reference/"): lookups,
            ("GET", "/balances/indicator/"): [(200, WORLD_BALANCE)],
        }
    )


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr("time.sleep", lambda seconds: None)

    async def no_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr("asyncio.sleep", no_sleep)
    yield


def create(transport: Script, *, raw: bool, asynchronous: bool, **changes: Any) -> Any:
    """transactions.create (or with_raw_response.create) through Blnk or AsyncBlnk."""
    posting = {**POSTING, **changes}
    if not asynchronous:
        with Blnk(base_url="http://blnk.test", api_key="k", http_client=httpx.Client(transport=transport)) as blnk:
            resource = blnk.transactions.with_raw_response if raw else blnk.transactions
            return resource.create(**posting)

    async def run() -> Any:
        async with AsyncBlnk(
            base_url="http://blnk.test", api_key="k", http_client=httpx.AsyncClient(transport=transport)
        ) as blnk:
            resource = blnk.transactions.with_raw_response if raw else blnk.transactions
            return await resource.create(**posting)

    return asyncio.run(run())


MODES = pytest.mark.parametrize(
    ("raw", "asynchronous"),
    [(False, False), (True, False), (False, True), (True, True)],
    ids=["sync", "sync-raw", "async", "async-raw"],
)


def parsed(answer: Any, raw: bool) -> Transaction:
    if raw:
        assert not isinstance(answer, Transaction)
        answer = answer.parse()
    assert isinstance(answer, Transaction)
    return answer


@MODES
def test_a_503_then_a_queued_201_answers_the_first_attempt_stored(raw: bool, asynchronous: bool) -> None:
    transport = script(post=[(503, {}), (201, queued_answer("txn_phantom"))], lookups=[(200, stored_row())])
    answer = create(transport, raw=raw, asynchronous=asynchronous)
    assert parsed(answer, raw).transaction_id == STORED_ID  # the 201 named a copy the workers drop
    if raw:
        assert answer.status_code == 200  # the answer came from the lookup


@MODES
def test_a_duplicate_409_of_this_request_answers_the_stored_one(raw: bool, asynchronous: bool) -> None:
    transport = script(post=[(409, DUPLICATE)], lookups=[(200, stored_row())])
    assert parsed(create(transport, raw=raw, asynchronous=asynchronous), raw).transaction_id == STORED_ID


@MODES
@pytest.mark.parametrize("post", [[(409, DUPLICATE)], [(201, queued_answer("txn_phantom"))]], ids=["409", "queued"])
def test_a_duplicate_of_another_posting_raises_with_the_stored_one(
    raw: bool, asynchronous: bool, post: list[Answer]
) -> None:
    transport = script(post=post, lookups=[(200, stored_row())])
    with pytest.raises(ReferenceConflictError) as conflict:
        create(transport, raw=raw, asynchronous=asynchronous, destination="bln_other")
    assert conflict.value.stored.transaction_id == STORED_ID and conflict.value.differences == ("destination",)
    assert conflict.value.code == "TXN_DUPLICATE_REFERENCE"


@MODES
def test_a_queued_answer_found_under_its_own_id_is_answered_as_is(raw: bool, asynchronous: bool) -> None:
    transport = script(post=[(201, queued_answer(STORED_ID))], lookups=[(404, MISSING), (200, stored_row())])
    answer = create(transport, raw=raw, asynchronous=asynchronous)
    assert parsed(answer, raw).source == "@World"  # the 201 itself
    assert transport.sent == ["POST /transactions", *["GET /transactions/reference/ref-1"] * 2]  # no indicator read


CHANGES: list[tuple[dict[str, Any], dict[str, Any], tuple[str, ...]]] = [
    ({}, {}, ()),
    ({"precise_amount": 1550, "precision": 1}, {}, ("amount",)),  # the same minor units at another precision
    ({"precise_amount": None, "amount": 15.5}, {}, ()),  # the same posting in major units
    ({"precise_amount": None, "amount": 15.6}, {}, ("amount", "precise_amount")),
    ({"source": WORLD}, {}, ()),  # the balance the indicator names
    ({"source": "@Other"}, {}, ("source",)),
    ({"meta_data": {"order": "A-2"}}, {}, ("meta_data",)),
    ({"meta_data": {"order": "A-1", "extra": 1}}, {}, ("meta_data",)),
    ({"allow_overdraft": False}, {}, ("allow_overdraft",)),
    ({"inflight": True}, {}, ("inflight",)),
    ({}, {"inflight": True}, ("inflight",)),  # left out means false
    ({"overdraft_limit": 5}, {}, ("overdraft_limit",)),
    ({"description": "e"}, {}, ("description",)),
]


@pytest.mark.parametrize(("sent", "stored", "differences"), CHANGES)
def test_every_stored_field_takes_part(
    sent: dict[str, Any], stored: dict[str, Any], differences: tuple[str, ...]
) -> None:
    changes = {k: v for k, v in sent.items() if v is not None}
    posting_without = [k for k, v in sent.items() if v is None]
    transport = script(post=[(409, DUPLICATE)], lookups=[(200, stored_row(**stored))])
    transport.answers[("GET", "/balances/indicator/")] = (
        [(404, {"error": "no", "error_detail": {"code": "BAL_NOT_FOUND", "message": "no"}})]
        if changes.get("source") == "@Other"
        else [(200, WORLD_BALANCE)]
    )
    posting = {k: v for k, v in {**POSTING, **changes}.items() if k not in posting_without}
    with Blnk(base_url="http://blnk.test", api_key="k", http_client=httpx.Client(transport=transport)) as blnk:
        if not differences:
            assert blnk.transactions.create(**posting).transaction_id == STORED_ID
            return
        with pytest.raises(ReferenceConflictError) as conflict:
            blnk.transactions.create(**posting)
    assert conflict.value.differences == differences


def test_an_indicator_is_resolved_only_when_the_stored_value_differs() -> None:
    transport = script(post=[(409, DUPLICATE)], lookups=[(200, stored_row())])
    with Blnk(base_url="http://blnk.test", api_key="k", http_client=httpx.Client(transport=transport)) as blnk:
        blnk.transactions.create(**{**POSTING, "source": WORLD})
    assert not any(path.startswith("GET /balances/") for path in transport.sent)


@pytest.mark.parametrize("post", [[(409, DUPLICATE)], [(201, queued_answer("txn_split"))]], ids=["409", "queued"])
def test_a_split_is_not_looked_up_by_its_reference(post: list[Answer]) -> None:
    """The server stores a split only as its legs (`<reference>_1`, ...): a lookup could only wait."""
    transport = script(post=post, lookups=[(404, MISSING)])
    split = {"destination": None, "destinations": [{"identifier": WALLET, "distribution": "100%"}]}
    posting = {k: v for k, v in {**POSTING, **split}.items() if v is not None}
    with Blnk(base_url="http://blnk.test", api_key="k", http_client=httpx.Client(transport=transport)) as blnk:
        if post[0][0] == 409:
            with pytest.raises(ConflictError) as conflict:
                blnk.transactions.create(**posting)
            assert not isinstance(conflict.value, ReferenceConflictError)
        else:
            assert blnk.transactions.create(**posting).transaction_id == "txn_split"
    assert transport.sent == ["POST /transactions"]
