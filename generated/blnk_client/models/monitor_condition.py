from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.monitor_field import MonitorField

T = TypeVar("T", bound="MonitorCondition")


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        operator = self.operator

        value = self.value

        precision = self.precision

        precise_value: int | None
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
        d = dict(src_dict)
        field = MonitorField(d.pop("field"))

        operator = d.pop("operator")

        value = d.pop("value")

        precision = d.pop("precision")

        def _parse_precise_value(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        precise_value = _parse_precise_value(d.pop("precise_value"))

        monitor_condition = cls(
            field=field,
            operator=operator,
            value=value,
            precision=precision,
            precise_value=precise_value,
        )

        monitor_condition.additional_properties = d
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
