"""Backups against recorded traffic from a real Blnk server (to disk, and to S3: moto on loopback)."""

from __future__ import annotations

import pytest

from blnk_client import AuthenticationError, Blnk

pytestmark = pytest.mark.cassette


@pytest.mark.cassette("test_admin_backups")
def test_admin_backups(blnk: Blnk, keyless: Blnk) -> None:
    assert blnk.backups.to_disk() == "backup successful"

    assert blnk.backups.to_s3() == "backup successful"  # recorded with an S3 server on loopback (moto)

    with pytest.raises(AuthenticationError):
        keyless.backups.to_s3()
    with pytest.raises(AuthenticationError) as no_key:
        keyless.backups.to_disk()
    assert no_key.value.code == "AUTH_MISSING_API_KEY"
