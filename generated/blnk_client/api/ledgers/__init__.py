# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag ledgers; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `ledgers` resource: `Blnk().ledgers` and `AsyncBlnk().ledgers`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from ..._deferred import DeferredModule
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._validation import building_request, check_constraints, check_path_param, coerce_enum
from ...types import NOT_GIVEN, JSONValue, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ... import _pagination
    from ...models import FilterCondition, Ledger, LedgerPage, LogicalOperator, SortOrder
    from ...models import create_ledger_request as _m_create_ledger_request
    from ...models import filter_condition as _m_filter_condition
    from ...models import filter_request as _m_filter_request
    from ...models import list_ledgers_filters as _m_list_ledgers_filters
    from ...models import logical_operator as _m_logical_operator
    from ...models import meta_data as _m_meta_data
    from ...models import sort_order as _m_sort_order
    from ...models import update_ledger_request as _m_update_ledger_request
    from ...params import FilterConditionParams, LogicalOperatorParams, SortOrderParams
    from . import create_ledger, filter_ledgers, get_ledger, list_ledgers, update_ledger
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    _m_create_ledger_request = DeferredModule(globals(), "_m_create_ledger_request", "...models.create_ledger_request")
    _m_filter_condition = DeferredModule(globals(), "_m_filter_condition", "...models.filter_condition")
    _m_filter_request = DeferredModule(globals(), "_m_filter_request", "...models.filter_request")
    _m_list_ledgers_filters = DeferredModule(globals(), "_m_list_ledgers_filters", "...models.list_ledgers_filters")
    _m_logical_operator = DeferredModule(globals(), "_m_logical_operator", "...models.logical_operator")
    _m_meta_data = DeferredModule(globals(), "_m_meta_data", "...models.meta_data")
    _m_sort_order = DeferredModule(globals(), "_m_sort_order", "...models.sort_order")
    _m_update_ledger_request = DeferredModule(globals(), "_m_update_ledger_request", "...models.update_ledger_request")
    _pagination = DeferredModule(globals(), "_pagination", "..._pagination")
    create_ledger = DeferredModule(globals(), "create_ledger", ".create_ledger")
    filter_ledgers = DeferredModule(globals(), "filter_ledgers", ".filter_ledgers")
    get_ledger = DeferredModule(globals(), "get_ledger", ".get_ledger")
    list_ledgers = DeferredModule(globals(), "list_ledgers", ".list_ledgers")
    update_ledger = DeferredModule(globals(), "update_ledger", ".update_ledger")

__all__ = [
    "AsyncLedgers",
    "AsyncLedgersWithRawResponse",
    "Ledgers",
    "LedgersWithRawResponse",
]


class Ledgers(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> LedgersWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return LedgersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Ledger]:
        """List ledgers

        Requires scope `ledgers:read`."""
        ListLedgersFilters = _m_list_ledgers_filters.ListLedgersFilters
        check_constraints(
            "ledgers.list",
            {
                "limit": limit,
                "offset": offset,
            },
            {"limit": {"minimum": 1, "maximum": 100, "type": "integer"}, "offset": {"minimum": 0, "type": "integer"}},
        )
        request = list_ledgers._get_kwargs(
            limit=limit,
            offset=offset,
            filters=ListLedgersFilters.from_dict(filters) if isinstance(filters, Mapping) else filters,
        )
        return self._client._request(request, list_ledgers._parse_response, timeout=timeout)

    def list_all(
        self,
        *,
        filters: Mapping[str, str] | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Ledger]:
        """Every row `list` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `ledger_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return _pagination.iterate_pages(
            lambda offset: self.list(
                filters=filters,
                limit=limit,
                offset=offset,
                timeout=timeout,
            ),
            limit,
            lambda row: row.ledger_id,
        )

    def create(
        self,
        *,
        name: str,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Ledger:
        """Create ledger

        Requires scope `ledgers:write`."""
        CreateLedgerRequest = _m_create_ledger_request.CreateLedgerRequest
        MetaData = _m_meta_data.MetaData
        with building_request("ledgers.create"):
            body = CreateLedgerRequest(
                name=name,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_constraints("ledgers.create", given, {"name": {"minLength": 1, "type": "string"}})
        request = create_ledger._get_kwargs(
            body=body,
        )
        return self._client._request(request, create_ledger._parse_response, timeout=timeout)

    def get(
        self,
        ledger_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Ledger:
        """Get Ledger

        Requires scope `ledgers:read`."""
        request = get_ledger._get_kwargs(
            check_path_param("ledger_id", ledger_id),
        )
        return self._client._request(request, get_ledger._parse_response, timeout=timeout)

    def update(
        self,
        ledger_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Ledger:
        """Rename a ledger

        Only the name can change; metadata goes through the metadata route.

        Requires scope `ledgers:write`."""
        UpdateLedgerRequest = _m_update_ledger_request.UpdateLedgerRequest
        with building_request("ledgers.update"):
            body = UpdateLedgerRequest(
                name=name,
            )
            given = body.to_dict()
        check_constraints("ledgers.update", given, {"name": {"minLength": 1, "type": "string"}})
        request = update_ledger._get_kwargs(
            check_path_param("ledger_id", ledger_id),
            body=body,
        )
        return self._client._request(request, update_ledger._parse_response, timeout=timeout)

    @overload
    def filter(
        self,
        *,
        include_count: Literal[True],
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage: ...

    @overload
    def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Ledger]: ...

    @overload
    def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage | builtins.list[Ledger]: ...

    def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage | builtins.list[Ledger]:
        """Filter ledgers

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `ledgers:write`."""
        FilterCondition = _m_filter_condition.FilterCondition
        FilterRequest = _m_filter_request.FilterRequest
        LogicalOperator = _m_logical_operator.LogicalOperator
        SortOrder = _m_sort_order.SortOrder
        with building_request("ledgers.filter"):
            body = FilterRequest(
                filters=None
                if filters is None
                else [FilterCondition.from_dict(item) if isinstance(item, Mapping) else item for item in filters],
                logical_operator=None
                if logical_operator is None
                else coerce_enum(LogicalOperator, logical_operator, "logical_operator"),
                limit=limit,
                offset=offset,
                sort_by=sort_by,
                sort_order=None if sort_order is None else coerce_enum(SortOrder, sort_order, "sort_order"),
                include_count=include_count,
            )
            given = body.to_dict()
        check_constraints(
            "ledgers.filter",
            given,
            {
                "filters": {
                    "one_of": {
                        "key": "operator",
                        "variants": (
                            {
                                "values": ("eq", "ne", "gt", "gte", "lt", "lte", "like", "ilike"),
                                "required": ("field", "operator", "value"),
                                "allowed": ("field", "operator", "value"),
                                "counts": {},
                            },
                            {
                                "values": ("in",),
                                "required": ("field", "operator", "values"),
                                "allowed": ("field", "operator", "values"),
                                "counts": {"values": {"minItems": 1, "maxItems": 100}},
                            },
                            {
                                "values": ("between",),
                                "required": ("field", "operator", "values"),
                                "allowed": ("field", "operator", "values"),
                                "counts": {"values": {"minItems": 2, "maxItems": 2}},
                            },
                            {
                                "values": ("isnull", "isnotnull"),
                                "required": ("field", "operator"),
                                "allowed": ("field", "operator"),
                                "counts": {},
                            },
                        ),
                    }
                },
                "limit": {"minimum": 1, "maximum": 100, "type": "integer"},
                "offset": {"minimum": 0, "type": "integer"},
                "sort_by": {"type": "string"},
                "include_count": {"type": "boolean"},
            },
        )
        request = filter_ledgers._get_kwargs(
            body=body,
        )
        return self._client._request(request, filter_ledgers._parse_response, timeout=timeout, idempotent=True)

    def filter_all(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Ledger]:
        """Every row `filter` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `ledger_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return _pagination.iterate_pages(
            lambda offset: self.filter(
                filters=filters,
                logical_operator=logical_operator,
                sort_by=sort_by,
                sort_order=sort_order,
                limit=limit,
                offset=offset,
                timeout=timeout,
            ),
            limit,
            lambda row: row.ledger_id,
        )


class LedgersWithRawResponse:
    """`ledgers.with_raw_response`: each method of `Ledgers`, answering a RawResponse."""

    def __init__(self, resource: Ledgers) -> None:
        self._resource = resource

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Ledger]]:
        """`list`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.list)(
            limit=limit,
            offset=offset,
            filters=filters,
            timeout=timeout,
        )

    def create(
        self,
        *,
        name: str,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Ledger]:
        """`create`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.create)(
            name=name,
            meta_data=meta_data,
            timeout=timeout,
        )

    def get(
        self,
        ledger_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Ledger]:
        """`get`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.get)(
            ledger_id,
            timeout=timeout,
        )

    def update(
        self,
        ledger_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Ledger]:
        """`update`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.update)(
            ledger_id,
            name=name,
            timeout=timeout,
        )

    @overload
    def filter(
        self,
        *,
        include_count: Literal[True],
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[LedgerPage]: ...

    @overload
    def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Ledger]]: ...

    @overload
    def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[LedgerPage | builtins.list[Ledger]]: ...

    def filter(self, *args: Any, **kwargs: Any) -> Any:
        """`filter`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.filter)(*args, **kwargs)


class AsyncLedgers(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncLedgersWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncLedgersWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Ledger]:
        """List ledgers

        Requires scope `ledgers:read`."""
        ListLedgersFilters = _m_list_ledgers_filters.ListLedgersFilters
        check_constraints(
            "ledgers.list",
            {
                "limit": limit,
                "offset": offset,
            },
            {"limit": {"minimum": 1, "maximum": 100, "type": "integer"}, "offset": {"minimum": 0, "type": "integer"}},
        )
        request = list_ledgers._get_kwargs(
            limit=limit,
            offset=offset,
            filters=ListLedgersFilters.from_dict(filters) if isinstance(filters, Mapping) else filters,
        )
        return await self._client._request(request, list_ledgers._parse_response, timeout=timeout)

    def list_all(
        self,
        *,
        filters: Mapping[str, str] | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Ledger]:
        """Every row `list` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `ledger_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return _pagination.aiterate_pages(
            lambda offset: self.list(
                filters=filters,
                limit=limit,
                offset=offset,
                timeout=timeout,
            ),
            limit,
            lambda row: row.ledger_id,
        )

    async def create(
        self,
        *,
        name: str,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Ledger:
        """Create ledger

        Requires scope `ledgers:write`."""
        CreateLedgerRequest = _m_create_ledger_request.CreateLedgerRequest
        MetaData = _m_meta_data.MetaData
        with building_request("ledgers.create"):
            body = CreateLedgerRequest(
                name=name,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_constraints("ledgers.create", given, {"name": {"minLength": 1, "type": "string"}})
        request = create_ledger._get_kwargs(
            body=body,
        )
        return await self._client._request(request, create_ledger._parse_response, timeout=timeout)

    async def get(
        self,
        ledger_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Ledger:
        """Get Ledger

        Requires scope `ledgers:read`."""
        request = get_ledger._get_kwargs(
            check_path_param("ledger_id", ledger_id),
        )
        return await self._client._request(request, get_ledger._parse_response, timeout=timeout)

    async def update(
        self,
        ledger_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Ledger:
        """Rename a ledger

        Only the name can change; metadata goes through the metadata route.

        Requires scope `ledgers:write`."""
        UpdateLedgerRequest = _m_update_ledger_request.UpdateLedgerRequest
        with building_request("ledgers.update"):
            body = UpdateLedgerRequest(
                name=name,
            )
            given = body.to_dict()
        check_constraints("ledgers.update", given, {"name": {"minLength": 1, "type": "string"}})
        request = update_ledger._get_kwargs(
            check_path_param("ledger_id", ledger_id),
            body=body,
        )
        return await self._client._request(request, update_ledger._parse_response, timeout=timeout)

    @overload
    async def filter(
        self,
        *,
        include_count: Literal[True],
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage: ...

    @overload
    async def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Ledger]: ...

    @overload
    async def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage | builtins.list[Ledger]: ...

    async def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage | builtins.list[Ledger]:
        """Filter ledgers

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `ledgers:write`."""
        FilterCondition = _m_filter_condition.FilterCondition
        FilterRequest = _m_filter_request.FilterRequest
        LogicalOperator = _m_logical_operator.LogicalOperator
        SortOrder = _m_sort_order.SortOrder
        with building_request("ledgers.filter"):
            body = FilterRequest(
                filters=None
                if filters is None
                else [FilterCondition.from_dict(item) if isinstance(item, Mapping) else item for item in filters],
                logical_operator=None
                if logical_operator is None
                else coerce_enum(LogicalOperator, logical_operator, "logical_operator"),
                limit=limit,
                offset=offset,
                sort_by=sort_by,
                sort_order=None if sort_order is None else coerce_enum(SortOrder, sort_order, "sort_order"),
                include_count=include_count,
            )
            given = body.to_dict()
        check_constraints(
            "ledgers.filter",
            given,
            {
                "filters": {
                    "one_of": {
                        "key": "operator",
                        "variants": (
                            {
                                "values": ("eq", "ne", "gt", "gte", "lt", "lte", "like", "ilike"),
                                "required": ("field", "operator", "value"),
                                "allowed": ("field", "operator", "value"),
                                "counts": {},
                            },
                            {
                                "values": ("in",),
                                "required": ("field", "operator", "values"),
                                "allowed": ("field", "operator", "values"),
                                "counts": {"values": {"minItems": 1, "maxItems": 100}},
                            },
                            {
                                "values": ("between",),
                                "required": ("field", "operator", "values"),
                                "allowed": ("field", "operator", "values"),
                                "counts": {"values": {"minItems": 2, "maxItems": 2}},
                            },
                            {
                                "values": ("isnull", "isnotnull"),
                                "required": ("field", "operator"),
                                "allowed": ("field", "operator"),
                                "counts": {},
                            },
                        ),
                    }
                },
                "limit": {"minimum": 1, "maximum": 100, "type": "integer"},
                "offset": {"minimum": 0, "type": "integer"},
                "sort_by": {"type": "string"},
                "include_count": {"type": "boolean"},
            },
        )
        request = filter_ledgers._get_kwargs(
            body=body,
        )
        return await self._client._request(request, filter_ledgers._parse_response, timeout=timeout, idempotent=True)

    def filter_all(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Ledger]:
        """Every row `filter` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `ledger_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return _pagination.aiterate_pages(
            lambda offset: self.filter(
                filters=filters,
                logical_operator=logical_operator,
                sort_by=sort_by,
                sort_order=sort_order,
                limit=limit,
                offset=offset,
                timeout=timeout,
            ),
            limit,
            lambda row: row.ledger_id,
        )


class AsyncLedgersWithRawResponse:
    """`ledgers.with_raw_response`: each method of `AsyncLedgers`, answering a RawResponse."""

    def __init__(self, resource: AsyncLedgers) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Ledger]]:
        """`list`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.list)(
            limit=limit,
            offset=offset,
            filters=filters,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        name: str,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Ledger]:
        """`create`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.create)(
            name=name,
            meta_data=meta_data,
            timeout=timeout,
        )

    async def get(
        self,
        ledger_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Ledger]:
        """`get`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.get)(
            ledger_id,
            timeout=timeout,
        )

    async def update(
        self,
        ledger_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Ledger]:
        """`update`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.update)(
            ledger_id,
            name=name,
            timeout=timeout,
        )

    @overload
    async def filter(
        self,
        *,
        include_count: Literal[True],
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[LedgerPage]: ...

    @overload
    async def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Ledger]]: ...

    @overload
    async def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[LedgerPage | builtins.list[Ledger]]: ...

    async def filter(self, *args: Any, **kwargs: Any) -> Any:
        """`filter`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.filter)(*args, **kwargs)
