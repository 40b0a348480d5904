# Generated: rendered by overlays/templates/model.py.jinja from the schema AccountBalance of spec/blnk-openapi.resolved.json; edit overlays/documents/accounts.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="AccountBalance")


@_dataclass(slots=True, weakref_slot=True)
class AccountBalance:
    """The balance columns an account embeds (database/account.go): no indicator or allocation_strategy, inflight amounts
    null, version 0 and track_fund_lineage false whatever is stored.

        Attributes:
            balance_id (str):
            balance (int):
            credit_balance (int):
            debit_balance (int):
            inflight_balance (int | None): Always null here.
            inflight_credit_balance (int | None): Always null here.
            inflight_debit_balance (int | None): Always null here.
            currency (str):
            ledger_id (str):
            identity_id (str):
            created_at (datetime.datetime):
            inflight_expires_at (datetime.datetime): Always zero time.
            version (int): Always 0 here.
            track_fund_lineage (bool): Always false here.
            meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
                pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    balance_id: str
    balance: int
    credit_balance: int
    debit_balance: int
    inflight_balance: int | None
    inflight_credit_balance: int | None
    inflight_debit_balance: int | None
    currency: str
    ledger_id: str
    identity_id: str
    created_at: datetime.datetime
    inflight_expires_at: datetime.datetime
    version: int
    track_fund_lineage: bool
    meta_data: MetaData | None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        balance = self.balance

        credit_balance = self.credit_balance

        debit_balance = self.debit_balance

        inflight_balance: int | None
        if self.inflight_balance is None:
            inflight_balance = None
        else:
            inflight_balance = self.inflight_balance

        inflight_credit_balance: int | None
        if self.inflight_credit_balance is None:
            inflight_credit_balance = None
        else:
            inflight_credit_balance = self.inflight_credit_balance

        inflight_debit_balance: int | None
        if self.inflight_debit_balance is None:
            inflight_debit_balance = None
        else:
            inflight_debit_balance = self.inflight_debit_balance

        currency = self.currency

        ledger_id = self.ledger_id

        identity_id = self.identity_id

        created_at = utc_text(self.created_at, "created_at")

        inflight_expires_at = utc_text(self.inflight_expires_at, "inflight_expires_at")

        version = self.version

        track_fund_lineage = self.track_fund_lineage

        meta_data: dict[str, Any] | None
        if self.meta_data is None:
            meta_data = None
        else:
            meta_data = self.meta_data.to_dict()

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
                "created_at": created_at,
                "inflight_expires_at": inflight_expires_at,
                "version": version,
                "track_fund_lineage": track_fund_lineage,
                "meta_data": meta_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        balance_id = d["balance_id"]

        balance = d["balance"]

        credit_balance = d["credit_balance"]

        debit_balance = d["debit_balance"]

        inflight_balance = d["inflight_balance"]

        inflight_credit_balance = d["inflight_credit_balance"]

        inflight_debit_balance = d["inflight_debit_balance"]

        currency = d["currency"]

        ledger_id = d["ledger_id"]

        identity_id = d["identity_id"]

        created_at = parse_datetime(d["created_at"])

        inflight_expires_at = parse_datetime(d["inflight_expires_at"])

        version = d["version"]

        track_fund_lineage = d["track_fund_lineage"]

        _meta_data = d["meta_data"]
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        account_balance = cls(
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
            created_at,
            inflight_expires_at,
            version,
            track_fund_lineage,
            meta_data,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 15:
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
                    "currency",
                    "ledger_id",
                    "identity_id",
                    "created_at",
                    "inflight_expires_at",
                    "version",
                    "track_fund_lineage",
                    "meta_data",
                }
            }
            account_balance.additional_properties = extra

        return account_balance

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


from ..models.meta_data import MetaData
