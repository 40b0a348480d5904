"""A newer server may add fields and enum values: parsing keeps them instead of failing."""

from __future__ import annotations

from blnk_client.models import AllocationStrategy, Balance, Ledger, TransactionStatus

LEDGER = {"ledger_id": "ldg_1", "name": "n", "created_at": "2026-11-25T06:31:21.764757032Z", "meta_data": None}


def test_unknown_fields_are_kept() -> None:
    ledger = Ledger.from_dict({**LEDGER, "archived_at": "2027-01-01T00:00:00Z", "tags": ["a"]})
    assert ledger.ledger_id == "ldg_1"
    assert ledger.additional_properties == {"archived_at": "2027-01-01T00:00:00Z", "tags": ["a"]}
    assert ledger.to_dict()["tags"] == ["a"]


def test_unknown_enum_values_are_kept() -> None:
    status = TransactionStatus("EXPIRED")  # not sent by v0.15.2; a later server might
    assert status.value == "EXPIRED" and str(status) == "EXPIRED"
    assert TransactionStatus("APPLIED") is TransactionStatus.APPLIED
    balance = Balance.from_dict(
        {
            "balance_id": "bln_1",
            "balance": 2**70,
            "credit_balance": 2**70,
            "debit_balance": 0,
            "inflight_balance": 0,
            "inflight_credit_balance": 0,
            "inflight_debit_balance": 0,
            "currency": "USD",
            "ledger_id": "ldg_1",
            "identity_id": "",
            "created_at": LEDGER["created_at"],
            "inflight_expires_at": "0001-01-01T00:00:00Z",
            "version": 1,
            "track_fund_lineage": False,
            "meta_data": None,
            "allocation_strategy": "WEIGHTED",
        }
    )
    assert balance.allocation_strategy == AllocationStrategy("WEIGHTED") and balance.balance == 2**70
