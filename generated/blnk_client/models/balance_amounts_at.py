# Generated: rendered by overlays/templates/model.py.jinja from the schema BalanceAmountsAt of spec/blnk-openapi.resolved.json; edit overlays/documents/balances.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="BalanceAmountsAt")


@_dataclass(slots=True, weakref_slot=True)
class BalanceAmountsAt:
    """
    Attributes:
        balance_id (str):
        balance (int):
        credit_balance (int):
        debit_balance (int):
        currency (str):
    """

    balance_id: str
    balance: int
    credit_balance: int
    debit_balance: int
    currency: str
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        balance = self.balance

        credit_balance = self.credit_balance

        debit_balance = self.debit_balance

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "balance": balance,
                "credit_balance": credit_balance,
                "debit_balance": debit_balance,
                "currency": currency,
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

        currency = d["currency"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        balance_amounts_at = cls(
            balance_id,
            balance,
            credit_balance,
            debit_balance,
            currency,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 5:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "balance_id",
                    "balance",
                    "credit_balance",
                    "debit_balance",
                    "currency",
                }
            }
            balance_amounts_at.additional_properties = extra

        return balance_amounts_at

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
