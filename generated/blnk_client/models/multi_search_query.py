from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import enum_member
from ..models.search_collection import SearchCollection
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiSearchQuery")


@_attrs_define
class MultiSearchQuery:
    """
    Attributes:
        collection (SearchCollection): The collections cmd/server.go creates in Typesense.
        q (str | Unset):
        query_by (str | Unset):
        filter_by (str | Unset):
        sort_by (str | Unset):
        facet_by (str | Unset):
        group_by (str | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
    """

    collection: SearchCollection
    q: str | Unset = UNSET
    query_by: str | Unset = UNSET
    filter_by: str | Unset = UNSET
    sort_by: str | Unset = UNSET
    facet_by: str | Unset = UNSET
    group_by: str | Unset = UNSET
    include_fields: str | Unset = UNSET
    exclude_fields: str | Unset = UNSET
    page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection = self.collection.value

        q = self.q

        query_by = self.query_by

        filter_by = self.filter_by

        sort_by = self.sort_by

        facet_by = self.facet_by

        group_by = self.group_by

        include_fields = self.include_fields

        exclude_fields = self.exclude_fields

        page = self.page

        per_page = self.per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collection": collection,
            }
        )
        if q is not UNSET:
            field_dict["q"] = q
        if query_by is not UNSET:
            field_dict["query_by"] = query_by
        if filter_by is not UNSET:
            field_dict["filter_by"] = filter_by
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if facet_by is not UNSET:
            field_dict["facet_by"] = facet_by
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if include_fields is not UNSET:
            field_dict["include_fields"] = include_fields
        if exclude_fields is not UNSET:
            field_dict["exclude_fields"] = exclude_fields
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        collection = enum_member(SearchCollection, d["collection"])

        q = d.get("q", UNSET)

        query_by = d.get("query_by", UNSET)

        filter_by = d.get("filter_by", UNSET)

        sort_by = d.get("sort_by", UNSET)

        facet_by = d.get("facet_by", UNSET)

        group_by = d.get("group_by", UNSET)

        include_fields = d.get("include_fields", UNSET)

        exclude_fields = d.get("exclude_fields", UNSET)

        page = d.get("page", UNSET)

        per_page = d.get("per_page", UNSET)

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        multi_search_query = cls(
            collection,
            q,
            query_by,
            filter_by,
            sort_by,
            facet_by,
            group_by,
            include_fields,
            exclude_fields,
            page,
            per_page,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("q" in d) + ("query_by" in d) + ("filter_by" in d) + ("sort_by" in d) + ("facet_by" in d) + (
            "group_by" in d
        ) + ("include_fields" in d) + ("exclude_fields" in d) + ("page" in d) + ("per_page" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "collection",
                    "q",
                    "query_by",
                    "filter_by",
                    "sort_by",
                    "facet_by",
                    "group_by",
                    "include_fields",
                    "exclude_fields",
                    "page",
                    "per_page",
                }
            }
            multi_search_query.additional_properties = extra

        return multi_search_query

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
