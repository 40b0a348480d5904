# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag accounts; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `accounts` resource: `Blnk().accounts` and `AsyncBlnk().accounts`.

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
from ..._validation import building_request, check_constraints, check_exactly_one_of, check_path_param, coerce_enum
from ...types import NOT_GIVEN, JSONValue, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ... import _pagination
    from ...models import (
        Account,
        AccountInclude,
        AccountPage,
        FilterCondition,
        LogicalOperator,
        MockedAccount,
        SortOrder,
    )
    from ...models import account_include as _m_account_include
    from ...models import create_account_request as _m_create_account_request
    from ...models import filter_condition as _m_filter_condition
    from ...models import filter_request as _m_filter_request
    from ...models import list_accounts_filters as _m_list_accounts_filters
    from ...models import logical_operator as _m_logical_operator
    from ...models import meta_data as _m_meta_data
    from ...models import sort_order as _m_sort_order
    from ...params import AccountIncludeParams, FilterConditionParams, LogicalOperatorParams, SortOrderParams
    from . import create_account, filter_accounts, get_account, get_mocked_account, list_accounts
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    _m_account_include = DeferredModule(globals(), "_m_account_include", "...models.account_include")
    _m_create_account_request = DeferredModule(
        globals(), "_m_create_account_request", "...models.create_account_request"
    )
    _m_filter_condition = DeferredModule(globals(), "_m_filter_condition", "...models.filter_condition")
    _m_filter_request = DeferredModule(globals(), "_m_filter_request", "...models.filter_request")
    _m_list_accounts_filters = DeferredModule(globals(), "_m_list_accounts_filters", "...models.list_accounts_filters")
    _m_logical_operator = DeferredModule(globals(), "_m_logical_operator", "...models.logical_operator")
    _m_meta_data = DeferredModule(globals(), "_m_meta_data", "...models.meta_data")
    _m_sort_order = DeferredModule(globals(), "_m_sort_order", "...models.sort_order")
    _pagination = DeferredModule(globals(), "_pagination", "..._pagination")
    create_account = DeferredModule(globals(), "create_account", ".create_account")
    filter_accounts = DeferredModule(globals(), "filter_accounts", ".filter_accounts")
    get_account = DeferredModule(globals(), "get_account", ".get_account")
    get_mocked_account = DeferredModule(globals(), "get_mocked_account", ".get_mocked_account")
    list_accounts = DeferredModule(globals(), "list_accounts", ".list_accounts")

__all__ = [
    "AsyncAccounts",
    "AsyncAccountsWithRawResponse",
    "Accounts",
    "AccountsWithRawResponse",
]


class Accounts(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AccountsWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AccountsWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Account]:
        """List accounts

        Without filters the server answers EVERY account, newest first, ignores limit and offset, and leaves balance_id, identity_id and ledger_id empty (database/account.go GetAllAccounts); with filters those columns are filled and limit/offset apply.

        Requires scope `accounts:read`."""
        ListAccountsFilters = _m_list_accounts_filters.ListAccountsFilters
        check_constraints(
            "accounts.list",
            {
                "limit": limit,
                "offset": offset,
            },
            {"limit": {"minimum": 1, "maximum": 100, "type": "integer"}, "offset": {"minimum": 0, "type": "integer"}},
        )
        request = list_accounts._get_kwargs(
            limit=limit,
            offset=offset,
            filters=ListAccountsFilters.from_dict(filters) if isinstance(filters, Mapping) else filters,
        )
        return self._client._request(request, list_accounts._parse_response, timeout=timeout)

    def list_all(
        self,
        *,
        filters: Mapping[str, str] | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Account]:
        """Every row `list` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `account_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.account_id,
        )

    def create(
        self,
        *,
        balance_id: None | str = None,
        identity_id: None | str = None,
        ledger_id: None | str = None,
        currency: None | str = None,
        bank_name: None | str = None,
        number: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Create an account

        The server reads the balance first (account.go overrideLedgerAndIdentity), so a create without balance_id always answers 404 GEN_NOT_FOUND "Balance with ID '' not found" once it passes validation. ledger_id, identity_id and currency come from the balance when it has them; the account's name comes from the identity (the balance's, else identity_id), and a balance without an identity needs identity_id (404 GEN_NOT_FOUND otherwise). number is unique and stored as given ("" when left out, so only one account can lack a number); a duplicate answers 500 GEN_INTERNAL, not ACC_DUPLICATE.

        Requires scope `accounts:write`."""
        CreateAccountRequest = _m_create_account_request.CreateAccountRequest
        MetaData = _m_meta_data.MetaData
        with building_request("accounts.create"):
            body = CreateAccountRequest(
                balance_id=balance_id,
                identity_id=identity_id,
                ledger_id=ledger_id,
                currency=currency,
                bank_name=bank_name,
                number=number,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_exactly_one_of("accounts.create", given, (("balance_id", "ledger_id"), ("balance_id", "currency")))
        check_constraints(
            "accounts.create",
            given,
            {
                "balance_id": {"type": "string"},
                "identity_id": {"type": "string"},
                "ledger_id": {"type": "string"},
                "currency": {"type": "string"},
                "bank_name": {"type": "string"},
                "number": {"type": "string"},
            },
        )
        request = create_account._get_kwargs(
            body=body,
        )
        return self._client._request(request, create_account._parse_response, timeout=timeout)

    def get(
        self,
        account_id: str,
        *,
        include: Sequence[AccountInclude | AccountIncludeParams] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Get an account

        Requires scope `accounts:read`."""
        AccountInclude = _m_account_include.AccountInclude
        request = get_account._get_kwargs(
            check_path_param("account_id", account_id),
            include=None if include is None else [coerce_enum(AccountInclude, item, "include") for item in include],
        )
        return self._client._request(request, get_account._parse_response, timeout=timeout)

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
    ) -> AccountPage: ...

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
    ) -> builtins.list[Account]: ...

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
    ) -> AccountPage | builtins.list[Account]: ...

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
    ) -> AccountPage | builtins.list[Account]:
        """Filter accounts

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `accounts:write`."""
        FilterCondition = _m_filter_condition.FilterCondition
        FilterRequest = _m_filter_request.FilterRequest
        LogicalOperator = _m_logical_operator.LogicalOperator
        SortOrder = _m_sort_order.SortOrder
        with building_request("accounts.filter"):
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
            "accounts.filter",
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
        request = filter_accounts._get_kwargs(
            body=body,
        )
        return self._client._request(request, filter_accounts._parse_response, timeout=timeout, idempotent=True)

    def filter_all(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Account]:
        """Every row `filter` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `account_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.account_id,
        )

    def mocked(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MockedAccount:
        """A made-up bank account number

        A test helper (gofakeit AchAccount); nothing is stored.

        Requires scope `accounts:read`."""
        request = get_mocked_account._get_kwargs()
        return self._client._request(request, get_mocked_account._parse_response, timeout=timeout)


class AccountsWithRawResponse:
    """`accounts.with_raw_response`: each method of `Accounts`, answering a RawResponse."""

    def __init__(self, resource: Accounts) -> None:
        self._resource = resource

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Account]]:
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
        balance_id: None | str = None,
        identity_id: None | str = None,
        ledger_id: None | str = None,
        currency: None | str = None,
        bank_name: None | str = None,
        number: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Account]:
        """`create`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.create)(
            balance_id=balance_id,
            identity_id=identity_id,
            ledger_id=ledger_id,
            currency=currency,
            bank_name=bank_name,
            number=number,
            meta_data=meta_data,
            timeout=timeout,
        )

    def get(
        self,
        account_id: str,
        *,
        include: Sequence[AccountInclude | AccountIncludeParams] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Account]:
        """`get`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.get)(
            account_id,
            include=include,
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
    ) -> RawResponse[AccountPage]: ...

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
    ) -> RawResponse[builtins.list[Account]]: ...

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
    ) -> RawResponse[AccountPage | builtins.list[Account]]: ...

    def filter(self, *args: Any, **kwargs: Any) -> Any:
        """`filter`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.filter)(*args, **kwargs)

    def mocked(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MockedAccount]:
        """`mocked`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.mocked)(
            timeout=timeout,
        )


class AsyncAccounts(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAccountsWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncAccountsWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Account]:
        """List accounts

        Without filters the server answers EVERY account, newest first, ignores limit and offset, and leaves balance_id, identity_id and ledger_id empty (database/account.go GetAllAccounts); with filters those columns are filled and limit/offset apply.

        Requires scope `accounts:read`."""
        ListAccountsFilters = _m_list_accounts_filters.ListAccountsFilters
        check_constraints(
            "accounts.list",
            {
                "limit": limit,
                "offset": offset,
            },
            {"limit": {"minimum": 1, "maximum": 100, "type": "integer"}, "offset": {"minimum": 0, "type": "integer"}},
        )
        request = list_accounts._get_kwargs(
            limit=limit,
            offset=offset,
            filters=ListAccountsFilters.from_dict(filters) if isinstance(filters, Mapping) else filters,
        )
        return await self._client._request(request, list_accounts._parse_response, timeout=timeout)

    def list_all(
        self,
        *,
        filters: Mapping[str, str] | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Account]:
        """Every row `list` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `account_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.account_id,
        )

    async def create(
        self,
        *,
        balance_id: None | str = None,
        identity_id: None | str = None,
        ledger_id: None | str = None,
        currency: None | str = None,
        bank_name: None | str = None,
        number: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Create an account

        The server reads the balance first (account.go overrideLedgerAndIdentity), so a create without balance_id always answers 404 GEN_NOT_FOUND "Balance with ID '' not found" once it passes validation. ledger_id, identity_id and currency come from the balance when it has them; the account's name comes from the identity (the balance's, else identity_id), and a balance without an identity needs identity_id (404 GEN_NOT_FOUND otherwise). number is unique and stored as given ("" when left out, so only one account can lack a number); a duplicate answers 500 GEN_INTERNAL, not ACC_DUPLICATE.

        Requires scope `accounts:write`."""
        CreateAccountRequest = _m_create_account_request.CreateAccountRequest
        MetaData = _m_meta_data.MetaData
        with building_request("accounts.create"):
            body = CreateAccountRequest(
                balance_id=balance_id,
                identity_id=identity_id,
                ledger_id=ledger_id,
                currency=currency,
                bank_name=bank_name,
                number=number,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_exactly_one_of("accounts.create", given, (("balance_id", "ledger_id"), ("balance_id", "currency")))
        check_constraints(
            "accounts.create",
            given,
            {
                "balance_id": {"type": "string"},
                "identity_id": {"type": "string"},
                "ledger_id": {"type": "string"},
                "currency": {"type": "string"},
                "bank_name": {"type": "string"},
                "number": {"type": "string"},
            },
        )
        request = create_account._get_kwargs(
            body=body,
        )
        return await self._client._request(request, create_account._parse_response, timeout=timeout)

    async def get(
        self,
        account_id: str,
        *,
        include: Sequence[AccountInclude | AccountIncludeParams] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Get an account

        Requires scope `accounts:read`."""
        AccountInclude = _m_account_include.AccountInclude
        request = get_account._get_kwargs(
            check_path_param("account_id", account_id),
            include=None if include is None else [coerce_enum(AccountInclude, item, "include") for item in include],
        )
        return await self._client._request(request, get_account._parse_response, timeout=timeout)

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
    ) -> AccountPage: ...

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
    ) -> builtins.list[Account]: ...

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
    ) -> AccountPage | builtins.list[Account]: ...

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
    ) -> AccountPage | builtins.list[Account]:
        """Filter accounts

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `accounts:write`."""
        FilterCondition = _m_filter_condition.FilterCondition
        FilterRequest = _m_filter_request.FilterRequest
        LogicalOperator = _m_logical_operator.LogicalOperator
        SortOrder = _m_sort_order.SortOrder
        with building_request("accounts.filter"):
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
            "accounts.filter",
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
        request = filter_accounts._get_kwargs(
            body=body,
        )
        return await self._client._request(request, filter_accounts._parse_response, timeout=timeout, idempotent=True)

    def filter_all(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Account]:
        """Every row `filter` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `account_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.account_id,
        )

    async def mocked(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MockedAccount:
        """A made-up bank account number

        A test helper (gofakeit AchAccount); nothing is stored.

        Requires scope `accounts:read`."""
        request = get_mocked_account._get_kwargs()
        return await self._client._request(request, get_mocked_account._parse_response, timeout=timeout)


class AsyncAccountsWithRawResponse:
    """`accounts.with_raw_response`: each method of `AsyncAccounts`, answering a RawResponse."""

    def __init__(self, resource: AsyncAccounts) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Account]]:
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
        balance_id: None | str = None,
        identity_id: None | str = None,
        ledger_id: None | str = None,
        currency: None | str = None,
        bank_name: None | str = None,
        number: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Account]:
        """`create`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.create)(
            balance_id=balance_id,
            identity_id=identity_id,
            ledger_id=ledger_id,
            currency=currency,
            bank_name=bank_name,
            number=number,
            meta_data=meta_data,
            timeout=timeout,
        )

    async def get(
        self,
        account_id: str,
        *,
        include: Sequence[AccountInclude | AccountIncludeParams] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Account]:
        """`get`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.get)(
            account_id,
            include=include,
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
    ) -> RawResponse[AccountPage]: ...

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
    ) -> RawResponse[builtins.list[Account]]: ...

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
    ) -> RawResponse[AccountPage | builtins.list[Account]]: ...

    async def filter(self, *args: Any, **kwargs: Any) -> Any:
        """`filter`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.filter)(*args, **kwargs)

    async def mocked(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MockedAccount]:
        """`mocked`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.mocked)(
            timeout=timeout,
        )
