# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag search; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `search` resource: `Blnk().search` and `AsyncBlnk().search`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from ..._deferred import DeferredModule
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._validation import building_request, check_constraints, check_path_param, coerce_enum
from ...types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ...models import (
        MultiSearchQuery,
        MultiSearchResult,
        ReindexProgress,
        ReindexStarted,
        SearchCollection,
        SearchResult,
    )
    from ...models import multi_search_query as _m_multi_search_query
    from ...models import multi_search_request as _m_multi_search_request
    from ...models import reindex_request as _m_reindex_request
    from ...models import search_collection as _m_search_collection
    from ...models import search_request as _m_search_request
    from ...params import MultiSearchQueryParams, SearchCollectionParams
    from . import get_reindex_progress, multi_search, search_collection, start_reindex
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    _m_multi_search_query = DeferredModule(globals(), "_m_multi_search_query", "...models.multi_search_query")
    _m_multi_search_request = DeferredModule(globals(), "_m_multi_search_request", "...models.multi_search_request")
    _m_reindex_request = DeferredModule(globals(), "_m_reindex_request", "...models.reindex_request")
    _m_search_collection = DeferredModule(globals(), "_m_search_collection", "...models.search_collection")
    _m_search_request = DeferredModule(globals(), "_m_search_request", "...models.search_request")
    get_reindex_progress = DeferredModule(globals(), "get_reindex_progress", ".get_reindex_progress")
    multi_search = DeferredModule(globals(), "multi_search", ".multi_search")
    search_collection = DeferredModule(globals(), "search_collection", ".search_collection")
    start_reindex = DeferredModule(globals(), "start_reindex", ".start_reindex")

__all__ = [
    "AsyncSearch",
    "AsyncSearchWithRawResponse",
    "Search",
    "SearchWithRawResponse",
]


class Search(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SearchWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return SearchWithRawResponse(self)

    def query(
        self,
        collection: SearchCollection | SearchCollectionParams,
        *,
        q: str,
        query_by: None | str = None,
        query_by_weights: None | str = None,
        filter_by: None | str = None,
        sort_by: None | str = None,
        facet_by: None | str = None,
        max_facet_values: int | None = None,
        group_by: None | str = None,
        group_limit: int | None = None,
        include_fields: None | str = None,
        exclude_fields: None | str = None,
        highlight_fields: None | str = None,
        num_typos: None | str = None,
        prefix: None | str = None,
        page: int | None = None,
        per_page: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        exhaustive_search: bool | None = None,
        use_cache: bool | None = None,
        cache_ttl: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SearchResult:
        """Search one Typesense collection

        The body is Typesense's SearchCollectionParams and the answer Typesense's SearchResult, passed through (201, not 200). Needs a server with typesense.dns configured and the indexing workers running.

        Requires scope `search:write`."""
        SearchCollection = _m_search_collection.SearchCollection
        SearchRequest = _m_search_request.SearchRequest
        with building_request("search.query"):
            body = SearchRequest(
                q=q,
                query_by=query_by,
                query_by_weights=query_by_weights,
                filter_by=filter_by,
                sort_by=sort_by,
                facet_by=facet_by,
                max_facet_values=max_facet_values,
                group_by=group_by,
                group_limit=group_limit,
                include_fields=include_fields,
                exclude_fields=exclude_fields,
                highlight_fields=highlight_fields,
                num_typos=num_typos,
                prefix=prefix,
                page=page,
                per_page=per_page,
                offset=offset,
                limit=limit,
                exhaustive_search=exhaustive_search,
                use_cache=use_cache,
                cache_ttl=cache_ttl,
            )
            given = body.to_dict()
        check_constraints(
            "search.query",
            given,
            {
                "q": {"type": "string"},
                "query_by": {"type": "string"},
                "query_by_weights": {"type": "string"},
                "filter_by": {"type": "string"},
                "sort_by": {"type": "string"},
                "facet_by": {"type": "string"},
                "max_facet_values": {"type": "integer"},
                "group_by": {"type": "string"},
                "group_limit": {"type": "integer"},
                "include_fields": {"type": "string"},
                "exclude_fields": {"type": "string"},
                "highlight_fields": {"type": "string"},
                "num_typos": {"type": "string"},
                "prefix": {"type": "string"},
                "page": {"minimum": 1, "type": "integer"},
                "per_page": {"minimum": 0, "maximum": 250, "type": "integer"},
                "offset": {"minimum": 0, "type": "integer"},
                "limit": {"minimum": 0, "type": "integer"},
                "exhaustive_search": {"type": "boolean"},
                "use_cache": {"type": "boolean"},
                "cache_ttl": {"type": "integer"},
            },
        )
        request = search_collection._get_kwargs(
            coerce_enum(SearchCollection, check_path_param("collection", collection), "collection"),
            body=body,
        )
        return self._client._request(request, search_collection._parse_response, timeout=timeout, idempotent=True)

    def multi(
        self,
        *,
        searches: Sequence[MultiSearchQuery | MultiSearchQueryParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MultiSearchResult:
        """Several Typesense searches in one request

        Requires scope `search:write`."""
        MultiSearchQuery = _m_multi_search_query.MultiSearchQuery
        MultiSearchRequest = _m_multi_search_request.MultiSearchRequest
        with building_request("search.multi"):
            body = MultiSearchRequest(
                searches=[MultiSearchQuery.from_dict(item) if isinstance(item, Mapping) else item for item in searches],
            )
            body.to_dict()  # serialized here so that a bad argument fails as BlnkValidationError
        request = multi_search._get_kwargs(
            body=body,
        )
        return self._client._request(request, multi_search._parse_response, timeout=timeout, idempotent=True)

    def reindex_progress(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReindexProgress:
        """The progress of the last reindex

        Added in Blnk v0.13.1: older servers have no such route and raise RouteNotFoundError.

        Requires scope `search:read`."""
        request = get_reindex_progress._get_kwargs()
        return self._client._request(request, get_reindex_progress._parse_response, timeout=timeout)

    def reindex(
        self,
        *,
        batch_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReindexStarted:
        """Rebuild every Typesense collection from the database (in the background)

        Drops and recreates the collections, then indexes ledgers, identities, balances and transactions. Answers at once; poll GET /search/reindex. Progress lives in the API process's memory (lost on restart).

        Added in Blnk v0.13.1: older servers have no such route and raise RouteNotFoundError.

        Requires scope `search:write`."""
        ReindexRequest = _m_reindex_request.ReindexRequest
        with building_request("search.reindex"):
            body = ReindexRequest(
                batch_size=batch_size,
            )
            given = body.to_dict()
        check_constraints("search.reindex", given, {"batch_size": {"minimum": 1, "type": "integer"}})
        request = start_reindex._get_kwargs(
            body=body,
        )
        return self._client._request(request, start_reindex._parse_response, timeout=timeout)


class SearchWithRawResponse:
    """`search.with_raw_response`: each method of `Search`, answering a RawResponse."""

    def __init__(self, resource: Search) -> None:
        self._resource = resource

    def query(
        self,
        collection: SearchCollection | SearchCollectionParams,
        *,
        q: str,
        query_by: None | str = None,
        query_by_weights: None | str = None,
        filter_by: None | str = None,
        sort_by: None | str = None,
        facet_by: None | str = None,
        max_facet_values: int | None = None,
        group_by: None | str = None,
        group_limit: int | None = None,
        include_fields: None | str = None,
        exclude_fields: None | str = None,
        highlight_fields: None | str = None,
        num_typos: None | str = None,
        prefix: None | str = None,
        page: int | None = None,
        per_page: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        exhaustive_search: bool | None = None,
        use_cache: bool | None = None,
        cache_ttl: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[SearchResult]:
        """`query`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.query)(
            collection,
            q=q,
            query_by=query_by,
            query_by_weights=query_by_weights,
            filter_by=filter_by,
            sort_by=sort_by,
            facet_by=facet_by,
            max_facet_values=max_facet_values,
            group_by=group_by,
            group_limit=group_limit,
            include_fields=include_fields,
            exclude_fields=exclude_fields,
            highlight_fields=highlight_fields,
            num_typos=num_typos,
            prefix=prefix,
            page=page,
            per_page=per_page,
            offset=offset,
            limit=limit,
            exhaustive_search=exhaustive_search,
            use_cache=use_cache,
            cache_ttl=cache_ttl,
            timeout=timeout,
        )

    def multi(
        self,
        *,
        searches: Sequence[MultiSearchQuery | MultiSearchQueryParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MultiSearchResult]:
        """`multi`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.multi)(
            searches=searches,
            timeout=timeout,
        )

    def reindex_progress(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReindexProgress]:
        """`reindex_progress`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.reindex_progress)(
            timeout=timeout,
        )

    def reindex(
        self,
        *,
        batch_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReindexStarted]:
        """`reindex`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.reindex)(
            batch_size=batch_size,
            timeout=timeout,
        )


class AsyncSearch(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSearchWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncSearchWithRawResponse(self)

    async def query(
        self,
        collection: SearchCollection | SearchCollectionParams,
        *,
        q: str,
        query_by: None | str = None,
        query_by_weights: None | str = None,
        filter_by: None | str = None,
        sort_by: None | str = None,
        facet_by: None | str = None,
        max_facet_values: int | None = None,
        group_by: None | str = None,
        group_limit: int | None = None,
        include_fields: None | str = None,
        exclude_fields: None | str = None,
        highlight_fields: None | str = None,
        num_typos: None | str = None,
        prefix: None | str = None,
        page: int | None = None,
        per_page: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        exhaustive_search: bool | None = None,
        use_cache: bool | None = None,
        cache_ttl: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SearchResult:
        """Search one Typesense collection

        The body is Typesense's SearchCollectionParams and the answer Typesense's SearchResult, passed through (201, not 200). Needs a server with typesense.dns configured and the indexing workers running.

        Requires scope `search:write`."""
        SearchCollection = _m_search_collection.SearchCollection
        SearchRequest = _m_search_request.SearchRequest
        with building_request("search.query"):
            body = SearchRequest(
                q=q,
                query_by=query_by,
                query_by_weights=query_by_weights,
                filter_by=filter_by,
                sort_by=sort_by,
                facet_by=facet_by,
                max_facet_values=max_facet_values,
                group_by=group_by,
                group_limit=group_limit,
                include_fields=include_fields,
                exclude_fields=exclude_fields,
                highlight_fields=highlight_fields,
                num_typos=num_typos,
                prefix=prefix,
                page=page,
                per_page=per_page,
                offset=offset,
                limit=limit,
                exhaustive_search=exhaustive_search,
                use_cache=use_cache,
                cache_ttl=cache_ttl,
            )
            given = body.to_dict()
        check_constraints(
            "search.query",
            given,
            {
                "q": {"type": "string"},
                "query_by": {"type": "string"},
                "query_by_weights": {"type": "string"},
                "filter_by": {"type": "string"},
                "sort_by": {"type": "string"},
                "facet_by": {"type": "string"},
                "max_facet_values": {"type": "integer"},
                "group_by": {"type": "string"},
                "group_limit": {"type": "integer"},
                "include_fields": {"type": "string"},
                "exclude_fields": {"type": "string"},
                "highlight_fields": {"type": "string"},
                "num_typos": {"type": "string"},
                "prefix": {"type": "string"},
                "page": {"minimum": 1, "type": "integer"},
                "per_page": {"minimum": 0, "maximum": 250, "type": "integer"},
                "offset": {"minimum": 0, "type": "integer"},
                "limit": {"minimum": 0, "type": "integer"},
                "exhaustive_search": {"type": "boolean"},
                "use_cache": {"type": "boolean"},
                "cache_ttl": {"type": "integer"},
            },
        )
        request = search_collection._get_kwargs(
            coerce_enum(SearchCollection, check_path_param("collection", collection), "collection"),
            body=body,
        )
        return await self._client._request(request, search_collection._parse_response, timeout=timeout, idempotent=True)

    async def multi(
        self,
        *,
        searches: Sequence[MultiSearchQuery | MultiSearchQueryParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MultiSearchResult:
        """Several Typesense searches in one request

        Requires scope `search:write`."""
        MultiSearchQuery = _m_multi_search_query.MultiSearchQuery
        MultiSearchRequest = _m_multi_search_request.MultiSearchRequest
        with building_request("search.multi"):
            body = MultiSearchRequest(
                searches=[MultiSearchQuery.from_dict(item) if isinstance(item, Mapping) else item for item in searches],
            )
            body.to_dict()  # serialized here so that a bad argument fails as BlnkValidationError
        request = multi_search._get_kwargs(
            body=body,
        )
        return await self._client._request(request, multi_search._parse_response, timeout=timeout, idempotent=True)

    async def reindex_progress(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReindexProgress:
        """The progress of the last reindex

        Added in Blnk v0.13.1: older servers have no such route and raise RouteNotFoundError.

        Requires scope `search:read`."""
        request = get_reindex_progress._get_kwargs()
        return await self._client._request(request, get_reindex_progress._parse_response, timeout=timeout)

    async def reindex(
        self,
        *,
        batch_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReindexStarted:
        """Rebuild every Typesense collection from the database (in the background)

        Drops and recreates the collections, then indexes ledgers, identities, balances and transactions. Answers at once; poll GET /search/reindex. Progress lives in the API process's memory (lost on restart).

        Added in Blnk v0.13.1: older servers have no such route and raise RouteNotFoundError.

        Requires scope `search:write`."""
        ReindexRequest = _m_reindex_request.ReindexRequest
        with building_request("search.reindex"):
            body = ReindexRequest(
                batch_size=batch_size,
            )
            given = body.to_dict()
        check_constraints("search.reindex", given, {"batch_size": {"minimum": 1, "type": "integer"}})
        request = start_reindex._get_kwargs(
            body=body,
        )
        return await self._client._request(request, start_reindex._parse_response, timeout=timeout)


class AsyncSearchWithRawResponse:
    """`search.with_raw_response`: each method of `AsyncSearch`, answering a RawResponse."""

    def __init__(self, resource: AsyncSearch) -> None:
        self._resource = resource

    async def query(
        self,
        collection: SearchCollection | SearchCollectionParams,
        *,
        q: str,
        query_by: None | str = None,
        query_by_weights: None | str = None,
        filter_by: None | str = None,
        sort_by: None | str = None,
        facet_by: None | str = None,
        max_facet_values: int | None = None,
        group_by: None | str = None,
        group_limit: int | None = None,
        include_fields: None | str = None,
        exclude_fields: None | str = None,
        highlight_fields: None | str = None,
        num_typos: None | str = None,
        prefix: None | str = None,
        page: int | None = None,
        per_page: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        exhaustive_search: bool | None = None,
        use_cache: bool | None = None,
        cache_ttl: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[SearchResult]:
        """`query`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.query)(
            collection,
            q=q,
            query_by=query_by,
            query_by_weights=query_by_weights,
            filter_by=filter_by,
            sort_by=sort_by,
            facet_by=facet_by,
            max_facet_values=max_facet_values,
            group_by=group_by,
            group_limit=group_limit,
            include_fields=include_fields,
            exclude_fields=exclude_fields,
            highlight_fields=highlight_fields,
            num_typos=num_typos,
            prefix=prefix,
            page=page,
            per_page=per_page,
            offset=offset,
            limit=limit,
            exhaustive_search=exhaustive_search,
            use_cache=use_cache,
            cache_ttl=cache_ttl,
            timeout=timeout,
        )

    async def multi(
        self,
        *,
        searches: Sequence[MultiSearchQuery | MultiSearchQueryParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MultiSearchResult]:
        """`multi`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.multi)(
            searches=searches,
            timeout=timeout,
        )

    async def reindex_progress(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReindexProgress]:
        """`reindex_progress`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.reindex_progress)(
            timeout=timeout,
        )

    async def reindex(
        self,
        *,
        batch_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReindexStarted]:
        """`reindex`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.reindex)(
            batch_size=batch_size,
            timeout=timeout,
        )
