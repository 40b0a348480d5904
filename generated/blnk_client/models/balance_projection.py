# Generated: rendered by overlays/templates/model.py.jinja from the schema BalanceProjection of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.projection_role import ProjectionRole

T = TypeVar("T", bound="BalanceProjection")


@_dataclass(slots=True, weakref_slot=True)
class BalanceProjection:
    """One balance before and after the projected transaction; amounts are integer strings in minor units.

    Attributes:
        balance_id (str):
        role (ProjectionRole):
        currency (str):
        virtual (bool | None): An @indicator balance a real post would create; projected from zero.
        current_balance (str):
        current_available (str):
        current_credit_balance (str):
        current_debit_balance (str):
        current_inflight_debit_balance (str):
        current_inflight_credit_balance (str):
        resulting_balance (str):
        resulting_available (str):
        resulting_credit_balance (str):
        resulting_debit_balance (str):
        resulting_inflight_debit_balance (str):
        resulting_inflight_credit_balance (str):
    """

    balance_id: str
    role: ProjectionRole
    currency: str
    current_balance: str
    current_available: str
    current_credit_balance: str
    current_debit_balance: str
    current_inflight_debit_balance: str
    current_inflight_credit_balance: str
    resulting_balance: str
    resulting_available: str
    resulting_credit_balance: str
    resulting_debit_balance: str
    resulting_inflight_debit_balance: str
    resulting_inflight_credit_balance: str
    virtual: bool | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["virtual"])

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        role = self.role.value

        currency = self.currency

        virtual: bool | None
        if self.virtual is None:
            virtual = None
        else:
            virtual = self.virtual

        current_balance = self.current_balance

        current_available = self.current_available

        current_credit_balance = self.current_credit_balance

        current_debit_balance = self.current_debit_balance

        current_inflight_debit_balance = self.current_inflight_debit_balance

        current_inflight_credit_balance = self.current_inflight_credit_balance

        resulting_balance = self.resulting_balance

        resulting_available = self.resulting_available

        resulting_credit_balance = self.resulting_credit_balance

        resulting_debit_balance = self.resulting_debit_balance

        resulting_inflight_debit_balance = self.resulting_inflight_debit_balance

        resulting_inflight_credit_balance = self.resulting_inflight_credit_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "role": role,
                "currency": currency,
                "current_balance": current_balance,
                "current_available": current_available,
                "current_credit_balance": current_credit_balance,
                "current_debit_balance": current_debit_balance,
                "current_inflight_debit_balance": current_inflight_debit_balance,
                "current_inflight_credit_balance": current_inflight_credit_balance,
                "resulting_balance": resulting_balance,
                "resulting_available": resulting_available,
                "resulting_credit_balance": resulting_credit_balance,
                "resulting_debit_balance": resulting_debit_balance,
                "resulting_inflight_debit_balance": resulting_inflight_debit_balance,
                "resulting_inflight_credit_balance": resulting_inflight_credit_balance,
            }
        )
        if virtual is not None:
            field_dict["virtual"] = virtual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        balance_id = d["balance_id"]

        role = enum_member(ProjectionRole, d["role"])

        currency = d["currency"]

        virtual = d.get("virtual")

        current_balance = d["current_balance"]

        current_available = d["current_available"]

        current_credit_balance = d["current_credit_balance"]

        current_debit_balance = d["current_debit_balance"]

        current_inflight_debit_balance = d["current_inflight_debit_balance"]

        current_inflight_credit_balance = d["current_inflight_credit_balance"]

        resulting_balance = d["resulting_balance"]

        resulting_available = d["resulting_available"]

        resulting_credit_balance = d["resulting_credit_balance"]

        resulting_debit_balance = d["resulting_debit_balance"]

        resulting_inflight_debit_balance = d["resulting_inflight_debit_balance"]

        resulting_inflight_credit_balance = d["resulting_inflight_credit_balance"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        balance_projection = cls(
            balance_id,
            role,
            currency,
            current_balance,
            current_available,
            current_credit_balance,
            current_debit_balance,
            current_inflight_debit_balance,
            current_inflight_credit_balance,
            resulting_balance,
            resulting_available,
            resulting_credit_balance,
            resulting_debit_balance,
            resulting_inflight_debit_balance,
            resulting_inflight_credit_balance,
            virtual,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 15 + ("virtual" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "balance_id",
                    "role",
                    "currency",
                    "virtual",
                    "current_balance",
                    "current_available",
                    "current_credit_balance",
                    "current_debit_balance",
                    "current_inflight_debit_balance",
                    "current_inflight_credit_balance",
                    "resulting_balance",
                    "resulting_available",
                    "resulting_credit_balance",
                    "resulting_debit_balance",
                    "resulting_inflight_debit_balance",
                    "resulting_inflight_credit_balance",
                }
            }
            balance_projection.additional_properties = extra

        return balance_projection

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
