# Generated: rendered by overlays/templates/model.py.jinja from the schema MultiSearchQuery of spec/blnk-openapi.resolved.json; edit overlays/documents/search.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.search_collection import SearchCollection

T = TypeVar("T", bound="MultiSearchQuery")


@_dataclass(slots=True, weakref_slot=True)
class MultiSearchQuery:
    """
    Attributes:
        collection (SearchCollection): The collections cmd/server.go creates in Typesense.
        q (None | str):
        query_by (None | str):
        filter_by (None | str):
        sort_by (None | str):
        facet_by (None | str):
        group_by (None | str):
        include_fields (None | str):
        exclude_fields (None | str):
        page (int | None):
        per_page (int | None):
    """

    collection: SearchCollection
    q: None | str = None
    query_by: None | str = None
    filter_by: None | str = None
    sort_by: None | str = None
    facet_by: None | str = None
    group_by: None | str = None
    include_fields: None | str = None
    exclude_fields: None | str = None
    page: int | None = None
    per_page: int | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(
            self,
            [
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
            ],
        )

    def to_dict(self) -> dict[str, Any]:
        collection = self.collection.value

        q: None | str
        if self.q is None:
            q = None
        else:
            q = self.q

        query_by: None | str
        if self.query_by is None:
            query_by = None
        else:
            query_by = self.query_by

        filter_by: None | str
        if self.filter_by is None:
            filter_by = None
        else:
            filter_by = self.filter_by

        sort_by: None | str
        if self.sort_by is None:
            sort_by = None
        else:
            sort_by = self.sort_by

        facet_by: None | str
        if self.facet_by is None:
            facet_by = None
        else:
            facet_by = self.facet_by

        group_by: None | str
        if self.group_by is None:
            group_by = None
        else:
            group_by = self.group_by

        include_fields: None | str
        if self.include_fields is None:
            include_fields = None
        else:
            include_fields = self.include_fields

        exclude_fields: None | str
        if self.exclude_fields is None:
            exclude_fields = None
        else:
            exclude_fields = self.exclude_fields

        page: int | None
        if self.page is None:
            page = None
        else:
            page = self.page

        per_page: int | None
        if self.per_page is None:
            per_page = None
        else:
            per_page = self.per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collection": collection,
            }
        )
        if q is not None:
            field_dict["q"] = q
        if query_by is not None:
            field_dict["query_by"] = query_by
        if filter_by is not None:
            field_dict["filter_by"] = filter_by
        if sort_by is not None:
            field_dict["sort_by"] = sort_by
        if facet_by is not None:
            field_dict["facet_by"] = facet_by
        if group_by is not None:
            field_dict["group_by"] = group_by
        if include_fields is not None:
            field_dict["include_fields"] = include_fields
        if exclude_fields is not None:
            field_dict["exclude_fields"] = exclude_fields
        if page is not None:
            field_dict["page"] = page
        if per_page is not None:
            field_dict["per_page"] = per_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        collection = enum_member(SearchCollection, d["collection"])

        q = d.get("q")

        query_by = d.get("query_by")

        filter_by = d.get("filter_by")

        sort_by = d.get("sort_by")

        facet_by = d.get("facet_by")

        group_by = d.get("group_by")

        include_fields = d.get("include_fields")

        exclude_fields = d.get("exclude_fields")

        page = d.get("page")

        per_page = d.get("per_page")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
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
