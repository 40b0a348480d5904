from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_monitor_condition import UpdateMonitorCondition


T = TypeVar("T", bound="UpdateBalanceMonitorRequest")


@_attrs_define
class UpdateBalanceMonitorRequest:
    """Replaces the monitor's balance_id, description and condition (field, operator, value).

    Attributes:
        balance_id (str): Must be an existing balance; an unknown one answers 500.
        condition (UpdateMonitorCondition): precision is not updatable (the server ignores it here).
        description (str | Unset):
    """

    balance_id: str
    condition: UpdateMonitorCondition
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        condition = self.condition.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "condition": condition,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_monitor_condition import UpdateMonitorCondition  # noqa: PLC0415

        d = dict(src_dict)
        balance_id = d.pop("balance_id")

        condition = UpdateMonitorCondition.from_dict(d.pop("condition"))

        description = d.pop("description", UNSET)

        update_balance_monitor_request = cls(
            balance_id=balance_id,
            condition=condition,
            description=description,
        )

        update_balance_monitor_request.additional_properties = d
        return update_balance_monitor_request

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
