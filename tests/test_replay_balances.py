"""Balances against recorded traffic from a real Blnk server: each operation's success and errors."""

from __future__ import annotations

import datetime

import pytest

from blnk_client import BadRequestError, Blnk, ConflictError, NotFoundError
from blnk_client.models import AllocationStrategy, Balance, BalanceInclude, BalancePage
from tests.support.cassettes import Cassette

pytestmark = pytest.mark.cassette

MISSING_BALANCE = "bln_00000000-0000-4000-8000-000000000000"


@pytest.mark.cassette("test_balance_lifecycle")
def test_balance_lifecycle(blnk: Blnk, cassette: Cassette) -> None:
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "balances-"))
    identity = blnk.identities.create(first_name="Ada", last_name="Lovelace", email_address="ada@example.org")
    assert blnk.identities.get(identity.identity_id).first_name == "Ada"

    plain = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD", meta_data={"purpose": "fees"})
    assert isinstance(plain, Balance)
    assert (plain.balance, plain.credit_balance, plain.debit_balance, plain.inflight_balance) == (0, 0, 0, 0)
    assert plain.track_fund_lineage is False and plain.identity_id == ""

    tracked = blnk.balances.create(
        ledger_id=ledger.ledger_id,
        currency="USD",
        identity_id=identity.identity_id,
        track_fund_lineage=True,
        allocation_strategy=AllocationStrategy.LIFO,
    )
    assert tracked.track_fund_lineage is True
    assert tracked.allocation_strategy is AllocationStrategy.LIFO

    full = blnk.balances.get(
        tracked.balance_id, include=[BalanceInclude.IDENTITY, BalanceInclude.LEDGER], with_queued=True
    )
    assert full.balance_id == tracked.balance_id and full.allocation_strategy is AllocationStrategy.LIFO
    assert full.ledger and full.ledger.ledger_id == ledger.ledger_id
    assert full.identity and full.identity.identity_id == identity.identity_id
    assert full.queued_debit_balance == 0 and full.queued_credit_balance == 0

    listed = blnk.balances.list(filters={"ledger_id_eq": ledger.ledger_id})
    assert listed is not None and sorted(b.balance_id for b in listed) == sorted([plain.balance_id, tracked.balance_id])

    condition = {"field": "ledger_id", "operator": "eq", "value": ledger.ledger_id}
    page = blnk.balances.filter(filters=[condition], include_count=True)  # type: ignore[list-item]
    assert isinstance(page, BalancePage) and page.total_count == 2

    indicator = cassette.value("indicator", "@fees-")
    general = blnk.balances.create(ledger_id="general_ledger_id", currency="USD", indicator=indicator)
    by_indicator = blnk.balances.get_by_indicator(indicator, "USD")
    assert by_indicator.balance_id == general.balance_id and by_indicator.indicator == indicator

    at = blnk.balances.get_at(plain.balance_id, from_source=True)
    assert at.balance.balance_id == plain.balance_id and at.balance.balance == 0 and at.from_source is True

    updated = blnk.balances.update_identity(plain.balance_id, identity_id=identity.identity_id)
    assert updated.message == "Balance identity updated successfully"
    assert blnk.balances.get(plain.balance_id).identity_id == identity.identity_id

    lineage = blnk.balances.lineage(tracked.balance_id)
    assert lineage.balance_id == tracked.balance_id and lineage.total_with_lineage == 0 and lineage.providers == []


@pytest.mark.cassette("test_balance_errors")
def test_balance_errors(blnk: Blnk, cassette: Cassette) -> None:
    with pytest.raises(NotFoundError) as missing:
        blnk.balances.get(MISSING_BALANCE)
    assert missing.value.code == "BAL_NOT_FOUND"

    with pytest.raises(BadRequestError) as unknown_ledger:
        blnk.balances.create(ledger_id="ldg_00000000-0000-4000-8000-000000000000", currency="USD")
    assert unknown_ledger.value.code == "GEN_BAD_REQUEST"

    indicator = cassette.value("indicator", "@dup-")
    blnk.balances.create(ledger_id="general_ledger_id", currency="EUR", indicator=indicator)
    with pytest.raises(ConflictError) as duplicate:
        blnk.balances.create(ledger_id="general_ledger_id", currency="EUR", indicator=indicator)
    assert duplicate.value.code == "GEN_CONFLICT"

    with pytest.raises(BadRequestError) as indicator_outside_gl:
        ledger = blnk.ledgers.create(name=cassette.value("ledger", "indicator-"))
        blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD", indicator="@nope")
    assert indicator_outside_gl.value.code == "GEN_VALIDATION_ERROR"

    plain = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD")
    with pytest.raises(BadRequestError) as no_lineage:
        blnk.balances.lineage(plain.balance_id)
    assert no_lineage.value.code == "GEN_BAD_REQUEST" and "lineage" in no_lineage.value.message

    with pytest.raises(NotFoundError):
        blnk.balances.get_by_indicator("@never-created", "USD")

    with pytest.raises(NotFoundError):
        blnk.balances.update_identity(plain.balance_id, identity_id="idt_00000000-0000-4000-8000-000000000000")

    with pytest.raises(BadRequestError):
        blnk.balances.list(filters={"colour_eq": "red"})

    with pytest.raises(BadRequestError) as bad_filter:
        blnk.balances.filter(filters=[{"field": "colour", "operator": "eq", "value": "red"}])
    assert bad_filter.value.code in {"GEN_BAD_REQUEST", "GEN_VALIDATION_ERROR"}

    with pytest.raises(NotFoundError) as no_identity:
        blnk.identities.get("idt_00000000-0000-4000-8000-000000000000")
    assert no_identity.value.code == "IDT_NOT_FOUND"

    chosen_id = "idt_" + cassette.value("identity_uuid", "00000000-0000-4000-8000-")
    blnk.identities.create(identity_id=chosen_id, first_name="Grace")
    with pytest.raises(BadRequestError) as duplicate_identity:  # 400, not 409 (api/identity.go:49)
        blnk.identities.create(identity_id=chosen_id, first_name="Grace")
    assert duplicate_identity.value.code == "IDT_VALIDATION_ERROR"

    # A '+' offset must reach the server encoded (blnk-go sends it raw and gets BAL_INVALID_TIMESTAMP);
    # before the balance existed the server answers zeros, not BAL_HISTORY_NOT_FOUND.
    long_ago = datetime.datetime(2001, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=3)))
    before = blnk.balances.get_at(plain.balance_id, timestamp=long_ago)
    assert before.timestamp == long_ago and before.balance.balance == 0

    with pytest.raises(NotFoundError):
        blnk.balances.get_at(MISSING_BALANCE)
