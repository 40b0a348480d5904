"""API keys against recorded traffic from a real Blnk server: the lifecycle of a scoped key (what
it may and may not do, its revocation) and the errors.
"""

from __future__ import annotations

import datetime

import httpx
import pytest

from blnk_client import (
    AuthenticationError,
    Blnk,
    BlnkValidationError,
    NotFoundError,
    PermissionDeniedError,
)
from tests.support.cassettes import Cassette

pytestmark = pytest.mark.cassette

MISSING = "00000000-0000-4000-8000-000000000000"
UTC = datetime.UTC


def _scoped_client(blnk: Blnk, cassette: Cassette, key: str) -> Blnk:
    return Blnk(base_url=str(blnk.base_url), api_key=key, max_retries=0, http_client=httpx.Client(transport=cassette))


@pytest.mark.cassette("test_admin_api_key_lifecycle")
def test_admin_api_key_lifecycle(blnk: Blnk, cassette: Cassette) -> None:
    owner = cassette.value("owner", "admin-tests-")
    expires = datetime.datetime(2030, 1, 1, tzinfo=UTC)
    scopes = ["hooks:read", "api-keys:write", "ledgers:read"]
    created = blnk.api_keys.create(name="admin scenario", owner=owner, scopes=scopes, expires_at=expires)
    assert created.api_key_id.startswith("api_key_") and created.owner_id == owner
    assert created.scopes == scopes and created.expires_at == expires and created.is_revoked is False
    assert len(created.key) == 44  # plaintext, shown this once (it is revoked below)

    (listed,) = blnk.api_keys.list(owner=owner) or []
    assert listed.api_key_id == created.api_key_id and listed.key.startswith("$2")  # the bcrypt hash
    assert listed.revoked_at is None

    with _scoped_client(blnk, cassette, created.key) as scoped:
        assert isinstance(scoped.ledgers.list(), list)

        with pytest.raises(PermissionDeniedError) as master_only:
            scoped.hooks.list()
        assert master_only.value.code == "AUTH_MASTER_KEY_REQUIRED"

        with pytest.raises(PermissionDeniedError) as snapshot:
            scoped.balance_snapshots.take()
        assert snapshot.value.code == "AUTH_UNKNOWN_RESOURCE"

        with pytest.raises(PermissionDeniedError) as to_s3:
            scoped.backups.to_s3()
        assert to_s3.value.code == "AUTH_UNKNOWN_RESOURCE"

        with pytest.raises(PermissionDeniedError) as to_disk:
            scoped.backups.to_disk()
        assert to_disk.value.code == "AUTH_INSUFFICIENT_PERMISSIONS"

        with pytest.raises(PermissionDeniedError) as list_keys:
            scoped.api_keys.list(owner=owner)
        assert list_keys.value.code == "AUTH_INSUFFICIENT_PERMISSIONS"

        with pytest.raises(PermissionDeniedError) as cross_owner:
            scoped.api_keys.create(name="x", owner=owner + "-other", scopes=["ledgers:read"], expires_at=expires)
        assert cross_owner.value.code == "AUTH_CROSS_OWNER_ACCESS"

        with pytest.raises(PermissionDeniedError) as escalation:
            scoped.api_keys.create(name="x", owner=owner, scopes=["ledgers:write"], expires_at=expires)
        assert escalation.value.code == "AUTH_SCOPE_ESCALATION"

        assert blnk.api_keys.revoke(created.api_key_id, owner=owner) is None

        with pytest.raises(AuthenticationError) as revoked:
            scoped.ledgers.list()
        assert revoked.value.code == "AUTH_EXPIRED_API_KEY"

    (after,) = blnk.api_keys.list(owner=owner) or []
    assert after.is_revoked is True and isinstance(after.revoked_at, datetime.datetime)


@pytest.mark.cassette("test_admin_api_key_errors")
def test_admin_api_key_errors(blnk: Blnk, keyless: Blnk, cassette: Cassette) -> None:
    owner = cassette.value("owner", "admin-nobody-")
    assert blnk.api_keys.list(owner=owner) == []  # an owner without keys: the server writes null

    # The master key must name an owner (the server answers 400 APIKEY_OWNER_REQUIRED): owner is a
    # required argument, and an empty one is refused before sending.
    with pytest.raises(BlnkValidationError, match="api_keys.list: owner must not be empty"):
        blnk.api_keys.list(owner="")
    with pytest.raises(BlnkValidationError, match="api_keys.revoke: owner must not be empty"):
        blnk.api_keys.revoke(f"api_key_{MISSING}", owner="")

    with pytest.raises(NotFoundError) as revoke_missing:
        blnk.api_keys.revoke(f"api_key_{MISSING}", owner=owner)
    assert revoke_missing.value.code == "APIKEY_NOT_FOUND"

    with pytest.raises(BlnkValidationError):
        blnk.api_keys.create(name="", owner=owner, scopes=[], expires_at=datetime.datetime(2030, 1, 1, tzinfo=UTC))

    with pytest.raises(AuthenticationError) as no_key:
        keyless.api_keys.create(name="x", owner=owner, scopes=[], expires_at=datetime.datetime(2030, 1, 1, tzinfo=UTC))
    assert no_key.value.code == "AUTH_MISSING_API_KEY"
