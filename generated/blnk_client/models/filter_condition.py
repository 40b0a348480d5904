# Generated: rendered by overlays/templates/model.py.jinja from the schema FilterCondition of spec/blnk-openapi.resolved.json; edit overlays/documents/common.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar, cast

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.filter_operator import FilterOperator

T = TypeVar("T", bound="FilterCondition")


@_dataclass(slots=True, weakref_slot=True)
class FilterCondition:
    """A filter condition as the client parses and sends it (each operator's keys are checked before sending).

    Attributes:
        field (str): A filterable column of the resource, or meta_data.<key> (key matches ^[a-zA-Z][a-zA-Z0-9_]*$).
        operator (FilterOperator): internal/filter; `in` takes `values` (1..100), `between` exactly two `values`.
        value (bool | float | None | str): An operand; the server compares it with the column's type.
        values (list[bool | float | str] | None): The operands of `in` and `between`.
    """

    field: str
    operator: FilterOperator
    value: bool | float | None | str = None
    values: list[bool | float | str] | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["value", "values"])

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator = self.operator.value

        value: bool | float | None | str
        value = self.value

        values: list[bool | float | str] | None
        if self.values is None:
            values = None
        else:
            values = []
            for values_type_0_item_data in self.values:
                values_type_0_item: bool | float | str
                values_type_0_item = values_type_0_item_data

                values.append(values_type_0_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
            }
        )
        if value is not None:
            field_dict["value"] = value
        if values is not None:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field = d["field"]

        operator = enum_member(FilterOperator, d["operator"])

        def _parse_value(data: object) -> bool | float | None | str:
            if data is None:
                return data
            return cast(bool | float | None | str, data)

        value = _parse_value(d.get("value"))

        _values = d.get("values")
        values: list[bool | float | str] | None
        if _values is None:
            values = _values
        else:
            values_type_0 = []
            _values_type_0 = _values
            for values_type_0_item_data in _values_type_0:

                def _parse_values_type_0_item(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                values_type_0_item = _parse_values_type_0_item(values_type_0_item_data)

                values_type_0.append(values_type_0_item)

            values = values_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        filter_condition = cls(
            field,
            operator,
            value,
            values,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2 + ("value" in d) + ("values" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "field",
                    "operator",
                    "value",
                    "values",
                }
            }
            filter_condition.additional_properties = extra

        return filter_condition

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
