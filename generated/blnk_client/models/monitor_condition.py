# Generated: rendered by overlays/templates/model.py.jinja from the schema MonitorCondition of spec/blnk-openapi.resolved.json; edit overlays/documents/balance-monitors.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.monitor_field import MonitorField

T = TypeVar("T", bound="MonitorCondition")


@_dataclass(slots=True, weakref_slot=True)
class MonitorCondition:
    """
    Attributes:
        field (MonitorField): The balance amount the condition compares.
        operator (str): As stored; see MonitorOperator for the ones that can fire.
        value (int): Stored in a BIGINT column.
        precision (float): 0 in GET /balance-monitors rows.
        precise_value (int | None): int64(value * precision) at creation; null in GET /balance-monitors rows.
    """

    field: MonitorField
    operator: str
    value: int
    precision: float
    precise_value: int | None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        operator = self.operator

        value = self.value

        precision = self.precision

        precise_value: int | None
        if self.precise_value is None:
            precise_value = None
        else:
            precise_value = self.precise_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "value": value,
                "precision": precision,
                "precise_value": precise_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field = enum_member(MonitorField, d["field"])

        operator = d["operator"]

        value = d["value"]

        precision = d["precision"]

        precise_value = d["precise_value"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        monitor_condition = cls(
            field,
            operator,
            value,
            precision,
            precise_value,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 5:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "field",
                    "operator",
                    "value",
                    "precision",
                    "precise_value",
                }
            }
            monitor_condition.additional_properties = extra

        return monitor_condition

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
