"""The `ledgers` resource: `Blnk().ledgers` and `AsyncBlnk().ledgers`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, overload

from ..._pagination import aiterate_pages, iterate_pages
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, JSONValue, NotGiven, TimeoutTypes
from ..._validation import building_request, check_constraints, check_path_param, coerce_enum
from ...models import (
    CreateLedgerRequest,
    FilterCondition,
    FilterRequest,
    Ledger,
    LedgerPage,
    ListLedgersFilters,
    LogicalOperator,
    MetaData,
    SortOrder,
    UpdateLedgerRequest,
)
from ...params import FilterConditionParams
from ...types import UNSET, Unset
from . import create_ledger, filter_ledgers, get_ledger, list_ledgers, update_ledger

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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Ledger]:
        """List ledgers"""
        check_constraints(
            "ledgers.list",
            {
                "limit": None if isinstance(limit, Unset) else limit,
                "offset": None if isinstance(offset, Unset) else offset,
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
        filters: Mapping[str, str] | Unset = UNSET,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Ledger]:
        """Every row `list` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `ledger_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return iterate_pages(
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
        meta_data: Mapping[str, JSONValue] | None | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Ledger:
        """Create ledger"""
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
        """Get Ledger"""
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

        Only the name can change; metadata goes through the metadata route."""
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
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage: ...

    @overload
    def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        include_count: Literal[False] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Ledger]: ...

    @overload
    def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage | builtins.list[Ledger]: ...

    def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        include_count: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage | builtins.list[Ledger]:
        """Filter ledgers"""
        with building_request("ledgers.filter"):
            body = FilterRequest(
                filters=UNSET
                if isinstance(filters, Unset)
                else [FilterCondition.from_dict(item) if isinstance(item, Mapping) else item for item in filters],
                logical_operator=UNSET
                if isinstance(logical_operator, Unset)
                else coerce_enum(LogicalOperator, logical_operator, "logical_operator"),
                limit=limit,
                offset=offset,
                sort_by=sort_by,
                sort_order=UNSET if isinstance(sort_order, Unset) else coerce_enum(SortOrder, sort_order, "sort_order"),
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
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Ledger]:
        """Every row `filter` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `ledger_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return iterate_pages(
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters: Mapping[str, str] | Unset = UNSET,
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
        meta_data: Mapping[str, JSONValue] | None | Unset = UNSET,
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
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[LedgerPage]: ...

    @overload
    def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        include_count: Literal[False] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Ledger]]: ...

    @overload
    def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Ledger]:
        """List ledgers"""
        check_constraints(
            "ledgers.list",
            {
                "limit": None if isinstance(limit, Unset) else limit,
                "offset": None if isinstance(offset, Unset) else offset,
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
        filters: Mapping[str, str] | Unset = UNSET,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Ledger]:
        """Every row `list` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `ledger_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return aiterate_pages(
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
        meta_data: Mapping[str, JSONValue] | None | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Ledger:
        """Create ledger"""
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
        """Get Ledger"""
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

        Only the name can change; metadata goes through the metadata route."""
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
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage: ...

    @overload
    async def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        include_count: Literal[False] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Ledger]: ...

    @overload
    async def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage | builtins.list[Ledger]: ...

    async def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        include_count: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LedgerPage | builtins.list[Ledger]:
        """Filter ledgers"""
        with building_request("ledgers.filter"):
            body = FilterRequest(
                filters=UNSET
                if isinstance(filters, Unset)
                else [FilterCondition.from_dict(item) if isinstance(item, Mapping) else item for item in filters],
                logical_operator=UNSET
                if isinstance(logical_operator, Unset)
                else coerce_enum(LogicalOperator, logical_operator, "logical_operator"),
                limit=limit,
                offset=offset,
                sort_by=sort_by,
                sort_order=UNSET if isinstance(sort_order, Unset) else coerce_enum(SortOrder, sort_order, "sort_order"),
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
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Ledger]:
        """Every row `filter` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `ledger_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return aiterate_pages(
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters: Mapping[str, str] | Unset = UNSET,
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
        meta_data: Mapping[str, JSONValue] | None | Unset = UNSET,
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
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[LedgerPage]: ...

    @overload
    async def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        include_count: Literal[False] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Ledger]]: ...

    @overload
    async def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | Unset = UNSET,
        logical_operator: LogicalOperator | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[LedgerPage | builtins.list[Ledger]]: ...

    async def filter(self, *args: Any, **kwargs: Any) -> Any:
        """`filter`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.filter)(*args, **kwargs)
