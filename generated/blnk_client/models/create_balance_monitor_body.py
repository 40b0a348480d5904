from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.condition import Condition


T = TypeVar("T", bound="CreateBalanceMonitorBody")


@_attrs_define
class CreateBalanceMonitorBody:
    """
    Attributes:
        balance_id (str):
        condition (Condition):  Example: {'field': 'debit_balance', 'operator': '>', 'value': 100000}.
        call_back_url (str):
    """

    balance_id: str
    condition: Condition
    call_back_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        condition = self.condition.to_dict()

        call_back_url = self.call_back_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "condition": condition,
                "call_back_url": call_back_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition import Condition  # noqa: PLC0415

        d = dict(src_dict)
        balance_id = d.pop("balance_id")

        condition = Condition.from_dict(d.pop("condition"))

        call_back_url = d.pop("call_back_url")

        create_balance_monitor_body = cls(
            balance_id=balance_id,
            condition=condition,
            call_back_url=call_back_url,
        )

        create_balance_monitor_body.additional_properties = d
        return create_balance_monitor_body

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
