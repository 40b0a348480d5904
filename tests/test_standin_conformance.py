"""The faults suite's stand-in (tests/support/standin.py) behaves as the recordings show the real server
behaving: the recorded duplicate-reference scenarios, which replay against the real server's
traffic in test_replay_transactions_retry.py, pass against it unchanged, and every answer it gives
satisfies the same closed contract as the recordings."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from blnk_client import Blnk
from tests import test_replay_transactions_retry as recorded
from tests.support.cassettes import exchange
from tests.support.standin import StandIn
from tests.test_contract import check_exchange

SCENARIOS: list[Callable[..., None]] = [
    recorded.test_transactions_retry_after_a_lost_answer_with_skip_queue,
    recorded.test_transactions_retry_after_a_lost_answer_on_the_queue,
    recorded.test_transactions_reusing_a_reference,
]


class Capture(httpx.HTTPTransport):
    """Sends for real and keeps each exchange in the cassettes' shape, for the contract check."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[dict[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self.exchanges.append(exchange(request, response))
        return response


class LiveScenario:
    """What a scenario asks of its cassette, for a run against a live server that keeps nothing."""

    recording = True

    def value(self, name: str, prefix: str) -> str:
        return prefix + secrets.token_hex(6)


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.__name__.removeprefix("test_") for s in SCENARIOS])
def test_the_recorded_scenario_passes_against_the_stand_in(scenario: Callable[..., None], standin: StandIn) -> None:
    capture = Capture()
    transport = recorded.DropAnswers(capture, drop=set())
    with Blnk(
        base_url=standin.url, api_key=standin.key, max_retries=2, http_client=httpx.Client(transport=transport)
    ) as blnk:
        scenario(faulty=(blnk, transport), cassette=LiveScenario())
    assert capture.exchanges
    for index, answered in enumerate(capture.exchanges):
        check_exchange(answered, f"stand-in {scenario.__name__}#{index}")


def test_the_stand_in_refuses_what_it_does_not_emulate(standin: StandIn) -> None:
    with httpx.Client(base_url=standin.url, headers={"X-Blnk-Key": standin.key}) as raw:
        assert raw.get("/ledgers").status_code == 501
        assert (
            raw.post("/transactions/filter", json={"filters": [{"field": "amount", "operator": "gt"}]}).status_code
            == 501
        )
        assert httpx.get(f"{standin.url}/balances/bln_1").json()["error_detail"]["code"] == "AUTH_MISSING_API_KEY"
