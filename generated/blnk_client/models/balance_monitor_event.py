from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import enum_member
from ..models.balance_monitor_event_event import BalanceMonitorEventEvent

T = TypeVar("T", bound="BalanceMonitorEvent")


@_attrs_define
class BalanceMonitorEvent:
    """A monitor's condition held after a balance changed (balance.go checkBalanceMonitors).

    Attributes:
        event (BalanceMonitorEventEvent):
        data (BalanceMonitor):
    """

    event: BalanceMonitorEventEvent
    data: BalanceMonitor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event = enum_member(BalanceMonitorEventEvent, d["event"])

        data = BalanceMonitor.from_dict(d["data"])

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        balance_monitor_event = cls(
            event,
            data,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "event",
                    "data",
                }
            }
            balance_monitor_event.additional_properties = extra

        return balance_monitor_event

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


from ..models.balance_monitor import BalanceMonitor
