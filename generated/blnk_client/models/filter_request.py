from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import enum_member
from ..models.logical_operator import LogicalOperator
from ..models.sort_order import SortOrder
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterRequest")


@_attrs_define
class FilterRequest:
    """api/filter_helper.go; a limit of 0 or above 100 silently becomes 20.

    Attributes:
        filters (list[FilterCondition] | Unset):
        logical_operator (LogicalOperator | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        sort_by (str | Unset): A filterable column; an unknown one is silently ignored.
        sort_order (SortOrder | Unset):
        include_count (bool | Unset): Answer {data, total_count} instead of a bare list.
    """

    filters: list[FilterCondition] | Unset = UNSET
    logical_operator: LogicalOperator | Unset = UNSET
    limit: int | Unset = 20
    offset: int | Unset = 0
    sort_by: str | Unset = UNSET
    sort_order: SortOrder | Unset = UNSET
    include_count: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        logical_operator: str | Unset = UNSET
        if not isinstance(self.logical_operator, Unset):
            logical_operator = self.logical_operator.value

        limit = self.limit

        offset = self.offset

        sort_by = self.sort_by

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order.value

        include_count = self.include_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters
        if logical_operator is not UNSET:
            field_dict["logical_operator"] = logical_operator
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if include_count is not UNSET:
            field_dict["include_count"] = include_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _filters = d.get("filters", UNSET)
        filters: list[FilterCondition] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = FilterCondition.from_dict(filters_item_data)

                filters.append(filters_item)

        _logical_operator = d.get("logical_operator", UNSET)
        logical_operator: LogicalOperator | Unset
        if isinstance(_logical_operator, Unset):
            logical_operator = UNSET
        else:
            logical_operator = enum_member(LogicalOperator, _logical_operator)

        limit = d.get("limit", UNSET)

        offset = d.get("offset", UNSET)

        sort_by = d.get("sort_by", UNSET)

        _sort_order = d.get("sort_order", UNSET)
        sort_order: SortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = enum_member(SortOrder, _sort_order)

        include_count = d.get("include_count", UNSET)

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        filter_request = cls(
            filters,
            logical_operator,
            limit,
            offset,
            sort_by,
            sort_order,
            include_count,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 0 + ("filters" in d) + ("logical_operator" in d) + ("limit" in d) + ("offset" in d) + (
            "sort_by" in d
        ) + ("sort_order" in d) + ("include_count" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "filters",
                    "logical_operator",
                    "limit",
                    "offset",
                    "sort_by",
                    "sort_order",
                    "include_count",
                }
            }
            filter_request.additional_properties = extra

        return filter_request

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


from ..models.filter_condition import FilterCondition
