# Generated: rendered by overlays/templates/model.py.jinja from the schema SearchRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/search.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="SearchRequest")


@_dataclass(slots=True, weakref_slot=True)
class SearchRequest:
    """
    Attributes:
        q (str): The query text; `*` matches everything.
        query_by (None | str): Comma-separated fields to search in.
        query_by_weights (None | str):
        filter_by (None | str): Typesense filter, e.g. `currency:=USD && balance:>0`.
        sort_by (None | str): e.g. `created_at:desc`.
        facet_by (None | str):
        max_facet_values (int | None):
        group_by (None | str):
        group_limit (int | None):
        include_fields (None | str):
        exclude_fields (None | str):
        highlight_fields (None | str):
        num_typos (None | str):
        prefix (None | str):
        page (int | None):
        per_page (int | None):
        offset (int | None):
        limit (int | None):
        exhaustive_search (bool | None):
        use_cache (bool | None):
        cache_ttl (int | None):
    """

    q: str
    query_by: None | str = None
    query_by_weights: None | str = None
    filter_by: None | str = None
    sort_by: None | str = None
    facet_by: None | str = None
    max_facet_values: int | None = None
    group_by: None | str = None
    group_limit: int | None = None
    include_fields: None | str = None
    exclude_fields: None | str = None
    highlight_fields: None | str = None
    num_typos: None | str = None
    prefix: None | str = None
    page: int | None = None
    per_page: int | None = None
    offset: int | None = None
    limit: int | None = None
    exhaustive_search: bool | None = None
    use_cache: bool | None = None
    cache_ttl: int | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(
            self,
            [
                "query_by",
                "query_by_weights",
                "filter_by",
                "sort_by",
                "facet_by",
                "max_facet_values",
                "group_by",
                "group_limit",
                "include_fields",
                "exclude_fields",
                "highlight_fields",
                "num_typos",
                "prefix",
                "page",
                "per_page",
                "offset",
                "limit",
                "exhaustive_search",
                "use_cache",
                "cache_ttl",
            ],
        )

    def to_dict(self) -> dict[str, Any]:
        q = self.q

        query_by: None | str
        if self.query_by is None:
            query_by = None
        else:
            query_by = self.query_by

        query_by_weights: None | str
        if self.query_by_weights is None:
            query_by_weights = None
        else:
            query_by_weights = self.query_by_weights

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

        max_facet_values: int | None
        if self.max_facet_values is None:
            max_facet_values = None
        else:
            max_facet_values = self.max_facet_values

        group_by: None | str
        if self.group_by is None:
            group_by = None
        else:
            group_by = self.group_by

        group_limit: int | None
        if self.group_limit is None:
            group_limit = None
        else:
            group_limit = self.group_limit

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

        highlight_fields: None | str
        if self.highlight_fields is None:
            highlight_fields = None
        else:
            highlight_fields = self.highlight_fields

        num_typos: None | str
        if self.num_typos is None:
            num_typos = None
        else:
            num_typos = self.num_typos

        prefix: None | str
        if self.prefix is None:
            prefix = None
        else:
            prefix = self.prefix

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

        offset: int | None
        if self.offset is None:
            offset = None
        else:
            offset = self.offset

        limit: int | None
        if self.limit is None:
            limit = None
        else:
            limit = self.limit

        exhaustive_search: bool | None
        if self.exhaustive_search is None:
            exhaustive_search = None
        else:
            exhaustive_search = self.exhaustive_search

        use_cache: bool | None
        if self.use_cache is None:
            use_cache = None
        else:
            use_cache = self.use_cache

        cache_ttl: int | None
        if self.cache_ttl is None:
            cache_ttl = None
        else:
            cache_ttl = self.cache_ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "q": q,
            }
        )
        if query_by is not None:
            field_dict["query_by"] = query_by
        if query_by_weights is not None:
            field_dict["query_by_weights"] = query_by_weights
        if filter_by is not None:
            field_dict["filter_by"] = filter_by
        if sort_by is not None:
            field_dict["sort_by"] = sort_by
        if facet_by is not None:
            field_dict["facet_by"] = facet_by
        if max_facet_values is not None:
            field_dict["max_facet_values"] = max_facet_values
        if group_by is not None:
            field_dict["group_by"] = group_by
        if group_limit is not None:
            field_dict["group_limit"] = group_limit
        if include_fields is not None:
            field_dict["include_fields"] = include_fields
        if exclude_fields is not None:
            field_dict["exclude_fields"] = exclude_fields
        if highlight_fields is not None:
            field_dict["highlight_fields"] = highlight_fields
        if num_typos is not None:
            field_dict["num_typos"] = num_typos
        if prefix is not None:
            field_dict["prefix"] = prefix
        if page is not None:
            field_dict["page"] = page
        if per_page is not None:
            field_dict["per_page"] = per_page
        if offset is not None:
            field_dict["offset"] = offset
        if limit is not None:
            field_dict["limit"] = limit
        if exhaustive_search is not None:
            field_dict["exhaustive_search"] = exhaustive_search
        if use_cache is not None:
            field_dict["use_cache"] = use_cache
        if cache_ttl is not None:
            field_dict["cache_ttl"] = cache_ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        q = d["q"]

        query_by = d.get("query_by")

        query_by_weights = d.get("query_by_weights")

        filter_by = d.get("filter_by")

        sort_by = d.get("sort_by")

        facet_by = d.get("facet_by")

        max_facet_values = d.get("max_facet_values")

        group_by = d.get("group_by")

        group_limit = d.get("group_limit")

        include_fields = d.get("include_fields")

        exclude_fields = d.get("exclude_fields")

        highlight_fields = d.get("highlight_fields")

        num_typos = d.get("num_typos")

        prefix = d.get("prefix")

        page = d.get("page")

        per_page = d.get("per_page")

        offset = d.get("offset")

        limit = d.get("limit")

        exhaustive_search = d.get("exhaustive_search")

        use_cache = d.get("use_cache")

        cache_ttl = d.get("cache_ttl")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        search_request = cls(
            q,
            query_by,
            query_by_weights,
            filter_by,
            sort_by,
            facet_by,
            max_facet_values,
            group_by,
            group_limit,
            include_fields,
            exclude_fields,
            highlight_fields,
            num_typos,
            prefix,
            page,
            per_page,
            offset,
            limit,
            exhaustive_search,
            use_cache,
            cache_ttl,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("query_by" in d) + ("query_by_weights" in d) + ("filter_by" in d) + ("sort_by" in d) + (
            "facet_by" in d
        ) + ("max_facet_values" in d) + ("group_by" in d) + ("group_limit" in d) + ("include_fields" in d) + (
            "exclude_fields" in d
        ) + ("highlight_fields" in d) + ("num_typos" in d) + ("prefix" in d) + ("page" in d) + ("per_page" in d) + (
            "offset" in d
        ) + ("limit" in d) + ("exhaustive_search" in d) + ("use_cache" in d) + ("cache_ttl" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "q",
                    "query_by",
                    "query_by_weights",
                    "filter_by",
                    "sort_by",
                    "facet_by",
                    "max_facet_values",
                    "group_by",
                    "group_limit",
                    "include_fields",
                    "exclude_fields",
                    "highlight_fields",
                    "num_typos",
                    "prefix",
                    "page",
                    "per_page",
                    "offset",
                    "limit",
                    "exhaustive_search",
                    "use_cache",
                    "cache_ttl",
                }
            }
            search_request.additional_properties = extra

        return search_request

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
