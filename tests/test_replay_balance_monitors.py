"""Balance monitors against recorded traffic from a real Blnk server: each operation's success
and errors as the recorded server answered them.
"""

from __future__ import annotations

import pytest

from blnk_client import AuthenticationError, BadRequestError, Blnk, InternalServerError, NotFoundError
from blnk_client.models import CreateMonitorCondition, MonitorField, MonitorOperator, UpdateMonitorCondition
from tests.support.cassettes import Cassette

pytestmark = pytest.mark.cassette

MISSING = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def ledger_balance(blnk: Blnk, cassette: Cassette) -> str:
    """A fresh USD balance to watch."""
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "admin-"))
    return blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD").balance_id


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
    assert monitor.description is None  # a create cannot set one
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
