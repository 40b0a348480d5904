# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag balances; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `balances` resource: `Blnk().balances` and `AsyncBlnk().balances`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from ..._deferred import DeferredModule
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._validation import (
    RequiredWhen,
    building_request,
    check_constraints,
    check_path_param,
    check_required_when,
    coerce_enum,
)
from ...types import NOT_GIVEN, JSONValue, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ... import _pagination
    from ...models import (
        AllocationStrategy,
        Balance,
        BalanceAtTime,
        BalanceInclude,
        BalanceLineage,
        BalancePage,
        FilterCondition,
        LogicalOperator,
        Message,
        SortOrder,
    )
    from ...models import allocation_strategy as _m_allocation_strategy
    from ...models import balance_include as _m_balance_include
    from ...models import create_balance_request as _m_create_balance_request
    from ...models import filter_condition as _m_filter_condition
    from ...models import filter_request as _m_filter_request
    from ...models import list_balances_filters as _m_list_balances_filters
    from ...models import logical_operator as _m_logical_operator
    from ...models import meta_data as _m_meta_data
    from ...models import sort_order as _m_sort_order
    from ...models import update_balance_identity_request as _m_update_balance_identity_request
    from ...params import (
        AllocationStrategyParams,
        BalanceIncludeParams,
        FilterConditionParams,
        LogicalOperatorParams,
        SortOrderParams,
    )
    from . import (
        create_balance,
        filter_balances,
        get_balance,
        get_balance_at_time,
        get_balance_by_indicator,
        get_balance_lineage,
        list_balances,
        update_balance_identity,
    )
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    _m_allocation_strategy = DeferredModule(globals(), "_m_allocation_strategy", "...models.allocation_strategy")
    _m_balance_include = DeferredModule(globals(), "_m_balance_include", "...models.balance_include")
    _m_create_balance_request = DeferredModule(
        globals(), "_m_create_balance_request", "...models.create_balance_request"
    )
    _m_filter_condition = DeferredModule(globals(), "_m_filter_condition", "...models.filter_condition")
    _m_filter_request = DeferredModule(globals(), "_m_filter_request", "...models.filter_request")
    _m_list_balances_filters = DeferredModule(globals(), "_m_list_balances_filters", "...models.list_balances_filters")
    _m_logical_operator = DeferredModule(globals(), "_m_logical_operator", "...models.logical_operator")
    _m_meta_data = DeferredModule(globals(), "_m_meta_data", "...models.meta_data")
    _m_sort_order = DeferredModule(globals(), "_m_sort_order", "...models.sort_order")
    _m_update_balance_identity_request = DeferredModule(
        globals(), "_m_update_balance_identity_request", "...models.update_balance_identity_request"
    )
    _pagination = DeferredModule(globals(), "_pagination", "..._pagination")
    create_balance = DeferredModule(globals(), "create_balance", ".create_balance")
    filter_balances = DeferredModule(globals(), "filter_balances", ".filter_balances")
    get_balance = DeferredModule(globals(), "get_balance", ".get_balance")
    get_balance_at_time = DeferredModule(globals(), "get_balance_at_time", ".get_balance_at_time")
    get_balance_by_indicator = DeferredModule(globals(), "get_balance_by_indicator", ".get_balance_by_indicator")
    get_balance_lineage = DeferredModule(globals(), "get_balance_lineage", ".get_balance_lineage")
    list_balances = DeferredModule(globals(), "list_balances", ".list_balances")
    update_balance_identity = DeferredModule(globals(), "update_balance_identity", ".update_balance_identity")

__all__ = [
    "AsyncBalances",
    "AsyncBalancesWithRawResponse",
    "Balances",
    "BalancesWithRawResponse",
]

_CREATE_BALANCE_RULES = (
    RequiredWhen(
        when={"track_fund_lineage": True},
        require=("identity_id",),
        reason="lineage is recorded per identity (api/model/model.go:206)",
    ),
)


class Balances(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BalancesWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return BalancesWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Balance]:
        """List balances

        List rows leave out version, track_fund_lineage and allocation_strategy (they read 0, false and absent); get a balance by id for those.

        Requires scope `balances:read`."""
        ListBalancesFilters = _m_list_balances_filters.ListBalancesFilters
        check_constraints(
            "balances.list",
            {
                "limit": limit,
                "offset": offset,
            },
            {"limit": {"minimum": 1, "type": "integer"}, "offset": {"minimum": 0, "type": "integer"}},
        )
        request = list_balances._get_kwargs(
            limit=limit,
            offset=offset,
            filters=ListBalancesFilters.from_dict(filters) if isinstance(filters, Mapping) else filters,
        )
        return self._client._request(request, list_balances._parse_response, timeout=timeout)

    def list_all(
        self,
        *,
        filters: Mapping[str, str] | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Balance]:
        """Every row `list` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `balance_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.balance_id,
        )

    @overload
    def create(
        self,
        *,
        ledger_id: str,
        currency: str,
        identity_id: None | str,
        track_fund_lineage: bool,
        allocation_strategy: AllocationStrategy | AllocationStrategyParams | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        indicator: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Balance: ...

    @overload
    def create(
        self,
        *,
        ledger_id: str,
        currency: str,
        identity_id: None | str = None,
        track_fund_lineage: Literal[False] | None = None,
        allocation_strategy: AllocationStrategy | AllocationStrategyParams | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        indicator: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Balance: ...

    def create(
        self,
        *,
        ledger_id: str,
        currency: str,
        identity_id: None | str = None,
        track_fund_lineage: bool | None = None,
        allocation_strategy: AllocationStrategy | AllocationStrategyParams | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        indicator: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Balance:
        """Create Balance

        Requires scope `balances:write`."""
        AllocationStrategy = _m_allocation_strategy.AllocationStrategy
        CreateBalanceRequest = _m_create_balance_request.CreateBalanceRequest
        MetaData = _m_meta_data.MetaData
        with building_request("balances.create"):
            body = CreateBalanceRequest(
                ledger_id=ledger_id,
                currency=currency,
                identity_id=identity_id,
                track_fund_lineage=track_fund_lineage,
                allocation_strategy=None
                if allocation_strategy is None
                else coerce_enum(AllocationStrategy, allocation_strategy, "allocation_strategy"),
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
                indicator=indicator,
            )
            given = body.to_dict()
        check_constraints(
            "balances.create",
            given,
            {
                "ledger_id": {"minLength": 1, "type": "string"},
                "currency": {"minLength": 1, "type": "string"},
                "identity_id": {"type": "string"},
                "track_fund_lineage": {"type": "boolean"},
                "indicator": {"pattern": "^@\\S+$", "type": "string"},
            },
        )
        check_required_when("balances.create", given, _CREATE_BALANCE_RULES)
        request = create_balance._get_kwargs(
            body=body,
        )
        return self._client._request(request, create_balance._parse_response, timeout=timeout)

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
    ) -> BalancePage: ...

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
    ) -> builtins.list[Balance]: ...

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
    ) -> BalancePage | builtins.list[Balance]: ...

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
    ) -> BalancePage | builtins.list[Balance]:
        """Filter balances

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `balances:write`."""
        FilterCondition = _m_filter_condition.FilterCondition
        FilterRequest = _m_filter_request.FilterRequest
        LogicalOperator = _m_logical_operator.LogicalOperator
        SortOrder = _m_sort_order.SortOrder
        with building_request("balances.filter"):
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
            "balances.filter",
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
        request = filter_balances._get_kwargs(
            body=body,
        )
        return self._client._request(request, filter_balances._parse_response, timeout=timeout, idempotent=True)

    def filter_all(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Balance]:
        """Every row `filter` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `balance_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.balance_id,
        )

    def get(
        self,
        balance_id: str,
        *,
        include: Sequence[BalanceInclude | BalanceIncludeParams] | None = None,
        with_queued: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Balance:
        """Get a balance

        Requires scope `balances:read`."""
        BalanceInclude = _m_balance_include.BalanceInclude
        check_constraints(
            "balances.get",
            {
                "with_queued": with_queued,
            },
            {"with_queued": {"type": "boolean"}},
        )
        request = get_balance._get_kwargs(
            check_path_param("balance_id", balance_id),
            include=None if include is None else [coerce_enum(BalanceInclude, item, "include") for item in include],
            with_queued=with_queued,
        )
        return self._client._request(request, get_balance._parse_response, timeout=timeout)

    def get_by_indicator(
        self,
        indicator: str,
        currency: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Balance:
        """Get a general-ledger balance by indicator and currency

        Indicators are case-sensitive; this route answers meta_data as null.

        Requires scope `balances:read`."""
        request = get_balance_by_indicator._get_kwargs(
            check_path_param("indicator", indicator),
            check_path_param("currency", currency),
        )
        return self._client._request(request, get_balance_by_indicator._parse_response, timeout=timeout)

    def get_at(
        self,
        balance_id: str,
        *,
        timestamp: datetime.datetime | None = None,
        from_source: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BalanceAtTime:
        """A balance as it stood at a point in time

        Requires scope `balances:read`."""
        check_constraints(
            "balances.get_at",
            {
                "timestamp": timestamp,
                "from_source": from_source,
            },
            {"timestamp": {"format": "date-time"}, "from_source": {"type": "boolean"}},
        )
        request = get_balance_at_time._get_kwargs(
            check_path_param("balance_id", balance_id),
            timestamp=timestamp,
            from_source=from_source,
        )
        return self._client._request(request, get_balance_at_time._parse_response, timeout=timeout)

    def update_identity(
        self,
        balance_id: str,
        *,
        identity_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Attach an identity to a balance

        The only balance field that can change after creation. A missing identity answers 404 like a missing balance.

        Requires scope `balances:write`."""
        UpdateBalanceIdentityRequest = _m_update_balance_identity_request.UpdateBalanceIdentityRequest
        with building_request("balances.update_identity"):
            body = UpdateBalanceIdentityRequest(
                identity_id=identity_id,
            )
            given = body.to_dict()
        check_constraints("balances.update_identity", given, {"identity_id": {"minLength": 1, "type": "string"}})
        request = update_balance_identity._get_kwargs(
            check_path_param("balance_id", balance_id),
            body=body,
        )
        return self._client._request(request, update_balance_identity._parse_response, timeout=timeout)

    def lineage(
        self,
        balance_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BalanceLineage:
        """Where a balance's funds came from, by provider

        Added in Blnk v0.13.0: older servers have no such route and raise RouteNotFoundError.

        Requires scope `balances:read`."""
        request = get_balance_lineage._get_kwargs(
            check_path_param("balance_id", balance_id),
        )
        return self._client._request(request, get_balance_lineage._parse_response, timeout=timeout)


class BalancesWithRawResponse:
    """`balances.with_raw_response`: each method of `Balances`, answering a RawResponse."""

    def __init__(self, resource: Balances) -> None:
        self._resource = resource

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Balance]]:
        """`list`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.list)(
            limit=limit,
            offset=offset,
            filters=filters,
            timeout=timeout,
        )

    @overload
    def create(
        self,
        *,
        ledger_id: str,
        currency: str,
        identity_id: None | str,
        track_fund_lineage: bool,
        allocation_strategy: AllocationStrategy | AllocationStrategyParams | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        indicator: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Balance]: ...

    @overload
    def create(
        self,
        *,
        ledger_id: str,
        currency: str,
        identity_id: None | str = None,
        track_fund_lineage: Literal[False] | None = None,
        allocation_strategy: AllocationStrategy | AllocationStrategyParams | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        indicator: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Balance]: ...

    def create(self, *args: Any, **kwargs: Any) -> Any:
        """`create`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.create)(*args, **kwargs)

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
    ) -> RawResponse[BalancePage]: ...

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
    ) -> RawResponse[builtins.list[Balance]]: ...

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
    ) -> RawResponse[BalancePage | builtins.list[Balance]]: ...

    def filter(self, *args: Any, **kwargs: Any) -> Any:
        """`filter`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.filter)(*args, **kwargs)

    def get(
        self,
        balance_id: str,
        *,
        include: Sequence[BalanceInclude | BalanceIncludeParams] | None = None,
        with_queued: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Balance]:
        """`get`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.get)(
            balance_id,
            include=include,
            with_queued=with_queued,
            timeout=timeout,
        )

    def get_by_indicator(
        self,
        indicator: str,
        currency: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Balance]:
        """`get_by_indicator`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.get_by_indicator)(
            indicator,
            currency,
            timeout=timeout,
        )

    def get_at(
        self,
        balance_id: str,
        *,
        timestamp: datetime.datetime | None = None,
        from_source: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BalanceAtTime]:
        """`get_at`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.get_at)(
            balance_id,
            timestamp=timestamp,
            from_source=from_source,
            timeout=timeout,
        )

    def update_identity(
        self,
        balance_id: str,
        *,
        identity_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`update_identity`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.update_identity)(
            balance_id,
            identity_id=identity_id,
            timeout=timeout,
        )

    def lineage(
        self,
        balance_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BalanceLineage]:
        """`lineage`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.lineage)(
            balance_id,
            timeout=timeout,
        )


class AsyncBalances(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBalancesWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncBalancesWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Balance]:
        """List balances

        List rows leave out version, track_fund_lineage and allocation_strategy (they read 0, false and absent); get a balance by id for those.

        Requires scope `balances:read`."""
        ListBalancesFilters = _m_list_balances_filters.ListBalancesFilters
        check_constraints(
            "balances.list",
            {
                "limit": limit,
                "offset": offset,
            },
            {"limit": {"minimum": 1, "type": "integer"}, "offset": {"minimum": 0, "type": "integer"}},
        )
        request = list_balances._get_kwargs(
            limit=limit,
            offset=offset,
            filters=ListBalancesFilters.from_dict(filters) if isinstance(filters, Mapping) else filters,
        )
        return await self._client._request(request, list_balances._parse_response, timeout=timeout)

    def list_all(
        self,
        *,
        filters: Mapping[str, str] | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Balance]:
        """Every row `list` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `balance_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.balance_id,
        )

    @overload
    async def create(
        self,
        *,
        ledger_id: str,
        currency: str,
        identity_id: None | str,
        track_fund_lineage: bool,
        allocation_strategy: AllocationStrategy | AllocationStrategyParams | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        indicator: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Balance: ...

    @overload
    async def create(
        self,
        *,
        ledger_id: str,
        currency: str,
        identity_id: None | str = None,
        track_fund_lineage: Literal[False] | None = None,
        allocation_strategy: AllocationStrategy | AllocationStrategyParams | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        indicator: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Balance: ...

    async def create(
        self,
        *,
        ledger_id: str,
        currency: str,
        identity_id: None | str = None,
        track_fund_lineage: bool | None = None,
        allocation_strategy: AllocationStrategy | AllocationStrategyParams | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        indicator: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Balance:
        """Create Balance

        Requires scope `balances:write`."""
        AllocationStrategy = _m_allocation_strategy.AllocationStrategy
        CreateBalanceRequest = _m_create_balance_request.CreateBalanceRequest
        MetaData = _m_meta_data.MetaData
        with building_request("balances.create"):
            body = CreateBalanceRequest(
                ledger_id=ledger_id,
                currency=currency,
                identity_id=identity_id,
                track_fund_lineage=track_fund_lineage,
                allocation_strategy=None
                if allocation_strategy is None
                else coerce_enum(AllocationStrategy, allocation_strategy, "allocation_strategy"),
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
                indicator=indicator,
            )
            given = body.to_dict()
        check_constraints(
            "balances.create",
            given,
            {
                "ledger_id": {"minLength": 1, "type": "string"},
                "currency": {"minLength": 1, "type": "string"},
                "identity_id": {"type": "string"},
                "track_fund_lineage": {"type": "boolean"},
                "indicator": {"pattern": "^@\\S+$", "type": "string"},
            },
        )
        check_required_when("balances.create", given, _CREATE_BALANCE_RULES)
        request = create_balance._get_kwargs(
            body=body,
        )
        return await self._client._request(request, create_balance._parse_response, timeout=timeout)

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
    ) -> BalancePage: ...

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
    ) -> builtins.list[Balance]: ...

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
    ) -> BalancePage | builtins.list[Balance]: ...

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
    ) -> BalancePage | builtins.list[Balance]:
        """Filter balances

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `balances:write`."""
        FilterCondition = _m_filter_condition.FilterCondition
        FilterRequest = _m_filter_request.FilterRequest
        LogicalOperator = _m_logical_operator.LogicalOperator
        SortOrder = _m_sort_order.SortOrder
        with building_request("balances.filter"):
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
            "balances.filter",
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
        request = filter_balances._get_kwargs(
            body=body,
        )
        return await self._client._request(request, filter_balances._parse_response, timeout=timeout, idempotent=True)

    def filter_all(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Balance]:
        """Every row `filter` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `balance_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.balance_id,
        )

    async def get(
        self,
        balance_id: str,
        *,
        include: Sequence[BalanceInclude | BalanceIncludeParams] | None = None,
        with_queued: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Balance:
        """Get a balance

        Requires scope `balances:read`."""
        BalanceInclude = _m_balance_include.BalanceInclude
        check_constraints(
            "balances.get",
            {
                "with_queued": with_queued,
            },
            {"with_queued": {"type": "boolean"}},
        )
        request = get_balance._get_kwargs(
            check_path_param("balance_id", balance_id),
            include=None if include is None else [coerce_enum(BalanceInclude, item, "include") for item in include],
            with_queued=with_queued,
        )
        return await self._client._request(request, get_balance._parse_response, timeout=timeout)

    async def get_by_indicator(
        self,
        indicator: str,
        currency: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Balance:
        """Get a general-ledger balance by indicator and currency

        Indicators are case-sensitive; this route answers meta_data as null.

        Requires scope `balances:read`."""
        request = get_balance_by_indicator._get_kwargs(
            check_path_param("indicator", indicator),
            check_path_param("currency", currency),
        )
        return await self._client._request(request, get_balance_by_indicator._parse_response, timeout=timeout)

    async def get_at(
        self,
        balance_id: str,
        *,
        timestamp: datetime.datetime | None = None,
        from_source: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BalanceAtTime:
        """A balance as it stood at a point in time

        Requires scope `balances:read`."""
        check_constraints(
            "balances.get_at",
            {
                "timestamp": timestamp,
                "from_source": from_source,
            },
            {"timestamp": {"format": "date-time"}, "from_source": {"type": "boolean"}},
        )
        request = get_balance_at_time._get_kwargs(
            check_path_param("balance_id", balance_id),
            timestamp=timestamp,
            from_source=from_source,
        )
        return await self._client._request(request, get_balance_at_time._parse_response, timeout=timeout)

    async def update_identity(
        self,
        balance_id: str,
        *,
        identity_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Attach an identity to a balance

        The only balance field that can change after creation. A missing identity answers 404 like a missing balance.

        Requires scope `balances:write`."""
        UpdateBalanceIdentityRequest = _m_update_balance_identity_request.UpdateBalanceIdentityRequest
        with building_request("balances.update_identity"):
            body = UpdateBalanceIdentityRequest(
                identity_id=identity_id,
            )
            given = body.to_dict()
        check_constraints("balances.update_identity", given, {"identity_id": {"minLength": 1, "type": "string"}})
        request = update_balance_identity._get_kwargs(
            check_path_param("balance_id", balance_id),
            body=body,
        )
        return await self._client._request(request, update_balance_identity._parse_response, timeout=timeout)

    async def lineage(
        self,
        balance_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BalanceLineage:
        """Where a balance's funds came from, by provider

        Added in Blnk v0.13.0: older servers have no such route and raise RouteNotFoundError.

        Requires scope `balances:read`."""
        request = get_balance_lineage._get_kwargs(
            check_path_param("balance_id", balance_id),
        )
        return await self._client._request(request, get_balance_lineage._parse_response, timeout=timeout)


class AsyncBalancesWithRawResponse:
    """`balances.with_raw_response`: each method of `AsyncBalances`, answering a RawResponse."""

    def __init__(self, resource: AsyncBalances) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Balance]]:
        """`list`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.list)(
            limit=limit,
            offset=offset,
            filters=filters,
            timeout=timeout,
        )

    @overload
    async def create(
        self,
        *,
        ledger_id: str,
        currency: str,
        identity_id: None | str,
        track_fund_lineage: bool,
        allocation_strategy: AllocationStrategy | AllocationStrategyParams | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        indicator: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Balance]: ...

    @overload
    async def create(
        self,
        *,
        ledger_id: str,
        currency: str,
        identity_id: None | str = None,
        track_fund_lineage: Literal[False] | None = None,
        allocation_strategy: AllocationStrategy | AllocationStrategyParams | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        indicator: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Balance]: ...

    async def create(self, *args: Any, **kwargs: Any) -> Any:
        """`create`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.create)(*args, **kwargs)

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
    ) -> RawResponse[BalancePage]: ...

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
    ) -> RawResponse[builtins.list[Balance]]: ...

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
    ) -> RawResponse[BalancePage | builtins.list[Balance]]: ...

    async def filter(self, *args: Any, **kwargs: Any) -> Any:
        """`filter`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.filter)(*args, **kwargs)

    async def get(
        self,
        balance_id: str,
        *,
        include: Sequence[BalanceInclude | BalanceIncludeParams] | None = None,
        with_queued: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Balance]:
        """`get`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.get)(
            balance_id,
            include=include,
            with_queued=with_queued,
            timeout=timeout,
        )

    async def get_by_indicator(
        self,
        indicator: str,
        currency: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Balance]:
        """`get_by_indicator`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.get_by_indicator)(
            indicator,
            currency,
            timeout=timeout,
        )

    async def get_at(
        self,
        balance_id: str,
        *,
        timestamp: datetime.datetime | None = None,
        from_source: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BalanceAtTime]:
        """`get_at`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.get_at)(
            balance_id,
            timestamp=timestamp,
            from_source=from_source,
            timeout=timeout,
        )

    async def update_identity(
        self,
        balance_id: str,
        *,
        identity_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`update_identity`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.update_identity)(
            balance_id,
            identity_id=identity_id,
            timeout=timeout,
        )

    async def lineage(
        self,
        balance_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BalanceLineage]:
        """`lineage`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.lineage)(
            balance_id,
            timeout=timeout,
        )
