from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchRequest")


@_attrs_define
class SearchRequest:
    """
    Attributes:
        q (str): The query text; `*` matches everything.
        query_by (str | Unset): Comma-separated fields to search in.
        query_by_weights (str | Unset):
        filter_by (str | Unset): Typesense filter, e.g. `currency:=USD && balance:>0`.
        sort_by (str | Unset): e.g. `created_at:desc`.
        facet_by (str | Unset):
        max_facet_values (int | Unset):
        group_by (str | Unset):
        group_limit (int | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        highlight_fields (str | Unset):
        num_typos (str | Unset):
        prefix (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        exhaustive_search (bool | Unset):
        use_cache (bool | Unset):
        cache_ttl (int | Unset):
    """

    q: str
    query_by: str | Unset = UNSET
    query_by_weights: str | Unset = UNSET
    filter_by: str | Unset = UNSET
    sort_by: str | Unset = UNSET
    facet_by: str | Unset = UNSET
    max_facet_values: int | Unset = UNSET
    group_by: str | Unset = UNSET
    group_limit: int | Unset = UNSET
    include_fields: str | Unset = UNSET
    exclude_fields: str | Unset = UNSET
    highlight_fields: str | Unset = UNSET
    num_typos: str | Unset = UNSET
    prefix: str | Unset = UNSET
    page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    exhaustive_search: bool | Unset = UNSET
    use_cache: bool | Unset = UNSET
    cache_ttl: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        q = self.q

        query_by = self.query_by

        query_by_weights = self.query_by_weights

        filter_by = self.filter_by

        sort_by = self.sort_by

        facet_by = self.facet_by

        max_facet_values = self.max_facet_values

        group_by = self.group_by

        group_limit = self.group_limit

        include_fields = self.include_fields

        exclude_fields = self.exclude_fields

        highlight_fields = self.highlight_fields

        num_typos = self.num_typos

        prefix = self.prefix

        page = self.page

        per_page = self.per_page

        offset = self.offset

        limit = self.limit

        exhaustive_search = self.exhaustive_search

        use_cache = self.use_cache

        cache_ttl = self.cache_ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "q": q,
            }
        )
        if query_by is not UNSET:
            field_dict["query_by"] = query_by
        if query_by_weights is not UNSET:
            field_dict["query_by_weights"] = query_by_weights
        if filter_by is not UNSET:
            field_dict["filter_by"] = filter_by
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if facet_by is not UNSET:
            field_dict["facet_by"] = facet_by
        if max_facet_values is not UNSET:
            field_dict["max_facet_values"] = max_facet_values
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if group_limit is not UNSET:
            field_dict["group_limit"] = group_limit
        if include_fields is not UNSET:
            field_dict["include_fields"] = include_fields
        if exclude_fields is not UNSET:
            field_dict["exclude_fields"] = exclude_fields
        if highlight_fields is not UNSET:
            field_dict["highlight_fields"] = highlight_fields
        if num_typos is not UNSET:
            field_dict["num_typos"] = num_typos
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if exhaustive_search is not UNSET:
            field_dict["exhaustive_search"] = exhaustive_search
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if cache_ttl is not UNSET:
            field_dict["cache_ttl"] = cache_ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        q = d["q"]

        query_by = d.get("query_by", UNSET)

        query_by_weights = d.get("query_by_weights", UNSET)

        filter_by = d.get("filter_by", UNSET)

        sort_by = d.get("sort_by", UNSET)

        facet_by = d.get("facet_by", UNSET)

        max_facet_values = d.get("max_facet_values", UNSET)

        group_by = d.get("group_by", UNSET)

        group_limit = d.get("group_limit", UNSET)

        include_fields = d.get("include_fields", UNSET)

        exclude_fields = d.get("exclude_fields", UNSET)

        highlight_fields = d.get("highlight_fields", UNSET)

        num_typos = d.get("num_typos", UNSET)

        prefix = d.get("prefix", UNSET)

        page = d.get("page", UNSET)

        per_page = d.get("per_page", UNSET)

        offset = d.get("offset", UNSET)

        limit = d.get("limit", UNSET)

        exhaustive_search = d.get("exhaustive_search", UNSET)

        use_cache = d.get("use_cache", UNSET)

        cache_ttl = d.get("cache_ttl", UNSET)

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
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
