"""Balance snapshots against recorded traffic from a real Blnk server."""

from __future__ import annotations

import pytest

from blnk_client import AuthenticationError, Blnk, BlnkValidationError

pytestmark = pytest.mark.cassette


@pytest.mark.cassette("test_admin_balance_snapshots")
def test_admin_balance_snapshots(blnk: Blnk, keyless: Blnk) -> None:
    taken = blnk.balance_snapshots.take(batch_size=500)
    assert taken.message == "Snapshotting in progress. should be completed shortly"

    with pytest.raises(BlnkValidationError):
        blnk.balance_snapshots.take(batch_size=0)

    with pytest.raises(AuthenticationError) as no_key:
        keyless.balance_snapshots.take()
    assert no_key.value.code == "AUTH_MISSING_API_KEY"
