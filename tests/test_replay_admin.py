"""System and back-office routes against recorded traffic from a real Blnk server.

System, balance monitors and snapshots, hooks, API keys, backups, search and reconciliation:
each operation's success and errors as the recorded server answered them (no Typesense, no S3,
an empty upload whitelist and observability off on that server).
"""

from __future__ import annotations

import datetime
import io
import os
from typing import Any

import httpx
import pytest

from blnk_client import (
    AuthenticationError,
    BadRequestError,
    Blnk,
    BlnkValidationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
)
from blnk_client.models import (
    CreateMonitorCondition,
    HealthState,
    HookType,
    MatchingRuleField,
    MatchingRuleOperator,
    MonitorField,
    MonitorOperator,
    ReconciliationStatus,
    ReindexStatus,
    SearchCollection,
    UpdateMonitorCondition,
)
from blnk_client.types import File, Unset
from tests.support.cassettes import Cassette

pytestmark = pytest.mark.cassette

MISSING = "00000000-0000-4000-8000-000000000000"
UTC = datetime.UTC
# A hook that can never fire: inactive, and pointing at the discard port of this machine.
QUIET_HOOK_URL = "http://127.0.0.1:9/blnk-admin-hook"


def _raw(client: Blnk, **request: Any) -> httpx.Response:
    """A request no generated method makes: GET /metrics is untagged (its own bearer auth, not X-Blnk-Key)."""
    return client._request(request, lambda response: response)


def _scoped_client(blnk: Blnk, cassette: Cassette, key: str) -> Blnk:
    return Blnk(base_url=str(blnk.base_url), api_key=key, max_retries=0, http_client=httpx.Client(transport=cassette))


@pytest.fixture
def ledger_balance(blnk: Blnk, cassette: Cassette) -> str:
    """A fresh USD balance to watch."""
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "admin-"))
    return blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD").balance_id


@pytest.mark.cassette("test_admin_system")
def test_admin_system(blnk: Blnk, keyless: Blnk) -> None:
    assert blnk.system.ping() == "server running..."
    assert keyless.system.ping() == "server running..."  # no key needed

    health = keyless.system.health()
    assert health.status is HealthState.UP and isinstance(health.reason, Unset)

    # /metrics (observability on) reads its own bearer token, never X-Blnk-Key; the token is not recorded.
    with pytest.raises(AuthenticationError) as no_token:
        _raw(blnk, method="get", url="/metrics")
    assert no_token.value.status == 401
    scraped = _raw(keyless, method="get", url="/metrics", headers={"Authorization": f"Bearer {_metrics_token()}"})
    assert scraped.status_code == 200 and scraped.headers["content-type"].startswith("text/plain")
    assert "# TYPE" in scraped.text


def _metrics_token() -> str:
    # recording: the server's BLNK_METRICS_BEARER_TOKEN; a cassette keeps no Authorization header
    return os.environ.get("BLNK_METRICS_BEARER_TOKEN", "replayed-token")


@pytest.mark.cassette("test_admin_balance_snapshots")
def test_admin_balance_snapshots(blnk: Blnk, keyless: Blnk) -> None:
    taken = blnk.balance_snapshots.take(batch_size=500)
    assert taken.message == "Snapshotting in progress. should be completed shortly"

    with pytest.raises(BlnkValidationError):
        blnk.balance_snapshots.take(batch_size=0)

    with pytest.raises(AuthenticationError) as no_key:
        keyless.balance_snapshots.take()
    assert no_key.value.code == "AUTH_MISSING_API_KEY"


@pytest.mark.cassette("test_admin_balance_monitor_lifecycle")
def test_admin_balance_monitor_lifecycle(blnk: Blnk, ledger_balance: str) -> None:
    condition = CreateMonitorCondition(
        field=MonitorField.DEBIT_BALANCE, operator=MonitorOperator.GT, value=10, precision=100.5
    )
    monitor = blnk.balance_monitors.create(
        balance_id=ledger_balance, condition=condition, call_back_url="https://hooks.example.com/monitor"
    )
    assert monitor.monitor_id.startswith("mon_") and monitor.balance_id == ledger_balance
    assert monitor.condition.precise_value == 1005 and monitor.condition.operator == ">"
    assert isinstance(monitor.description, Unset)  # a create cannot set one
    assert "call_back_url" not in monitor.to_dict()  # stored, never returned

    got = blnk.balance_monitors.get(monitor.monitor_id)
    assert got.condition.field is MonitorField.DEBIT_BALANCE
    assert (got.condition.value, got.condition.precision, got.condition.precise_value) == (10, 100.5, 1005)

    by_balance = blnk.balance_monitors.list_by_balance(ledger_balance)
    assert by_balance is not None and [m.monitor_id for m in by_balance] == [monitor.monitor_id]
    assert by_balance[0].condition.precise_value == 1005

    everything = blnk.balance_monitors.list()
    assert everything is not None
    (listed,) = [m for m in everything if m.monitor_id == monitor.monitor_id]
    assert listed.condition.precision == 0 and listed.condition.precise_value is None  # not selected by the list

    updated = blnk.balance_monitors.update(
        monitor.monitor_id,
        balance_id=ledger_balance,
        description="low balance",
        condition=UpdateMonitorCondition(field=MonitorField.BALANCE, operator=MonitorOperator.LT, value=5),
    )
    assert updated.message == "BalanceMonitor updated successfully"
    after = blnk.balance_monitors.get(monitor.monitor_id)
    assert after.description == "low balance" and after.condition.field is MonitorField.BALANCE
    assert after.condition.value == 5
    # The update neither touches precision nor recomputes precise_value (database/balance.go:1313).
    assert (after.condition.precision, after.condition.precise_value) == (100.5, 1005)

    deleted = blnk.balance_monitors.delete(monitor.monitor_id)
    assert deleted.message == "BalanceMonitor deleted successfully"
    assert blnk.balance_monitors.list_by_balance(ledger_balance) == []  # the server writes null


@pytest.mark.cassette("test_admin_balance_monitor_errors")
def test_admin_balance_monitor_errors(blnk: Blnk, keyless: Blnk, ledger_balance: str) -> None:
    missing = f"mon_{MISSING}"
    with pytest.raises(NotFoundError) as not_found:
        blnk.balance_monitors.get(missing)
    assert not_found.value.code == "BAL_MONITOR_NOT_FOUND"

    zero = CreateMonitorCondition(field=MonitorField.BALANCE, operator=MonitorOperator.GTE, value=0, precision=100)
    with pytest.raises(BadRequestError) as blank_value:
        blnk.balance_monitors.create(balance_id=ledger_balance, condition=zero)
    assert blank_value.value.code == "GEN_VALIDATION_ERROR" and "value: cannot be blank" in blank_value.value.message

    fine = CreateMonitorCondition(field=MonitorField.BALANCE, operator=MonitorOperator.GTE, value=1, precision=100)
    with pytest.raises(BadRequestError) as unknown_balance:
        blnk.balance_monitors.create(balance_id=f"bln_{MISSING}", condition=fine)
    assert unknown_balance.value.code == "GEN_BAD_REQUEST" and unknown_balance.value.message == "Invalid balance ID"

    lower = UpdateMonitorCondition(field=MonitorField.BALANCE, operator=MonitorOperator.LT, value=1)
    with pytest.raises(NotFoundError) as update_missing:
        blnk.balance_monitors.update(missing, balance_id=ledger_balance, condition=lower)
    assert update_missing.value.code == "BAL_MONITOR_NOT_FOUND"

    monitor = blnk.balance_monitors.create(balance_id=ledger_balance, condition=fine)
    with pytest.raises(InternalServerError) as bad_balance:  # a foreign-key failure, not a 400
        blnk.balance_monitors.update(monitor.monitor_id, balance_id=f"bln_{MISSING}", condition=lower)
    assert bad_balance.value.code == "GEN_INTERNAL"
    blnk.balance_monitors.delete(monitor.monitor_id)

    with pytest.raises(NotFoundError) as delete_missing:
        blnk.balance_monitors.delete(monitor.monitor_id)
    assert delete_missing.value.code == "BAL_MONITOR_NOT_FOUND"

    assert blnk.balance_monitors.list_by_balance(f"bln_{MISSING}") == []  # an unknown balance is not a 404
    with pytest.raises(AuthenticationError):
        keyless.balance_monitors.list_by_balance(ledger_balance)
    with pytest.raises(AuthenticationError) as no_key:
        keyless.balance_monitors.list()
    assert no_key.value.code == "AUTH_MISSING_API_KEY"


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
    assert isinstance(listed.revoked_at, Unset)

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
            scoped.api_keys.list()
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

    with pytest.raises(BadRequestError) as no_owner:
        blnk.api_keys.list()
    assert no_owner.value.code == "APIKEY_OWNER_REQUIRED"

    with pytest.raises(BadRequestError) as revoke_no_owner:
        blnk.api_keys.revoke(f"api_key_{MISSING}")
    assert revoke_no_owner.value.code == "APIKEY_OWNER_REQUIRED"

    with pytest.raises(NotFoundError) as revoke_missing:
        blnk.api_keys.revoke(f"api_key_{MISSING}", owner=owner)
    assert revoke_missing.value.code == "APIKEY_NOT_FOUND"

    with pytest.raises(BlnkValidationError):
        blnk.api_keys.create(name="", owner=owner, scopes=[], expires_at=datetime.datetime(2030, 1, 1, tzinfo=UTC))

    with pytest.raises(AuthenticationError) as no_key:
        keyless.api_keys.create(name="x", owner=owner, scopes=[], expires_at=datetime.datetime(2030, 1, 1, tzinfo=UTC))
    assert no_key.value.code == "AUTH_MISSING_API_KEY"


@pytest.mark.cassette("test_admin_backups")
def test_admin_backups(blnk: Blnk, keyless: Blnk) -> None:
    assert blnk.backups.to_disk() == "backup successful"

    assert blnk.backups.to_s3() == "backup successful"  # recorded with an S3 server on loopback (moto)

    with pytest.raises(AuthenticationError):
        keyless.backups.to_s3()
    with pytest.raises(AuthenticationError) as no_key:
        keyless.backups.to_disk()
    assert no_key.value.code == "AUTH_MISSING_API_KEY"


@pytest.mark.cassette("test_admin_search_reindex_progress_before_any_reindex")
def test_admin_search_reindex_progress_before_any_reindex(blnk: Blnk) -> None:
    # Recorded against a server process that had never reindexed (the progress lives in its memory).
    with pytest.raises(NotFoundError) as not_started:
        blnk.search.reindex_progress()
    assert not_started.value.code == "SRCH_REINDEX_NOT_STARTED"


@pytest.mark.cassette("test_admin_search")
def test_admin_search(blnk: Blnk, keyless: Blnk) -> None:
    # Recorded with Typesense 0.24.1 on loopback (BLNK_TYPESENSE_DNS): the ledgers collection answers hits.
    found = blnk.search.query(SearchCollection.LEDGERS, q="*", query_by="name", per_page=2)
    assert found.found >= 1 and 1 <= len(found.hits) <= 2 and found.page == 1
    assert all(hit.document["ledger_id"] for hit in found.hits)

    several = blnk.search.multi(searches=[{"collection": "ledgers", "q": "*", "query_by": "name", "per_page": 1}])
    assert len(several.results) == 1 and several.results[0].found >= 1

    with pytest.raises(BadRequestError) as search:
        blnk.search.query(SearchCollection.LEDGERS, q="*", query_by="no_such_field")
    assert search.value.code == "SRCH_QUERY_INVALID" and "no_such_field" in search.value.message

    with pytest.raises(BlnkValidationError):
        blnk.search.query(SearchCollection.BALANCES, q="*", per_page=1000)

    started = blnk.search.reindex(batch_size=100)
    assert started.message == "Reindex operation started"
    assert started.progress.status in {ReindexStatus.PENDING, ReindexStatus.IN_PROGRESS}

    progress = blnk.search.reindex_progress()
    assert progress.status in set(ReindexStatus)

    with pytest.raises(AuthenticationError):
        keyless.search.query(SearchCollection.LEDGERS, q="*")
    with pytest.raises(AuthenticationError):
        keyless.search.multi(searches=[])
    with pytest.raises(AuthenticationError) as no_key:
        keyless.search.reindex()
    assert no_key.value.code == "AUTH_MISSING_API_KEY"


def _external(cassette: Cassette, amount: float) -> dict[str, Any]:
    reference = cassette.value(f"external_{amount}", "ext-")
    return {
        "id": reference,
        "amount": amount,
        "currency": "USD",
        "reference": reference,
        "description": "bank line",
        "date": "2026-01-15T10:00:00Z",
    }


@pytest.mark.cassette("test_admin_reconciliation_lifecycle")
def test_admin_reconciliation_lifecycle(blnk: Blnk, cassette: Cassette) -> None:
    rule = blnk.reconciliation.create_rule(
        name=cassette.value("rule", "amount-and-reference-"),
        criteria=[
            {"field": "amount", "operator": "equals", "allowable_drift": 0.01},
            {"field": "reference", "operator": "equals"},
        ],
    )
    assert rule.rule_id.startswith("rule_") and rule.description == ""
    assert [(c.field, c.operator) for c in rule.criteria] == [
        (MatchingRuleField.AMOUNT, MatchingRuleOperator.EQUALS),
        (MatchingRuleField.REFERENCE, MatchingRuleOperator.EQUALS),
    ]
    assert rule.criteria[1].allowable_drift == 0 and rule.criteria[1].value == ""

    updated = blnk.reconciliation.update_rule(
        rule.rule_id,
        name=rule.name,
        description="reference only",
        criteria=[{"field": "reference", "operator": "contains", "value": "ext-"}],
    )
    assert updated.rule_id == rule.rule_id and updated.description == "reference only"
    assert updated.criteria[0].operator is MatchingRuleOperator.CONTAINS
    # created_at is kept, as Postgres stored it: nanoseconds rounded to microseconds.
    assert abs(updated.created_at - rule.created_at) <= datetime.timedelta(microseconds=1)

    instant = blnk.reconciliation.start_instant(
        external_transactions=[_external(cassette, 12.5)],
        strategy="one_to_one",
        matching_rule_ids=[rule.rule_id],
        dry_run=True,
    )
    assert instant.reconciliation_id.startswith("recon_")
    run = blnk.reconciliation.get(instant.reconciliation_id)
    assert run.reconciliation_id == instant.reconciliation_id and run.upload_id.startswith("instant_")
    assert run.status in set(ReconciliationStatus) and run.is_dry_run is False  # not read back by the server

    # An instant reconciliation stores its transactions under instant_<uuid>, a valid upload_id.
    started = blnk.reconciliation.start(
        upload_id=run.upload_id, strategy="one_to_one", matching_rule_ids=[rule.rule_id], dry_run=True
    )
    assert started.reconciliation_id != instant.reconciliation_id
    later = blnk.reconciliation.get(started.reconciliation_id)
    assert later.upload_id == run.upload_id and later.status in set(ReconciliationStatus)

    assert blnk.reconciliation.delete_rule(rule.rule_id).message == "Matching rule deleted successfully"


@pytest.mark.cassette("test_admin_reconciliation_multipart_upload")
def test_admin_reconciliation_multipart_upload(blnk: Blnk, cassette: Cassette) -> None:
    line = _external(cassette, 40.0)
    csv = "id,amount,currency,reference,description,date\n" + ",".join(str(line[k]) for k in line) + "\n"
    uploaded = blnk.reconciliation.upload(
        file=File(payload=io.BytesIO(csv.encode()), file_name="bank.csv", mime_type="text/csv"), source="bank"
    )
    assert uploaded.upload_id.startswith("upload_") and uploaded.record_count == 1 and uploaded.source == "bank"


@pytest.mark.cassette("test_admin_reconciliation_errors")
def test_admin_reconciliation_errors(blnk: Blnk, keyless: Blnk, cassette: Cassette) -> None:
    with pytest.raises(NotFoundError) as missing:
        blnk.reconciliation.get(f"recon_{MISSING}")
    assert missing.value.code == "RECON_NOT_FOUND"

    criteria = [{"field": "amount", "operator": "equals", "allowable_drift": 2}]
    with pytest.raises(BadRequestError) as drift:
        blnk.reconciliation.create_rule(name="too much drift", criteria=criteria)
    assert drift.value.code == "RECON_RULE_INVALID" and "drift for amount" in drift.value.message

    ok = [{"field": "currency", "operator": "equals"}]
    with pytest.raises(NotFoundError) as update_missing:
        blnk.reconciliation.update_rule(f"rule_{MISSING}", name="x", criteria=ok)
    assert update_missing.value.code == "RECON_RULE_NOT_FOUND"

    with pytest.raises(NotFoundError) as delete_missing:
        blnk.reconciliation.delete_rule(f"rule_{MISSING}")
    assert delete_missing.value.code == "RECON_RULE_NOT_FOUND"

    with pytest.raises(BlnkValidationError):
        blnk.reconciliation.start(upload_id="upload_x", strategy="one_to_one", matching_rule_ids=[])
    with pytest.raises(BlnkValidationError):
        blnk.reconciliation.start_instant(external_transactions=[], strategy="one_to_one", matching_rule_ids=["r"])

    with pytest.raises(AuthenticationError):
        keyless.reconciliation.start(upload_id="upload_x", strategy="one_to_one", matching_rule_ids=["r"])
    with pytest.raises(AuthenticationError) as no_key:
        keyless.reconciliation.start_instant(
            external_transactions=[_external(cassette, 1.0)], strategy="many_to_one", matching_rule_ids=["r"]
        )
    assert no_key.value.code == "AUTH_MISSING_API_KEY"

    # The JSON variant of the upload: the server downloads the URL, if its host is whitelisted.
    with pytest.raises(BadRequestError) as not_allowed:
        blnk.reconciliation.upload_from_url(url="https://example.com/bank.csv")
    assert not_allowed.value.code == "RECON_UPLOAD_HOST_NOT_ALLOWED"
    with pytest.raises(BadRequestError) as not_http:
        blnk.reconciliation.upload_from_url(url="ftp://example.com/bank.csv")
    assert not_http.value.code == "RECON_UPLOAD_URL_INVALID"
    with pytest.raises(BadRequestError) as nothing:
        blnk.reconciliation.upload_from_url(url="", source="bank")
    assert nothing.value.code == "RECON_UPLOAD_FAILED"
