"""The timeout each request carries: the client's, a call's own, or one set on the client later."""

from __future__ import annotations

import httpx

from blnk_client import Blnk
from tests.support.spy import SpyTransport

LEDGER = {"ledger_id": "ldg_1", "name": "n", "created_at": "2026-11-25T06:11:55Z", "meta_data": None}


def _client(spy: SpyTransport, timeout: float | None = None) -> Blnk:
    http = httpx.Client(transport=spy)
    if timeout is None:
        return Blnk(base_url="http://blnk.invalid", api_key="k", http_client=http)
    return Blnk(base_url="http://blnk.invalid", api_key="k", http_client=http, timeout=timeout)


def test_each_request_carries_the_timeout_in_force_when_it_is_sent() -> None:
    spy = SpyTransport(lambda request: httpx.Response(200, json=LEDGER))
    with _client(spy, 7.0) as blnk:
        blnk.ledgers.get("ldg_1")
        blnk.ledgers.get("ldg_1", timeout=httpx.Timeout(1.0, connect=2.0))
        blnk.timeout = 3.0
        blnk.ledgers.get("ldg_1")
        assert blnk.timeout == 3.0
    sent = [request.extensions["timeout"] for request in spy.requests]
    assert sent == [
        {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0},
        {"connect": 2.0, "read": 1.0, "write": 1.0, "pool": 1.0},
        {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0},
    ]


def test_the_default_timeout_is_30_s_with_5_s_to_connect() -> None:
    spy = SpyTransport(lambda request: httpx.Response(200, json=LEDGER))
    with _client(spy) as blnk:
        blnk.ledgers.get("ldg_1")
    assert spy.requests[0].extensions["timeout"] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
