"""The faults suite (tests/support/faults.py) in CI: the same proxy and client loop, in front of the
stand-in whose duplicate-reference behaviour test_standin_conformance.py ties to the recordings.
The figures in the README come from the real server (`nox -s faults`)."""

from __future__ import annotations

import pytest

from blnk_client import RetryPolicy
from tests.support import faults
from tests.support.standin import StandIn


@pytest.mark.slow
@pytest.mark.parametrize("asynchronous", [False, True], ids=["Blnk", "AsyncBlnk"])
def test_over_200_faults_lose_double_and_misname_nothing(asynchronous: bool) -> None:
    with StandIn() as server:
        outcome = faults.run(
            server.url,
            server.key,
            count=100,
            seed=7,
            client_timeout=0.15,
            settle=0.3,
            retry_policy=RetryPolicy(max_retries=3, initial_delay=0.01, max_delay=0.05),
            asynchronous=asynchronous,
        )
    faults.report(outcome)
    assert outcome.faults >= 200
    assert all(outcome.injected[fault] > 0 for fault in faults.FAULTS)
    assert outcome.stored == outcome.intended == 100 and not outcome.lost and not outcome.doubled
    assert outcome.balance == outcome.expected == sum(range(1, 101))  # distinct amounts: a double would show
    assert not outcome.wrong_ids
    assert not outcome.untyped, outcome.untyped
    assert outcome.clean
