# Generated: rendered by overlays/templates/model.py.jinja from the schema SearchResult of spec/blnk-openapi.resolved.json; edit overlays/documents/search.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="SearchResult")


@_dataclass(slots=True, weakref_slot=True)
class SearchResult:
    """
    Attributes:
        found (int | None):
        out_of (int | None):
        page (int | None):
        search_time_ms (int | None):
        search_cutoff (bool | None):
        hits (list[SearchHit]):
        grouped_hits (list[SearchResultGroupedHitsItem]):
        facet_counts (list[SearchResultFacetCountsItem]):
        request_params (None | SearchResultRequestParams):
    """

    hits: list[SearchHit]
    grouped_hits: list[SearchResultGroupedHitsItem]
    facet_counts: list[SearchResultFacetCountsItem]
    found: int | None = None
    out_of: int | None = None
    page: int | None = None
    search_time_ms: int | None = None
    search_cutoff: bool | None = None
    request_params: None | SearchResultRequestParams = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["found", "out_of", "page", "search_time_ms", "search_cutoff", "request_params"])

    def to_dict(self) -> dict[str, Any]:
        found: int | None
        if self.found is None:
            found = None
        else:
            found = self.found

        out_of: int | None
        if self.out_of is None:
            out_of = None
        else:
            out_of = self.out_of

        page: int | None
        if self.page is None:
            page = None
        else:
            page = self.page

        search_time_ms: int | None
        if self.search_time_ms is None:
            search_time_ms = None
        else:
            search_time_ms = self.search_time_ms

        search_cutoff: bool | None
        if self.search_cutoff is None:
            search_cutoff = None
        else:
            search_cutoff = self.search_cutoff

        hits = []
        for hits_item_data in self.hits:
            hits_item = hits_item_data.to_dict()
            hits.append(hits_item)

        grouped_hits = []
        for grouped_hits_item_data in self.grouped_hits:
            grouped_hits_item = grouped_hits_item_data.to_dict()
            grouped_hits.append(grouped_hits_item)

        facet_counts = []
        for facet_counts_item_data in self.facet_counts:
            facet_counts_item = facet_counts_item_data.to_dict()
            facet_counts.append(facet_counts_item)

        request_params: dict[str, Any] | None
        if self.request_params is None:
            request_params = None
        else:
            request_params = self.request_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hits": hits,
                "grouped_hits": grouped_hits,
                "facet_counts": facet_counts,
            }
        )
        if found is not None:
            field_dict["found"] = found
        if out_of is not None:
            field_dict["out_of"] = out_of
        if page is not None:
            field_dict["page"] = page
        if search_time_ms is not None:
            field_dict["search_time_ms"] = search_time_ms
        if search_cutoff is not None:
            field_dict["search_cutoff"] = search_cutoff
        if request_params is not None:
            field_dict["request_params"] = request_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        found = d.get("found")

        out_of = d.get("out_of")

        page = d.get("page")

        search_time_ms = d.get("search_time_ms")

        search_cutoff = d.get("search_cutoff")

        _hits = d.get("hits")
        hits = list(map(SearchHit.from_dict, _hits)) if _hits else []

        _grouped_hits = d.get("grouped_hits")
        grouped_hits = list(map(SearchResultGroupedHitsItem.from_dict, _grouped_hits)) if _grouped_hits else []

        _facet_counts = d.get("facet_counts")
        facet_counts = list(map(SearchResultFacetCountsItem.from_dict, _facet_counts)) if _facet_counts else []

        _request_params = d.get("request_params")
        request_params: None | SearchResultRequestParams
        if _request_params is None:
            request_params = _request_params
        else:
            request_params_type_1 = SearchResultRequestParams.from_dict(_request_params)

            request_params = request_params_type_1

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        search_result = cls(
            hits,
            grouped_hits,
            facet_counts,
            found,
            out_of,
            page,
            search_time_ms,
            search_cutoff,
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
