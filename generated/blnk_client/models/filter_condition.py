from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_operator import FilterOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterCondition")


@_attrs_define
class FilterCondition:
    """
    Attributes:
        field (str): A filterable column of the resource, or meta_data.<key> (key matches ^[a-zA-Z][a-zA-Z0-9_]*$).
        operator (FilterOperator): internal/filter; `in` takes `values` (1..100), `between` exactly two `values`.
        value (Any | Unset): The operand of single-value operators.
        values (list[Any] | Unset): The operands of `in` and `between`.
    """

    field: str
    operator: FilterOperator
    value: Any | Unset = UNSET
    values: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator = self.operator.value

        value = self.value

        values: list[Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        operator = FilterOperator(d.pop("operator"))

        value = d.pop("value", UNSET)

        values = cast(list[Any], d.pop("values", UNSET))

        filter_condition = cls(
            field=field,
            operator=operator,
            value=value,
            values=values,
        )

        filter_condition.additional_properties = d
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
