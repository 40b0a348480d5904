# Generated: rendered by overlays/templates/model.py.jinja from the schema FilterRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/common.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.logical_operator import LogicalOperator
from ..models.sort_order import SortOrder

T = TypeVar("T", bound="FilterRequest")


@_dataclass(slots=True, weakref_slot=True)
class FilterRequest:
    """api/filter_helper.go; a limit of 0 or above 100 silently becomes 20.

    Attributes:
        filters (list[FilterCondition] | None):
        logical_operator (LogicalOperator | None):
        limit (int | None):  Default: 20.
        offset (int | None):  Default: 0.
        sort_by (None | str): A filterable column; an unknown one is silently ignored.
        sort_order (None | SortOrder):
        include_count (bool | None): Answer {data, total_count} instead of a bare list.
    """

    filters: list[FilterCondition] | None = None
    logical_operator: LogicalOperator | None = None
    limit: int | None = None
    offset: int | None = None
    sort_by: None | str = None
    sort_order: None | SortOrder = None
    include_count: bool | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(
            self, ["filters", "logical_operator", "limit", "offset", "sort_by", "sort_order", "include_count"]
        )

    def to_dict(self) -> dict[str, Any]:
        filters: list[dict[str, Any]] | None
        if self.filters is None:
            filters = None
        else:
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = filters_type_0_item_data.to_dict()
                filters.append(filters_type_0_item)

        logical_operator: None | str
        if self.logical_operator is None:
            logical_operator = None
        else:
            logical_operator = self.logical_operator.value

        limit: int | None
        if self.limit is None:
            limit = None
        else:
            limit = self.limit

        offset: int | None
        if self.offset is None:
            offset = None
        else:
            offset = self.offset

        sort_by: None | str
        if self.sort_by is None:
            sort_by = None
        else:
            sort_by = self.sort_by

        sort_order: None | str
        if self.sort_order is None:
            sort_order = None
        else:
            sort_order = self.sort_order.value

        include_count: bool | None
        if self.include_count is None:
            include_count = None
        else:
            include_count = self.include_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not None:
            field_dict["filters"] = filters
        if logical_operator is not None:
            field_dict["logical_operator"] = logical_operator
        if limit is not None:
            field_dict["limit"] = limit
        if offset is not None:
            field_dict["offset"] = offset
        if sort_by is not None:
            field_dict["sort_by"] = sort_by
        if sort_order is not None:
            field_dict["sort_order"] = sort_order
        if include_count is not None:
            field_dict["include_count"] = include_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _filters = d.get("filters")
        filters: list[FilterCondition] | None
        if _filters is None:
            filters = _filters
        else:
            _filters_type_0 = _filters
            filters_type_0 = list(map(FilterCondition.from_dict, _filters_type_0)) if _filters_type_0 else []

            filters = filters_type_0

        _logical_operator = d.get("logical_operator")
        logical_operator: LogicalOperator | None
        if _logical_operator is None:
            logical_operator = _logical_operator
        else:
            logical_operator_type_1 = enum_member(LogicalOperator, _logical_operator)

            logical_operator = logical_operator_type_1

        limit = d.get("limit")

        offset = d.get("offset")

        sort_by = d.get("sort_by")

        _sort_order = d.get("sort_order")
        sort_order: None | SortOrder
        if _sort_order is None:
            sort_order = _sort_order
        else:
            sort_order_type_1 = enum_member(SortOrder, _sort_order)

            sort_order = sort_order_type_1

        include_count = d.get("include_count")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
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
