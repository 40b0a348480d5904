"""Hooks against recorded traffic from a real Blnk server: each operation's success and errors
as the recorded server answered them.
"""

from __future__ import annotations

import datetime

import pytest

from blnk_client import AuthenticationError, Blnk, InternalServerError, NotFoundError
from blnk_client.models import HookType
from tests.support.cassettes import Cassette

pytestmark = pytest.mark.cassette

MISSING = "00000000-0000-4000-8000-000000000000"
UTC = datetime.UTC
# A hook that can never fire: inactive, and pointing at the discard port of this machine.
QUIET_HOOK_URL = "http://127.0.0.1:9/blnk-admin-hook"


@pytest.mark.cassette("test_admin_hook_lifecycle")
def test_admin_hook_lifecycle(blnk: Blnk, cassette: Cassette) -> None:
    name = cassette.value("hook", "pre-")
    hook = blnk.hooks.create(url=QUIET_HOOK_URL, type_=HookType.PRE_TRANSACTION, name=name)
    assert hook.id.startswith("hook_") and hook.name == name and hook.url == QUIET_HOOK_URL
    assert hook.active is False and hook.timeout == 30 and hook.retry_count == 0  # the create defaults
    assert hook.last_run == datetime.datetime(1, 1, 1, tzinfo=UTC) and hook.last_success is False

    got = blnk.hooks.get(hook.id)
    assert got.type_ is HookType.PRE_TRANSACTION and got.created_at == hook.created_at
    assert hook.id in [h.id for h in blnk.hooks.list(type_=HookType.PRE_TRANSACTION)]

    updated = blnk.hooks.update(hook.id, url=QUIET_HOOK_URL, type_=HookType.POST_TRANSACTION, name=name + "-post")
    assert updated.id == hook.id and updated.type_ is HookType.POST_TRANSACTION and updated.name == name + "-post"
    assert updated.timeout == 0  # an update applies no defaults: the timeout left out is stored as 0
    assert hook.id in [h.id for h in blnk.hooks.list(type_=HookType.POST_TRANSACTION)]
    assert hook.id not in [h.id for h in blnk.hooks.list(type_=HookType.PRE_TRANSACTION)]
    assert hook.id in [h.id for h in blnk.hooks.list()]

    assert blnk.hooks.delete(hook.id).message == "hook deleted successfully"


@pytest.mark.cassette("test_admin_hook_errors")
def test_admin_hook_errors(blnk: Blnk, keyless: Blnk) -> None:
    missing = f"hook_{MISSING}"
    with pytest.raises(NotFoundError) as not_found:
        blnk.hooks.get(missing)
    assert not_found.value.code == "HOOK_NOT_FOUND"
    assert not_found.value.response.json()["code"] == "NOT_FOUND"  # the bare shape's legacy code

    with pytest.raises(NotFoundError) as update_missing:
        blnk.hooks.update(missing, url=QUIET_HOOK_URL, type_=HookType.PRE_TRANSACTION)
    assert update_missing.value.code == "HOOK_NOT_FOUND"

    with pytest.raises(NotFoundError) as delete_missing:
        blnk.hooks.delete(missing)
    assert delete_missing.value.code == "HOOK_NOT_FOUND"

    with pytest.raises(InternalServerError) as no_url:  # validated inside the hook manager: 500, not 400
        blnk.hooks.create(url="", type_=HookType.POST_TRANSACTION)
    assert no_url.value.code == "HOOK_OPERATION_FAILED"

    with pytest.raises(AuthenticationError) as no_key:
        keyless.hooks.list()
    assert no_key.value.code == "AUTH_MISSING_API_KEY"
