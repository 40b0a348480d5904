"""Retries under injected faults: what is repeated, how long the client waits, what reaches the caller.

A request that may already have been acted on is repeated only when repeating cannot change the
outcome; connection failures before sending and 429/503 refusals are safe for every request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from blnk_client import (
    APIConnectionError,
    APITimeoutError,
    Blnk,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
    ServiceUnavailableError,
)
from blnk_client._retries import parse_retry_after

LEDGER = {"ledger_id": "ldg_1", "name": "n", "created_at": "2026-11-25T06:11:55.688991849Z", "meta_data": None}
Fault = Callable[[httpx.Request], httpx.Response]


class FaultyTransport(httpx.BaseTransport):
    """Answers each request with the next scripted fault; counts what was sent."""

    def __init__(self, *script: Fault) -> None:
        self.script = list(script)
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return self.script.pop(0)(request)


def refuse_connection(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def reset_after_sending(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadError("connection reset by peer", request=request)


def time_out_reading(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def status(code: int, **headers: str) -> Fault:
    return lambda request: httpx.Response(
        code, headers=headers, json={"error": "x", "error_detail": {"code": "GEN_X", "message": "x"}}
    )


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(201 if request.method == "POST" else 200, json=LEDGER)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    slept: list[float] = []
    monkeypatch.setattr("time.sleep", slept.append)
    yield slept


def client(transport: FaultyTransport, retries: int = 2) -> Blnk:
    return Blnk(
        base_url="http://127.0.0.1:1", api_key="k", max_retries=retries, http_client=httpx.Client(transport=transport)
    )


def test_get_is_retried_after_a_reset_and_succeeds(waits: list[float]) -> None:
    transport = FaultyTransport(reset_after_sending, status(502), ok)
    assert client(transport).ledgers.get("ldg_1").ledger_id == "ldg_1"
    assert len(transport.sent) == 3 and len(waits) == 2


def test_post_is_retried_when_the_request_never_left(waits: list[float]) -> None:
    transport = FaultyTransport(refuse_connection, ok)
    assert client(transport).ledgers.create(name="n").ledger_id == "ldg_1"
    assert len(transport.sent) == 2


def test_post_is_not_repeated_when_the_server_may_have_acted(waits: list[float]) -> None:
    transport = FaultyTransport(reset_after_sending, ok)
    with pytest.raises(APIConnectionError, match="POST /ledgers failed: ReadError"):
        client(transport).ledgers.create(name="n")
    assert len(transport.sent) == 1 and waits == []


@pytest.mark.parametrize("refusal", [status(429), status(503)])
def test_refusals_are_retried_for_posts_too(waits: list[float], refusal: Fault) -> None:
    transport = FaultyTransport(refusal, ok)
    client(transport).ledgers.create(name="n")
    assert len(transport.sent) == 2


def test_gateway_errors_are_not_retried_for_posts(waits: list[float]) -> None:
    transport = FaultyTransport(status(502), ok)
    with pytest.raises(InternalServerError) as raised:
        client(transport).ledgers.create(name="n")
    assert raised.value.status_code == 502 and len(transport.sent) == 1


def test_filter_posts_are_marked_safe_to_repeat(waits: list[float]) -> None:
    transport = FaultyTransport(reset_after_sending, lambda r: httpx.Response(200, json=[LEDGER]))
    assert [row.ledger_id for row in client(transport).ledgers.filter()] == ["ldg_1"]  # type: ignore[union-attr]
    assert len(transport.sent) == 2


def test_retry_after_seconds_is_honoured(waits: list[float]) -> None:
    transport = FaultyTransport(status(429, **{"Retry-After": "3"}), ok)
    client(transport).ledgers.get("ldg_1")
    assert waits == [3.0]


def test_exhausted_retries_raise_the_typed_error(waits: list[float]) -> None:
    transport = FaultyTransport(status(503), status(503), status(503))
    with pytest.raises(ServiceUnavailableError) as raised:
        client(transport).ledgers.get("ldg_1")
    assert raised.value.code == "GEN_X" and len(transport.sent) == 3 and len(waits) == 2


def test_timeouts_surface_as_api_timeout_error(waits: list[float]) -> None:
    transport = FaultyTransport(time_out_reading)
    with pytest.raises(APITimeoutError):
        client(transport, retries=0).ledgers.get("ldg_1")


def test_rate_limit_error_carries_the_response(waits: list[float]) -> None:
    transport = FaultyTransport(status(429))
    with pytest.raises(RateLimitError) as raised:
        client(transport, retries=0).ledgers.get("ldg_1")
    assert raised.value.response.status_code == 429 and str(raised.value) == "429 GEN_X: x"


def test_backoff_grows_exponentially_with_bounded_jitter() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    for retry, base in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (9, 8.0)]:
        delays = [policy.delay(retry) for _ in range(200)]
        assert all(0.75 * base <= d <= base for d in delays), (retry, min(delays), max(delays))
        assert len(set(delays)) > 1  # jittered


@pytest.mark.parametrize(
    ("header", "expected"),
    [("2", 2.0), ("0.5", 0.5), ("nonsense", None), (None, None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)
def test_retry_after_parsing(header: str | None, expected: Any) -> None:
    assert parse_retry_after(header) == expected
