from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchResult")


@_attrs_define
class SearchResult:
    """
    Attributes:
        found (int | Unset):
        out_of (int | Unset):
        page (int | Unset):
        search_time_ms (int | Unset):
        search_cutoff (bool | Unset):
        hits (list[SearchHit] | Unset):
        grouped_hits (list[SearchResultGroupedHitsItem] | Unset):
        facet_counts (list[SearchResultFacetCountsItem] | Unset):
        request_params (SearchResultRequestParams | Unset):
    """

    found: int | Unset = UNSET
    out_of: int | Unset = UNSET
    page: int | Unset = UNSET
    search_time_ms: int | Unset = UNSET
    search_cutoff: bool | Unset = UNSET
    hits: list[SearchHit] | Unset = UNSET
    grouped_hits: list[SearchResultGroupedHitsItem] | Unset = UNSET
    facet_counts: list[SearchResultFacetCountsItem] | Unset = UNSET
    request_params: SearchResultRequestParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        found = self.found

        out_of = self.out_of

        page = self.page

        search_time_ms = self.search_time_ms

        search_cutoff = self.search_cutoff

        hits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hits, Unset):
            hits = []
            for hits_item_data in self.hits:
                hits_item = hits_item_data.to_dict()
                hits.append(hits_item)

        grouped_hits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grouped_hits, Unset):
            grouped_hits = []
            for grouped_hits_item_data in self.grouped_hits:
                grouped_hits_item = grouped_hits_item_data.to_dict()
                grouped_hits.append(grouped_hits_item)

        facet_counts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.facet_counts, Unset):
            facet_counts = []
            for facet_counts_item_data in self.facet_counts:
                facet_counts_item = facet_counts_item_data.to_dict()
                facet_counts.append(facet_counts_item)

        request_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_params, Unset):
            request_params = self.request_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if found is not UNSET:
            field_dict["found"] = found
        if out_of is not UNSET:
            field_dict["out_of"] = out_of
        if page is not UNSET:
            field_dict["page"] = page
        if search_time_ms is not UNSET:
            field_dict["search_time_ms"] = search_time_ms
        if search_cutoff is not UNSET:
            field_dict["search_cutoff"] = search_cutoff
        if hits is not UNSET:
            field_dict["hits"] = hits
        if grouped_hits is not UNSET:
            field_dict["grouped_hits"] = grouped_hits
        if facet_counts is not UNSET:
            field_dict["facet_counts"] = facet_counts
        if request_params is not UNSET:
            field_dict["request_params"] = request_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        found = d.get("found", UNSET)

        out_of = d.get("out_of", UNSET)

        page = d.get("page", UNSET)

        search_time_ms = d.get("search_time_ms", UNSET)

        search_cutoff = d.get("search_cutoff", UNSET)

        _hits = d.get("hits", UNSET)
        hits: list[SearchHit] | Unset = UNSET
        if _hits is not UNSET:
            hits = []
            for hits_item_data in _hits:
                hits_item = SearchHit.from_dict(hits_item_data)

                hits.append(hits_item)

        _grouped_hits = d.get("grouped_hits", UNSET)
        grouped_hits: list[SearchResultGroupedHitsItem] | Unset = UNSET
        if _grouped_hits is not UNSET:
            grouped_hits = []
            for grouped_hits_item_data in _grouped_hits:
                grouped_hits_item = SearchResultGroupedHitsItem.from_dict(grouped_hits_item_data)

                grouped_hits.append(grouped_hits_item)

        _facet_counts = d.get("facet_counts", UNSET)
        facet_counts: list[SearchResultFacetCountsItem] | Unset = UNSET
        if _facet_counts is not UNSET:
            facet_counts = []
            for facet_counts_item_data in _facet_counts:
                facet_counts_item = SearchResultFacetCountsItem.from_dict(facet_counts_item_data)

                facet_counts.append(facet_counts_item)

        _request_params = d.get("request_params", UNSET)
        request_params: SearchResultRequestParams | Unset
        if isinstance(_request_params, Unset):
            request_params = UNSET
        else:
            request_params = SearchResultRequestParams.from_dict(_request_params)

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        search_result = cls(
            found,
            out_of,
            page,
            search_time_ms,
            search_cutoff,
            hits,
            grouped_hits,
            facet_counts,
            request_params,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 0 + ("found" in d) + ("out_of" in d) + ("page" in d) + ("search_time_ms" in d) + (
            "search_cutoff" in d
        ) + ("hits" in d) + ("grouped_hits" in d) + ("facet_counts" in d) + ("request_params" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "found",
                    "out_of",
                    "page",
                    "search_time_ms",
                    "search_cutoff",
                    "hits",
                    "grouped_hits",
                    "facet_counts",
                    "request_params",
                }
            }
            search_result.additional_properties = extra

        return search_result

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


from ..models.search_hit import SearchHit
from ..models.search_result_facet_counts_item import SearchResultFacetCountsItem
from ..models.search_result_grouped_hits_item import SearchResultGroupedHitsItem
from ..models.search_result_request_params import SearchResultRequestParams
