"""`retry_policy=`: the public way to tune retries, on `Blnk` and `AsyncBlnk` alike.

Answers come from the spy transport; sleeping is replaced by recording the waits.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from blnk_client import (
    APIConnectionError,
    AsyncBlnk,
    Blnk,
    BlnkError,
    BlnkValidationError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
    ServiceUnavailableError,
)
from tests.support.spy import SpyTransport
from tests.test_retries import LEDGER

Answer = Callable[[httpx.Request], httpx.Response]


def scripted(*answers: int | type[httpx.TransportError]) -> SpyTransport:
    """Each request gets the next status (the last one repeats), or raises the transport error."""
    script = list(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        step = script.pop(0) if len(script) > 1 else script[0]
        if isinstance(step, type):
            raise step("scripted", request=request)
        if step < 400:
            return httpx.Response(step, json=LEDGER)
        return httpx.Response(step, json={"error": "x", "error_detail": {"code": "GEN_X", "message": "x"}})

    return SpyTransport(answer)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    slept: list[float] = []

    async def async_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr("time.sleep", slept.append)
    monkeypatch.setattr("asyncio.sleep", async_sleep)
    yield slept


def get(transport: SpyTransport, asynchronous: bool, **options: Any) -> object:
    """`ledgers.get` through `Blnk`, or `AsyncBlnk` when `asynchronous`."""
    base = {"base_url": "http://127.0.0.1:1", "api_key": "k", **options}
    if not asynchronous:
        with Blnk(**base, http_client=httpx.Client(transport=transport)) as blnk:
            return blnk.ledgers.get("ldg_1")

    async def call() -> object:
        async with AsyncBlnk(**base, http_client=httpx.AsyncClient(transport=transport)) as blnk:
            return await blnk.ledgers.get("ldg_1")

    return asyncio.run(call())


def create(transport: SpyTransport, asynchronous: bool, **options: Any) -> object:
    base = {"base_url": "http://127.0.0.1:1", "api_key": "k", **options}
    if not asynchronous:
        with Blnk(**base, http_client=httpx.Client(transport=transport)) as blnk:
            return blnk.ledgers.create(name="n")

    async def call() -> object:
        async with AsyncBlnk(**base, http_client=httpx.AsyncClient(transport=transport)) as blnk:
            return await blnk.ledgers.create(name="n")

    return asyncio.run(call())


both = pytest.mark.parametrize("asynchronous", [False, True], ids=["Blnk", "AsyncBlnk"])


def test_the_defaults_are_the_clients_own() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.initial_delay, policy.max_delay, policy.jitter, policy.max_retry_after) == (
        2,
        0.5,
        8.0,
        0.25,
        60.0,
    )
    assert policy.retry_statuses == {429, 503} and policy.idempotent_retry_statuses == {502, 504}
    assert policy.retry_errors == (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
    assert Blnk(base_url="http://127.0.0.1:1").retry_policy == policy
    assert AsyncBlnk(base_url="http://127.0.0.1:1", max_retries=5).retry_policy == RetryPolicy(max_retries=5)


@both
def test_max_retries_zero_makes_one_attempt(waits: list[float], asynchronous: bool) -> None:
    transport = scripted(503)
    with pytest.raises(ServiceUnavailableError):
        get(transport, asynchronous, retry_policy=RetryPolicy(max_retries=0))
    assert len(transport.requests) == 1 and waits == []


@both
def test_the_policy_s_backoff_is_what_the_client_waits(waits: list[float], asynchronous: bool) -> None:
    policy = RetryPolicy(max_retries=4, initial_delay=1.5, max_delay=4.0, jitter=0.0)
    transport = scripted(503, 503, 503, 503, 200)
    assert get(transport, asynchronous, retry_policy=policy) is not None
    assert waits == [1.5, 3.0, 4.0, 4.0] and len(transport.requests) == 5


@both
def test_jitter_takes_at_most_its_fraction_off(waits: list[float], asynchronous: bool) -> None:
    policy = RetryPolicy(max_retries=40, initial_delay=2.0, max_delay=2.0, jitter=0.5)
    with pytest.raises(ServiceUnavailableError):
        get(scripted(503), asynchronous, retry_policy=policy)
    assert len(waits) == 40 and all(1.0 <= w <= 2.0 for w in waits) and min(waits) < 1.5


@both
def test_retry_after_beyond_the_policy_s_limit_falls_back_to_backoff(waits: list[float], asynchronous: bool) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if len(transport.requests) == 1:
            return httpx.Response(429, headers={"Retry-After": "30"}, json={"error": "slow down"})
        return httpx.Response(200, json=LEDGER)

    transport = SpyTransport(answer)
    policy = RetryPolicy(max_retry_after=10.0, initial_delay=0.25, jitter=0.0)
    get(transport, asynchronous, retry_policy=policy)
    assert waits == [0.25]


@both
def test_the_policy_s_statuses_are_the_ones_retried(waits: list[float], asynchronous: bool) -> None:
    policy = RetryPolicy(retry_statuses={500}, idempotent_retry_statuses=frozenset())
    transport = scripted(500, 201)
    create(transport, asynchronous, retry_policy=policy)  # a POST: retried, as every request is on 500
    assert len(transport.requests) == 2
    for status, error in [(429, RateLimitError), (502, InternalServerError)]:
        transport = scripted(status, 200)
        with pytest.raises(error):
            get(transport, asynchronous, retry_policy=policy)
        assert len(transport.requests) == 1, status


@both
def test_the_policy_s_errors_are_the_ones_retried_for_every_request(waits: list[float], asynchronous: bool) -> None:
    transport = scripted(httpx.ReadError, 201)
    create(transport, asynchronous, retry_policy=RetryPolicy(retry_errors=(httpx.ConnectError, httpx.ReadError)))
    assert len(transport.requests) == 2
    transport = scripted(httpx.ConnectError, 201)
    with pytest.raises(APIConnectionError):
        create(transport, asynchronous, retry_policy=RetryPolicy(retry_errors=()))
    assert len(transport.requests) == 1


def test_a_policy_is_frozen_hashable_and_keeps_no_caller_s_set() -> None:
    statuses = {429}
    policy = RetryPolicy(retry_statuses=statuses)
    statuses.add(500)
    assert policy.retry_statuses == frozenset({429}) and isinstance(policy.retry_statuses, frozenset)
    assert hash(policy) == hash(RetryPolicy(retry_statuses=frozenset({429})))
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_retries = 0  # type: ignore[misc]
    assert dataclasses.replace(policy, max_retries=0).max_retries == 0


BAD_POLICIES: list[tuple[dict[str, Any], str]] = [
    ({"max_retries": -1}, "RetryPolicy.max_retries must be an int >= 0, got -1"),
    ({"max_retries": 1.5}, "max_retries must be an int >= 0, got 1.5"),
    ({"max_retries": True}, "max_retries must be an int >= 0, got True"),
    ({"max_retries": "3"}, "max_retries must be an int >= 0, got '3'"),
    ({"initial_delay": -0.1}, "initial_delay must be a finite number of seconds >= 0, got -0.1"),
    ({"initial_delay": float("nan")}, "initial_delay must be a finite number of seconds >= 0, got nan"),
    ({"max_delay": float("inf")}, "max_delay must be a finite number of seconds >= 0, got inf"),
    ({"max_delay": None}, "max_delay must be a finite number of seconds >= 0, got None"),
    ({"initial_delay": 2.0, "max_delay": 1.0}, "max_delay must be at least initial_delay (2.0), got 1.0"),
    ({"max_retry_after": -5}, "max_retry_after must be a finite number of seconds >= 0, got -5"),
    ({"jitter": 1.5}, "jitter must be a number from 0 to 1, got 1.5"),
    ({"jitter": -0.1}, "jitter must be a number from 0 to 1, got -0.1"),
    ({"retry_statuses": [429]}, "retry_statuses must be a set of HTTP error statuses (400-599), got [429]"),
    ({"retry_statuses": {200}}, "retry_statuses must be a set of HTTP error statuses (400-599), got {200}"),
    ({"retry_statuses": {"429"}}, "retry_statuses must be a set of HTTP error statuses (400-599), got {'429'}"),
    ({"idempotent_retry_statuses": {600}}, "idempotent_retry_statuses must be a set of HTTP error statuses"),
    ({"retry_errors": [httpx.ConnectError]}, "retry_errors must be a tuple of httpx.TransportError subclasses"),
    ({"retry_errors": (ValueError,)}, "retry_errors must be a tuple of httpx.TransportError subclasses"),
    ({"retry_errors": (httpx.ConnectError("x"),)}, "retry_errors must be a tuple of httpx.TransportError subclasses"),
]


@pytest.mark.parametrize(("values", "message"), BAD_POLICIES, ids=[m.split(",")[0] for _, m in BAD_POLICIES])
def test_a_bad_policy_value_is_refused(values: dict[str, Any], message: str) -> None:
    with pytest.raises(BlnkValidationError) as raised:
        RetryPolicy(**values)
    assert message in str(raised.value) and raised.value.fields == (next(reversed(values)),)


BAD_CLIENT_OPTIONS: list[tuple[dict[str, Any], str]] = [
    ({"max_retries": -1}, "RetryPolicy.max_retries must be an int >= 0, got -1"),
    ({"max_retries": "2"}, "RetryPolicy.max_retries must be an int >= 0, got '2'"),
    ({"retry_policy": {"max_retries": 1}}, "retry_policy must be a RetryPolicy, got dict"),
    ({"retry_policy": RetryPolicy(), "max_retries": 1}, "give max_retries or retry_policy, not both"),
]


@both
@pytest.mark.parametrize(("options", "message"), BAD_CLIENT_OPTIONS, ids=[m for _, m in BAD_CLIENT_OPTIONS])
def test_a_bad_retry_option_is_refused_before_any_request(
    options: dict[str, Any], message: str, asynchronous: bool
) -> None:
    transport = SpyTransport()
    with pytest.raises(BlnkValidationError, match=message.replace("(", r"\(")) as raised:
        get(transport, asynchronous, **options)
    assert isinstance(raised.value, BlnkError) and transport.requests == []
