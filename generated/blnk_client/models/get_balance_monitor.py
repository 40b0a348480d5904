from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.condition import Condition


T = TypeVar("T", bound="GetBalanceMonitor")


@_attrs_define
class GetBalanceMonitor:
    """
    Example:
        {'monitor_id': 'mon_e0e77b0c-4985-472a-9bf5-76a48b0259b0', 'balance_id':
            'bln_0be360ca-86fe-457d-be43-daa3f966d8f0', 'condition': {'field': 'debit_balance', 'operator': '>', 'value':
            100000}, 'description': '', 'call_back_url': 'https://api.myapp.com/balancemonitor', 'created_at':
            '2024-02-20T05:56:58.257315Z'}

    Attributes:
        monitor_id (str):
        balance_id (str):
        condition (Condition):  Example: {'field': 'debit_balance', 'operator': '>', 'value': 100000}.
        description (str):
        call_back_url (str):
        created_at (str):
    """

    monitor_id: str
    balance_id: str
    condition: Condition
    description: str
    call_back_url: str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monitor_id = self.monitor_id

        balance_id = self.balance_id

        condition = self.condition.to_dict()

        description = self.description

        call_back_url = self.call_back_url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monitor_id": monitor_id,
                "balance_id": balance_id,
                "condition": condition,
                "description": description,
                "call_back_url": call_back_url,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition import Condition  # noqa: PLC0415

        d = dict(src_dict)
        monitor_id = d.pop("monitor_id")

        balance_id = d.pop("balance_id")

        condition = Condition.from_dict(d.pop("condition"))

        description = d.pop("description")

        call_back_url = d.pop("call_back_url")

        created_at = d.pop("created_at")

        get_balance_monitor = cls(
            monitor_id=monitor_id,
            balance_id=balance_id,
            condition=condition,
            description=description,
            call_back_url=call_back_url,
            created_at=created_at,
        )

        get_balance_monitor.additional_properties = d
        return get_balance_monitor

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
