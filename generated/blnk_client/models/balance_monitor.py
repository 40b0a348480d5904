# Generated: rendered by overlays/templates/model.py.jinja from the schema BalanceMonitor of spec/blnk-openapi.resolved.json; edit overlays/documents/balance-monitors.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="BalanceMonitor")


@_dataclass(slots=True, weakref_slot=True)
class BalanceMonitor:
    """
    Attributes:
        monitor_id (str): mon_<uuid>
        balance_id (str):
        description (None | str): Left out when empty; only an update can set it.
        created_at (datetime.datetime):
        condition (MonitorCondition):
    """

    monitor_id: str
    balance_id: str
    created_at: datetime.datetime
    condition: MonitorCondition
    description: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["description"])

    def to_dict(self) -> dict[str, Any]:
        monitor_id = self.monitor_id

        balance_id = self.balance_id

        description: None | str
        if self.description is None:
            description = None
        else:
            description = self.description

        created_at = utc_text(self.created_at, "created_at")

        condition = self.condition.to_dict()

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
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        monitor_id = d["monitor_id"]

        balance_id = d["balance_id"]

        description = d.get("description")

        created_at = parse_datetime(d["created_at"])

        condition = MonitorCondition.from_dict(d["condition"])

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        balance_monitor = cls(
            monitor_id,
            balance_id,
            created_at,
            condition,
            description,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 4 + ("description" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "monitor_id",
                    "balance_id",
                    "description",
                    "created_at",
                    "condition",
                }
            }
            balance_monitor.additional_properties = extra

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


from ..models.monitor_condition import MonitorCondition
