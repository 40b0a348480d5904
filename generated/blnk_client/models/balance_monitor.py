from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_condition import MonitorCondition


T = TypeVar("T", bound="BalanceMonitor")


@_attrs_define
class BalanceMonitor:
    """
    Attributes:
        monitor_id (str): mon_<uuid>
        balance_id (str):
        created_at (datetime.datetime):
        condition (MonitorCondition):
        description (str | Unset): Left out when empty; only an update can set it.
    """

    monitor_id: str
    balance_id: str
    created_at: datetime.datetime
    condition: MonitorCondition
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monitor_id = self.monitor_id

        balance_id = self.balance_id

        created_at = self.created_at.isoformat()

        condition = self.condition.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monitor_id": monitor_id,
                "balance_id": balance_id,
                "created_at": created_at,
                "condition": condition,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.monitor_condition import MonitorCondition  # noqa: PLC0415

        d = dict(src_dict)
        monitor_id = d.pop("monitor_id")

        balance_id = d.pop("balance_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        condition = MonitorCondition.from_dict(d.pop("condition"))

        description = d.pop("description", UNSET)

        balance_monitor = cls(
            monitor_id=monitor_id,
            balance_id=balance_id,
            created_at=created_at,
            condition=condition,
            description=description,
        )

        balance_monitor.additional_properties = d
        return balance_monitor

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
