from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.condition import Condition


T = TypeVar("T", bound="UpdateBalanceMonitorBody")


@_attrs_define
class UpdateBalanceMonitorBody:
    """
    Attributes:
        balance_id (str):
        condition (Condition):  Example: {'field': 'debit_balance', 'operator': '>', 'value': 100000}.
    """

    balance_id: str
    condition: Condition
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        condition = self.condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "condition": condition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition import Condition  # noqa: PLC0415

        d = dict(src_dict)
        balance_id = d.pop("balance_id")

        condition = Condition.from_dict(d.pop("condition"))

        update_balance_monitor_body = cls(
            balance_id=balance_id,
            condition=condition,
        )

        update_balance_monitor_body.additional_properties = d
        return update_balance_monitor_body

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
