# Generated: rendered by overlays/templates/model.py.jinja from the schema Balance of spec/blnk-openapi.resolved.json; edit overlays/documents/accounts.yaml, overlays/documents/balance-monitors.yaml, overlays/documents/balances.yaml, overlays/documents/releases.yaml, overlays/documents/transactions.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member, or_zero, parse_datetime
from .._validation import utc_text
from ..models.allocation_strategy import AllocationStrategy

T = TypeVar("T", bound="Balance")


@_dataclass(slots=True, weakref_slot=True)
class Balance:
    """Amounts are integers in minor units of any size (Go *big.Int); no precision is stored.

    Attributes:
        balance_id (str): bln_<uuid>
        balance (int): credit_balance - debit_balance
        credit_balance (int):
        debit_balance (int):
        inflight_balance (int):
        inflight_credit_balance (int):
        inflight_debit_balance (int):
        queued_debit_balance (int | None): Only with with_queued=true.
        queued_credit_balance (int | None): Only with with_queued=true.
        currency (str):
        ledger_id (str):
        identity_id (str): Empty when none.
        indicator (None | str): Left out when empty.
        version (int): Optimistic-lock version; 0 in list rows.
        created_at (datetime.datetime):
        inflight_expires_at (datetime.datetime): Never populated; always zero time.
        meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
            pass through float64 on the server: integers beyond 2**53 come back rounded.
        track_fund_lineage (bool | None): False in list rows whatever is stored. Added in Blnk v0.13.0: older servers
            neither send nor read it (None).
        allocation_strategy (AllocationStrategy | None): Added in Blnk v0.13.0: older servers neither send nor read it
            (None).
        identity (Identity | None):
        ledger (Ledger | None):
        currency_multiplier (float | None): The balance's currency multiplier. Sent by Blnk up to v0.14.5 only (removed
            in the next release); None from newer servers.
    """

    balance_id: str
    balance: int
    credit_balance: int
    debit_balance: int
    inflight_balance: int
    inflight_credit_balance: int
    inflight_debit_balance: int
    currency: str
    ledger_id: str
    identity_id: str
    version: int
    created_at: datetime.datetime
    inflight_expires_at: datetime.datetime
    meta_data: MetaData | None
    queued_debit_balance: int | None = None
    queued_credit_balance: int | None = None
    indicator: None | str = None
    track_fund_lineage: bool | None = None
    allocation_strategy: AllocationStrategy | None = None
    identity: Identity | None = None
    ledger: Ledger | None = None
    currency_multiplier: float | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(
            self,
            [
                "queued_debit_balance",
                "queued_credit_balance",
                "indicator",
                "track_fund_lineage",
                "allocation_strategy",
                "identity",
                "ledger",
                "currency_multiplier",
            ],
        )

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        balance = self.balance

        credit_balance = self.credit_balance

        debit_balance = self.debit_balance

        inflight_balance = self.inflight_balance

        inflight_credit_balance = self.inflight_credit_balance

        inflight_debit_balance = self.inflight_debit_balance

        queued_debit_balance: int | None
        if self.queued_debit_balance is None:
            queued_debit_balance = None
        else:
            queued_debit_balance = self.queued_debit_balance

        queued_credit_balance: int | None
        if self.queued_credit_balance is None:
            queued_credit_balance = None
        else:
            queued_credit_balance = self.queued_credit_balance

        currency = self.currency

        ledger_id = self.ledger_id

        identity_id = self.identity_id

        indicator: None | str
        if self.indicator is None:
            indicator = None
        else:
            indicator = self.indicator

        version = self.version

        created_at = utc_text(self.created_at, "created_at")

        inflight_expires_at = utc_text(self.inflight_expires_at, "inflight_expires_at")

        meta_data: dict[str, Any] | None
        if self.meta_data is None:
            meta_data = None
        else:
            meta_data = self.meta_data.to_dict()

        track_fund_lineage: bool | None
        if self.track_fund_lineage is None:
            track_fund_lineage = None
        else:
            track_fund_lineage = self.track_fund_lineage

        allocation_strategy: None | str
        if self.allocation_strategy is None:
            allocation_strategy = None
        else:
            allocation_strategy = self.allocation_strategy.value

        identity: dict[str, Any] | None
        if self.identity is None:
            identity = None
        else:
            identity = self.identity.to_dict()

        ledger: dict[str, Any] | None
        if self.ledger is None:
            ledger = None
        else:
            ledger = self.ledger.to_dict()

        currency_multiplier: float | None
        if self.currency_multiplier is None:
            currency_multiplier = None
        else:
            currency_multiplier = self.currency_multiplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "balance": balance,
                "credit_balance": credit_balance,
                "debit_balance": debit_balance,
                "inflight_balance": inflight_balance,
                "inflight_credit_balance": inflight_credit_balance,
                "inflight_debit_balance": inflight_debit_balance,
                "currency": currency,
                "ledger_id": ledger_id,
                "identity_id": identity_id,
                "version": version,
                "created_at": created_at,
                "inflight_expires_at": inflight_expires_at,
                "meta_data": meta_data,
            }
        )
        if queued_debit_balance is not None:
            field_dict["queued_debit_balance"] = queued_debit_balance
        if queued_credit_balance is not None:
            field_dict["queued_credit_balance"] = queued_credit_balance
        if indicator is not None:
            field_dict["indicator"] = indicator
        if track_fund_lineage is not None:
            field_dict["track_fund_lineage"] = track_fund_lineage
        if allocation_strategy is not None:
            field_dict["allocation_strategy"] = allocation_strategy
        if identity is not None:
            field_dict["identity"] = identity
        if ledger is not None:
            field_dict["ledger"] = ledger
        if currency_multiplier is not None:
            field_dict["currency_multiplier"] = currency_multiplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        balance_id = d["balance_id"]

        balance = d["balance"]

        credit_balance = d["credit_balance"]

        debit_balance = d["debit_balance"]

        inflight_balance = or_zero(d.get("inflight_balance"), 0)

        inflight_credit_balance = or_zero(d.get("inflight_credit_balance"), 0)

        inflight_debit_balance = or_zero(d.get("inflight_debit_balance"), 0)

        queued_debit_balance = d.get("queued_debit_balance")

        queued_credit_balance = d.get("queued_credit_balance")

        currency = d["currency"]

        ledger_id = d["ledger_id"]

        identity_id = d["identity_id"]

        indicator = d.get("indicator")

        version = d["version"]

        created_at = parse_datetime(d["created_at"])

        inflight_expires_at = parse_datetime(d["inflight_expires_at"])

        _meta_data = d["meta_data"]
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        track_fund_lineage = d.get("track_fund_lineage")

        _allocation_strategy = d.get("allocation_strategy")
        allocation_strategy: AllocationStrategy | None
        if _allocation_strategy is None:
            allocation_strategy = _allocation_strategy
        else:
            allocation_strategy_type_1 = enum_member(AllocationStrategy, _allocation_strategy)

            allocation_strategy = allocation_strategy_type_1

        _identity = d.get("identity")
        identity: Identity | None
        if _identity is None:
            identity = _identity
        else:
            identity_type_1 = Identity.from_dict(_identity)

            identity = identity_type_1

        _ledger = d.get("ledger")
        ledger: Ledger | None
        if _ledger is None:
            ledger = _ledger
        else:
            ledger_type_1 = Ledger.from_dict(_ledger)

            ledger = ledger_type_1

        currency_multiplier = d.get("currency_multiplier")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        balance = cls(
            balance_id,
            balance,
            credit_balance,
            debit_balance,
            inflight_balance,
            inflight_credit_balance,
            inflight_debit_balance,
            currency,
            ledger_id,
            identity_id,
            version,
            created_at,
            inflight_expires_at,
            meta_data,
            queued_debit_balance,
            queued_credit_balance,
            indicator,
            track_fund_lineage,
            allocation_strategy,
            identity,
            ledger,
            currency_multiplier,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 11 + ("inflight_balance" in d) + ("inflight_credit_balance" in d) + (
            "inflight_debit_balance" in d
        ) + ("queued_debit_balance" in d) + ("queued_credit_balance" in d) + ("indicator" in d) + (
            "track_fund_lineage" in d
        ) + ("allocation_strategy" in d) + ("identity" in d) + ("ledger" in d) + ("currency_multiplier" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "balance_id",
                    "balance",
                    "credit_balance",
                    "debit_balance",
                    "inflight_balance",
                    "inflight_credit_balance",
                    "inflight_debit_balance",
                    "queued_debit_balance",
                    "queued_credit_balance",
                    "currency",
                    "ledger_id",
                    "identity_id",
                    "indicator",
                    "version",
                    "created_at",
                    "inflight_expires_at",
                    "meta_data",
                    "track_fund_lineage",
                    "allocation_strategy",
                    "identity",
                    "ledger",
                    "currency_multiplier",
                }
            }
            balance.additional_properties = extra

        return balance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.identity import Identity
from ..models.ledger import Ledger
from ..models.meta_data import MetaData
