"""System routes against recorded traffic from a real Blnk server: ping, health and /metrics
(observability on; its bearer token is the server's own, never X-Blnk-Key, and is not recorded).
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest

from blnk_client import AuthenticationError, Blnk
from blnk_client.models import HealthState

pytestmark = pytest.mark.cassette


def _raw(client: Blnk, **request: Any) -> httpx.Response:
    """A request no generated method makes: GET /metrics is untagged (its own bearer auth, not X-Blnk-Key)."""
    return client._request(request, lambda response: response)


@pytest.mark.cassette("test_admin_system")
def test_admin_system(blnk: Blnk, keyless: Blnk) -> None:
    assert blnk.system.ping() == "server running..."
    assert keyless.system.ping() == "server running..."  # no key needed

    health = keyless.system.health()
    assert health.status is HealthState.UP and health.reason is None

    # /metrics (observability on) reads its own bearer token, never X-Blnk-Key; the token is not recorded.
    with pytest.raises(AuthenticationError) as no_token:
        _raw(blnk, method="get", url="/metrics")
    assert no_token.value.status_code == 401
    scraped = _raw(keyless, method="get", url="/metrics", headers={"Authorization": f"Bearer {_metrics_token()}"})
    assert scraped.status_code == 200 and scraped.headers["content-type"].startswith("text/plain")
    assert "# TYPE" in scraped.text


def _metrics_token() -> str:
    # recording: the server's BLNK_METRICS_BEARER_TOKEN; a cassette keeps no Authorization header
    return os.environ.get("BLNK_METRICS_BEARER_TOKEN", "replayed-token")
