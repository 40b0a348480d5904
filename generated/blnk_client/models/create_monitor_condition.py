# Generated: rendered by overlays/templates/model.py.jinja from the schema CreateMonitorCondition of spec/blnk-openapi.resolved.json; edit overlays/documents/balance-monitors.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.monitor_field import MonitorField
from ..models.monitor_operator import MonitorOperator

T = TypeVar("T", bound="CreateMonitorCondition")


@_dataclass(slots=True, weakref_slot=True)
class CreateMonitorCondition:
    """
    Attributes:
        field (MonitorField): The balance amount the condition compares.
        operator (MonitorOperator): The operators that can both be stored and fire. The server checks none, but the
            balance_monitors.operator column only admits > < >= <= = != (sql/1713790634.sql), so `==`, the only equality
            model/model.go compare() evaluates, answers 500 "Database error occurred"; `=` is stored but never fires.
        value (int): The threshold in major units; must not be 0 (400 `value: cannot be blank`). The server binds a
            float but stores it in a BIGINT column, so a fraction answers 500 "Database error occurred".
        precision (float): Minor units per major unit (e.g. 100); must be positive. precise_value = int64(value *
            precision).
    """

    field: MonitorField
    operator: MonitorOperator
    value: int
    precision: float
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        operator = self.operator.value

        value = self.value

        precision = self.precision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "value": value,
                "precision": precision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field = enum_member(MonitorField, d["field"])

        operator = enum_member(MonitorOperator, d["operator"])

        value = d["value"]

        precision = d["precision"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        create_monitor_condition = cls(
            field,
            operator,
            value,
            precision,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 4:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "field",
                    "operator",
                    "value",
                    "precision",
                }
            }
            create_monitor_condition.additional_properties = extra

        return create_monitor_condition

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
