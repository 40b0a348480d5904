# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag transactions; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `transactions` resource: `Blnk().transactions` and `AsyncBlnk().transactions`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from ..._deferred import DeferredModule
from ..._queued import async_note_action, marked_queued, note_action, remembering
from ..._refunds import async_refuse_second_refund, refuse_second_refund
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._validation import building_request, check_constraints, check_exactly_one_of, check_path_param, coerce_enum
from ...money import exact_amount, exact_amounts
from ...types import NOT_GIVEN, JSONValue, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ... import _idempotency, _pagination
    from ...models import (
        BulkCommitInflightItem,
        BulkInflightResponse,
        BulkTransactionAccepted,
        BulkTransactionPreview,
        BulkTransactionResult,
        CreateTransactionRequest,
        Distribution,
        FilterCondition,
        InflightAction,
        InflightTransaction,
        LogicalOperator,
        RecoverResult,
        SortOrder,
        Transaction,
        TransactionLineage,
        TransactionPage,
        TransactionPreview,
    )
    from ...models import bulk_batch_status as _m_bulk_batch_status
    from ...models import bulk_commit_inflight_item as _m_bulk_commit_inflight_item
    from ...models import bulk_commit_inflight_request as _m_bulk_commit_inflight_request
    from ...models import bulk_transaction_request as _m_bulk_transaction_request
    from ...models import bulk_transaction_result as _m_bulk_transaction_result
    from ...models import bulk_void_inflight_request as _m_bulk_void_inflight_request
    from ...models import create_transaction_request as _m_create_transaction_request
    from ...models import distribution as _m_distribution
    from ...models import filter_condition as _m_filter_condition
    from ...models import filter_request as _m_filter_request
    from ...models import inflight_action as _m_inflight_action
    from ...models import list_transactions_filters as _m_list_transactions_filters
    from ...models import logical_operator as _m_logical_operator
    from ...models import meta_data as _m_meta_data
    from ...models import refund_transaction_request as _m_refund_transaction_request
    from ...models import sort_order as _m_sort_order
    from ...models import update_inflight_transaction_request as _m_update_inflight_transaction_request
    from ...params import (
        BulkCommitInflightItemParams,
        CreateTransactionRequestParams,
        DistributionParams,
        FilterConditionParams,
        InflightActionParams,
        LogicalOperatorParams,
        SortOrderParams,
    )
    from .. import balances as _r_balances
    from . import (
        bulk_commit_inflight_transactions,
        bulk_void_inflight_transactions,
        create_bulk_transactions,
        create_transaction,
        filter_transactions,
        get_transaction,
        get_transaction_by_reference,
        get_transaction_lineage,
        list_transactions,
        recover_queued_transactions,
        refund_transaction,
        update_inflight_transaction,
    )
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    _idempotency = DeferredModule(globals(), "_idempotency", "..._idempotency")
    _m_bulk_batch_status = DeferredModule(globals(), "_m_bulk_batch_status", "...models.bulk_batch_status")
    _m_bulk_commit_inflight_item = DeferredModule(
        globals(), "_m_bulk_commit_inflight_item", "...models.bulk_commit_inflight_item"
    )
    _m_bulk_commit_inflight_request = DeferredModule(
        globals(), "_m_bulk_commit_inflight_request", "...models.bulk_commit_inflight_request"
    )
    _m_bulk_transaction_request = DeferredModule(
        globals(), "_m_bulk_transaction_request", "...models.bulk_transaction_request"
    )
    _m_bulk_transaction_result = DeferredModule(
        globals(), "_m_bulk_transaction_result", "...models.bulk_transaction_result"
    )
    _m_bulk_void_inflight_request = DeferredModule(
        globals(), "_m_bulk_void_inflight_request", "...models.bulk_void_inflight_request"
    )
    _m_create_transaction_request = DeferredModule(
        globals(), "_m_create_transaction_request", "...models.create_transaction_request"
    )
    _m_distribution = DeferredModule(globals(), "_m_distribution", "...models.distribution")
    _m_filter_condition = DeferredModule(globals(), "_m_filter_condition", "...models.filter_condition")
    _m_filter_request = DeferredModule(globals(), "_m_filter_request", "...models.filter_request")
    _m_inflight_action = DeferredModule(globals(), "_m_inflight_action", "...models.inflight_action")
    _m_list_transactions_filters = DeferredModule(
        globals(), "_m_list_transactions_filters", "...models.list_transactions_filters"
    )
    _m_logical_operator = DeferredModule(globals(), "_m_logical_operator", "...models.logical_operator")
    _m_meta_data = DeferredModule(globals(), "_m_meta_data", "...models.meta_data")
    _m_refund_transaction_request = DeferredModule(
        globals(), "_m_refund_transaction_request", "...models.refund_transaction_request"
    )
    _m_sort_order = DeferredModule(globals(), "_m_sort_order", "...models.sort_order")
    _m_update_inflight_transaction_request = DeferredModule(
        globals(), "_m_update_inflight_transaction_request", "...models.update_inflight_transaction_request"
    )
    _pagination = DeferredModule(globals(), "_pagination", "..._pagination")
    _r_balances = DeferredModule(globals(), "_r_balances", "..balances")
    bulk_commit_inflight_transactions = DeferredModule(
        globals(), "bulk_commit_inflight_transactions", ".bulk_commit_inflight_transactions"
    )
    bulk_void_inflight_transactions = DeferredModule(
        globals(), "bulk_void_inflight_transactions", ".bulk_void_inflight_transactions"
    )
    create_bulk_transactions = DeferredModule(globals(), "create_bulk_transactions", ".create_bulk_transactions")
    create_transaction = DeferredModule(globals(), "create_transaction", ".create_transaction")
    filter_transactions = DeferredModule(globals(), "filter_transactions", ".filter_transactions")
    get_transaction = DeferredModule(globals(), "get_transaction", ".get_transaction")
    get_transaction_by_reference = DeferredModule(
        globals(), "get_transaction_by_reference", ".get_transaction_by_reference"
    )
    get_transaction_lineage = DeferredModule(globals(), "get_transaction_lineage", ".get_transaction_lineage")
    list_transactions = DeferredModule(globals(), "list_transactions", ".list_transactions")
    recover_queued_transactions = DeferredModule(
        globals(), "recover_queued_transactions", ".recover_queued_transactions"
    )
    refund_transaction = DeferredModule(globals(), "refund_transaction", ".refund_transaction")
    update_inflight_transaction = DeferredModule(
        globals(), "update_inflight_transaction", ".update_inflight_transaction"
    )

__all__ = [
    "AsyncTransactions",
    "AsyncTransactionsWithRawResponse",
    "Transactions",
    "TransactionsWithRawResponse",
]


class Transactions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> TransactionsWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return TransactionsWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Transaction]:
        """List transactions

        Newest first. sort_by, sort_order and include_count are ignored on this route.

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:read`."""
        ListTransactionsFilters = _m_list_transactions_filters.ListTransactionsFilters
        check_constraints(
            "transactions.list",
            {
                "limit": limit,
                "offset": offset,
            },
            {"limit": {"minimum": 1, "type": "integer"}, "offset": {"minimum": 0, "type": "integer"}},
        )
        request = list_transactions._get_kwargs(
            limit=limit,
            offset=offset,
            filters=ListTransactionsFilters.from_dict(filters) if isinstance(filters, Mapping) else filters,
        )
        return self._client._request(request, list_transactions._parse_response, timeout=timeout)

    def list_all(
        self,
        *,
        filters: Mapping[str, str] | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Transaction]:
        """Every row `list` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `transaction_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.transaction_id,
        )

    @overload
    def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        dry_run: Literal[True],
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TransactionPreview: ...

    @overload
    def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        dry_run: Literal[False] | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction: ...

    @overload
    def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        dry_run: bool,
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction | TransactionPreview: ...

    def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        dry_run: bool | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction | TransactionPreview:
        """Record a transaction

        Queued by default: the answer is 201 with status QUEUED (SCHEDULED with scheduled_for) before any balance lookup, reference check or funds check, and the applied, inflight or rejected record is a child row with reference `<reference>_q`. With skip_queue the transaction is applied synchronously (APPLIED or INFLIGHT) and its failures are errors here. With dry_run the answer is 200 with a TransactionPreview and nothing is written. A reference already stored for another posting is never answered as success: it raises ReferenceConflictError (a ConflictError) with the stored transaction, with or without skip_queue and on a retry. The queued 201 comes before the server's reference check and names a transaction it never stores when the reference was taken, so after a queued or scheduled answer the client reads the reference back (GET /transactions/reference/{reference}, polled while it answers 404 for at most ~1.6 s; the row is usually there within a few ms): one extra request per queued create, plus a balance lookup per @indicator only when the stored posting has to be compared. A queued split (sources or destinations) is stored only as its legs and is not read back.

        Requires scope `transactions:write`."""
        CreateTransactionRequest = _m_create_transaction_request.CreateTransactionRequest
        Distribution = _m_distribution.Distribution
        MetaData = _m_meta_data.MetaData
        Deduplication = _idempotency.Deduplication
        Balances = _r_balances.Balances
        amount, precise_amount = exact_amount(
            "transactions.create", ("amount", "precise_amount", "precision"), amount, precise_amount, precision
        )
        with building_request("transactions.create"):
            body = CreateTransactionRequest(
                currency=currency,
                reference=reference,
                description=description,
                amount=amount,
                precise_amount=precise_amount,
                precision=precision,
                source=source,
                sources=None
                if sources is None
                else [Distribution.from_dict(item) if isinstance(item, Mapping) else item for item in sources],
                destination=destination,
                destinations=None
                if destinations is None
                else [Distribution.from_dict(item) if isinstance(item, Mapping) else item for item in destinations],
                allow_overdraft=allow_overdraft,
                overdraft_limit=overdraft_limit,
                inflight=inflight,
                inflight_expiry_date=inflight_expiry_date,
                inflight_commit_date=inflight_commit_date,
                scheduled_for=scheduled_for,
                effective_date=effective_date,
                skip_queue=skip_queue,
                atomic=atomic,
                dry_run=dry_run,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_exactly_one_of(
            "transactions.create",
            given,
            (("amount", "precise_amount"), ("source", "sources"), ("destination", "destinations")),
        )
        check_constraints(
            "transactions.create",
            given,
            {
                "currency": {"minLength": 1, "type": "string"},
                "reference": {"minLength": 1, "type": "string"},
                "description": {"minLength": 1, "type": "string"},
                "amount": {"minimum": 0, "type": "number"},
                "precise_amount": {"minimum": 0, "type": "integer"},
                "precision": {"minimum": 0, "type": "number"},
                "source": {"type": "string"},
                "destination": {"type": "string"},
                "allow_overdraft": {"type": "boolean"},
                "overdraft_limit": {"type": "number"},
                "inflight": {"type": "boolean"},
                "inflight_expiry_date": {"format": "date-time"},
                "inflight_commit_date": {"format": "date-time"},
                "scheduled_for": {"format": "date-time"},
                "effective_date": {"format": "date-time"},
                "skip_queue": {"type": "boolean"},
                "atomic": {"type": "boolean"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = create_transaction._get_kwargs(
            body=body,
        )
        if not any(given.get(flag) for flag in ("dry_run",)):
            dedupe = Deduplication(
                key="reference",
                body=given,
                lookup=lambda: self.get_by_reference(reference),
                resolve=lambda indicator: Balances(self._client).get_by_indicator(indicator, currency),
                compare=(
                    "reference",
                    "currency",
                    "description",
                    "amount",
                    "precise_amount",
                    "source",
                    "sources",
                    "destination",
                    "destinations",
                    "allow_overdraft",
                    "overdraft_limit",
                    "inflight",
                    "meta_data",
                ),
                unsent={"allow_overdraft": False, "overdraft_limit": 0, "inflight": False},
                unchecked=("QUEUED", "SCHEDULED"),
                unstored_with=("sources", "destinations"),
                id_field="transaction_id",
                conflict_code="TXN_DUPLICATE_REFERENCE",
            )
            return self._client._create_once(request, create_transaction._parse_response, dedupe, timeout=timeout)
        return self._client._request(request, create_transaction._parse_response, timeout=timeout)

    @overload
    def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        dry_run: Literal[True],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: bool | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionPreview: ...

    @overload
    def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        run_async: Literal[True],
        inflight: bool | None = None,
        atomic: bool | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionAccepted: ...

    @overload
    def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: Literal[False] | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionResult: ...

    @overload
    def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: bool | None = None,
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionAccepted | BulkTransactionPreview | BulkTransactionResult: ...

    def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: bool | None = None,
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionAccepted | BulkTransactionPreview | BulkTransactionResult:
        """Record up to 10,000 transactions as one batch

        Every item is validated first (the first invalid one answers 400 TXN_VALIDATION_ERROR with details {"index": i}). The batch-level inflight and skip_queue overwrite the items' own; items get parent_transaction = batch_id. Without skip_queue the legs are only queued: the server answers "applied" before any leg ran, and this client answers status QUEUED instead, because a leg may still be rejected (atomic or not) while the others apply. blnk_client.waiting.wait_for_bulk answers each leg's outcome. With skip_queue the answer is final: a failure answers {error, batch_id, error_detail} with the classified code, and with atomic the applied items are rolled back. blnk_client.waiting.wait_for_transaction takes the queued answer too.

        Requires scope `transactions:write`."""
        BulkBatchStatus = _m_bulk_batch_status.BulkBatchStatus
        BulkTransactionRequest = _m_bulk_transaction_request.BulkTransactionRequest
        BulkTransactionResult = _m_bulk_transaction_result.BulkTransactionResult
        CreateTransactionRequest = _m_create_transaction_request.CreateTransactionRequest
        with building_request("transactions.create_bulk"):
            body = BulkTransactionRequest(
                transactions=[
                    CreateTransactionRequest.from_dict(item) if isinstance(item, Mapping) else item
                    for item in transactions
                ],
                inflight=inflight,
                atomic=atomic,
                run_async=run_async,
                skip_queue=skip_queue,
                dry_run=dry_run,
            )
            exact_amounts(
                "transactions.create_bulk", "transactions", body.transactions, ("amount", "precise_amount", "precision")
            )
            given = body.to_dict()
        check_constraints(
            "transactions.create_bulk",
            given,
            {
                "transactions": {"minItems": 1, "maxItems": 10000},
                "inflight": {"type": "boolean"},
                "atomic": {"type": "boolean"},
                "run_async": {"type": "boolean"},
                "skip_queue": {"type": "boolean"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = create_bulk_transactions._get_kwargs(
            body=body,
        )
        if not given.get("skip_queue"):
            return self._client._request(
                request,
                marked_queued(create_bulk_transactions._parse_response, BulkTransactionResult, BulkBatchStatus.QUEUED),
                timeout=timeout,
            )
        return self._client._request(request, create_bulk_transactions._parse_response, timeout=timeout)

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
    ) -> TransactionPage: ...

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
    ) -> builtins.list[Transaction]: ...

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
    ) -> builtins.list[Transaction] | TransactionPage: ...

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
    ) -> builtins.list[Transaction] | TransactionPage:
        """Filter transactions

        Besides the columns, `balance_id` matches either side (operators eq, ne, in, isnull, isnotnull only).

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:write`."""
        FilterCondition = _m_filter_condition.FilterCondition
        FilterRequest = _m_filter_request.FilterRequest
        LogicalOperator = _m_logical_operator.LogicalOperator
        SortOrder = _m_sort_order.SortOrder
        with building_request("transactions.filter"):
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
            "transactions.filter",
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
        request = filter_transactions._get_kwargs(
            body=body,
        )
        return self._client._request(request, filter_transactions._parse_response, timeout=timeout, idempotent=True)

    def filter_all(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Transaction]:
        """Every row `filter` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `transaction_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.transaction_id,
        )

    def get(
        self,
        transaction_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Get a transaction

        This route does not select effective_date; the row you got from a queued create stays QUEUED.

        Requires scope `transactions:read`."""
        request = get_transaction._get_kwargs(
            check_path_param("transaction_id", transaction_id),
        )
        return self._client._request(request, get_transaction._parse_response, timeout=timeout)

    def get_by_reference(
        self,
        reference: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Get a transaction by its reference

        The outcome of a queued transaction is the row with reference `<reference>_q`. This route answers precision 0 and an empty hash, and no effective_date.

        Requires scope `transactions:read`."""
        request = get_transaction_by_reference._get_kwargs(
            check_path_param("reference", reference),
        )
        return self._client._request(request, get_transaction_by_reference._parse_response, timeout=timeout)

    def lineage(
        self,
        transaction_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TransactionLineage:
        """Which providers funded a transaction, and its shadow transactions

        Lineage is written asynchronously (a DB outbox), shortly after the transaction applies.

        Added in Blnk v0.13.0: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:read`."""
        request = get_transaction_lineage._get_kwargs(
            check_path_param("transaction_id", transaction_id),
        )
        return self._client._request(request, get_transaction_lineage._parse_response, timeout=timeout)

    @overload
    def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        dry_run: Literal[True],
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TransactionPreview: ...

    @overload
    def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> InflightTransaction: ...

    @overload
    def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        dry_run: bool,
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> InflightTransaction | TransactionPreview: ...

    def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> InflightTransaction | TransactionPreview:
        """Commit or void an inflight transaction

        Queued by default: 200 with the transaction whose id was given, as stored, plus "queued": true; the commit or void happens later in the workers. For the id a queued create answered that is its row with status QUEUED (the hold itself is its INFLIGHT `_q` child), for a skip_queue hold the still-INFLIGHT hold. A second action while one is queued answers 409 GEN_CONFLICT. With skip_queue the answer is the new child transaction (APPLIED for a commit, VOID for a void); with dry_run a TransactionPreview. A void always releases the whole remaining hold. Before a queued commit of part of the hold (an amount or precise_amount) the client reads the hold's children (one POST /transactions/filter, two for a queued create's id), so that blnk_client.waiting.wait_for_transaction can tell the child it adds from earlier ones.

        Requires scope `transactions:write`."""
        InflightAction = _m_inflight_action.InflightAction
        UpdateInflightTransactionRequest = _m_update_inflight_transaction_request.UpdateInflightTransactionRequest
        with building_request("transactions.update_inflight"):
            body = UpdateInflightTransactionRequest(
                status=coerce_enum(InflightAction, status, "status"),
                amount=amount,
                precise_amount=precise_amount,
                skip_queue=skip_queue,
                dry_run=dry_run,
            )
            given = body.to_dict()
        check_constraints(
            "transactions.update_inflight",
            given,
            {
                "amount": {"minimum": 0, "type": "number"},
                "precise_amount": {"minimum": 1, "type": "integer"},
                "skip_queue": {"type": "boolean"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = update_inflight_transaction._get_kwargs(
            check_path_param("transaction_id", transaction_id),
            body=body,
        )
        if not given.get("skip_queue") and not given.get("dry_run"):
            action = note_action(self.filter_all, given, transaction_id)
            return self._client._request(
                request, remembering(update_inflight_transaction._parse_response, action), timeout=timeout
            )
        return self._client._request(request, update_inflight_transaction._parse_response, timeout=timeout)

    @overload
    def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionPreview: ...

    @overload
    def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse: ...

    @overload
    def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        dry_run: bool,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse | BulkTransactionPreview: ...

    def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse | BulkTransactionPreview:
        """Commit up to 100 inflight transactions

        Each item succeeds or fails on its own; the answer is 200 with the per-item outcome even when items fail. Queued by default (items read "queued"). Before a queued call with items that commit part of a hold the client reads those holds' children (one or two POST /transactions/filter per 100 of them), as update_inflight does.

        Added in Blnk v0.14.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:write`."""
        BulkCommitInflightItem = _m_bulk_commit_inflight_item.BulkCommitInflightItem
        BulkCommitInflightRequest = _m_bulk_commit_inflight_request.BulkCommitInflightRequest
        with building_request("transactions.bulk_commit"):
            body = BulkCommitInflightRequest(
                transactions=[
                    BulkCommitInflightItem.from_dict(item) if isinstance(item, Mapping) else item
                    for item in transactions
                ],
                skip_queue=skip_queue,
                dry_run=dry_run,
            )
            given = body.to_dict()
        check_constraints(
            "transactions.bulk_commit",
            given,
            {
                "transactions": {"minItems": 1, "maxItems": 100},
                "skip_queue": {"type": "boolean"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = bulk_commit_inflight_transactions._get_kwargs(
            body=body,
        )
        if not given.get("skip_queue") and not given.get("dry_run"):
            action = note_action(self.filter_all, given)
            return self._client._request(
                request, remembering(bulk_commit_inflight_transactions._parse_response, action), timeout=timeout
            )
        return self._client._request(request, bulk_commit_inflight_transactions._parse_response, timeout=timeout)

    @overload
    def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionPreview: ...

    @overload
    def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse: ...

    @overload
    def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        dry_run: bool,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse | BulkTransactionPreview: ...

    def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse | BulkTransactionPreview:
        """Void up to 100 inflight transactions

        Each item succeeds or fails on its own; the answer is 200 with the per-item outcome even when items fail. Queued by default (items read "queued").

        Added in Blnk v0.14.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:write`."""
        BulkVoidInflightRequest = _m_bulk_void_inflight_request.BulkVoidInflightRequest
        with building_request("transactions.bulk_void"):
            body = BulkVoidInflightRequest(
                transaction_ids=transaction_ids,
                skip_queue=skip_queue,
                dry_run=dry_run,
            )
            given = body.to_dict()
        check_constraints(
            "transactions.bulk_void",
            given,
            {
                "transaction_ids": {"minItems": 1, "maxItems": 100},
                "skip_queue": {"type": "boolean"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = bulk_void_inflight_transactions._get_kwargs(
            body=body,
        )
        if not given.get("skip_queue") and not given.get("dry_run"):
            action = note_action(self.filter_all, given)
            return self._client._request(
                request, remembering(bulk_void_inflight_transactions._parse_response, action), timeout=timeout
            )
        return self._client._request(request, bulk_void_inflight_transactions._parse_response, timeout=timeout)

    @overload
    def refund(
        self,
        transaction_id: str,
        *,
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TransactionPreview: ...

    @overload
    def refund(
        self,
        transaction_id: str,
        *,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction: ...

    @overload
    def refund(
        self,
        transaction_id: str,
        *,
        dry_run: bool,
        skip_queue: bool | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction | TransactionPreview: ...

    def refund(
        self,
        transaction_id: str,
        *,
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction | TransactionPreview:
        """Refund a transaction

        Pass the id POST /transactions returned: the server reverses its applied (or voided) record, swapping source and destination, with reference `<txn id>_refund` and allow_overdraft true. Queued unless skip_queue. A transaction already refunded raises ConflictError GEN_CONFLICT before anything is sent (the client looks up `<id>_refund`, and for a queued transaction its `_q` copy's refund: two GETs, four when queued), because with skip_queue the server reverses the first refund before it answers its 409.

        Requires scope `transactions:write`."""
        MetaData = _m_meta_data.MetaData
        RefundTransactionRequest = _m_refund_transaction_request.RefundTransactionRequest
        with building_request("transactions.refund"):
            body = RefundTransactionRequest(
                skip_queue=skip_queue,
                dry_run=dry_run,
                description=description,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_constraints(
            "transactions.refund",
            given,
            {"skip_queue": {"type": "boolean"}, "dry_run": {"type": "boolean"}, "description": {"type": "string"}},
        )
        request = refund_transaction._get_kwargs(
            check_path_param("transaction_id", transaction_id),
            body=body,
        )
        if not given.get("dry_run"):
            refuse_second_refund(self.get, self.with_raw_response.get_by_reference, transaction_id)
        return self._client._request(request, refund_transaction._parse_response, timeout=timeout)

    def recover(
        self,
        *,
        threshold: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RecoverResult:
        """Re-enqueue queued transactions stuck longer than a threshold

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:write`."""
        check_constraints(
            "transactions.recover",
            {
                "threshold": threshold,
            },
            {"threshold": {"type": "string"}},
        )
        request = recover_queued_transactions._get_kwargs(
            threshold=threshold,
        )
        return self._client._request(request, recover_queued_transactions._parse_response, timeout=timeout)


class TransactionsWithRawResponse:
    """`transactions.with_raw_response`: each method of `Transactions`, answering a RawResponse."""

    def __init__(self, resource: Transactions) -> None:
        self._resource = resource

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Transaction]]:
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
        currency: str,
        reference: str,
        description: str,
        dry_run: Literal[True],
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionPreview]: ...

    @overload
    def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        dry_run: Literal[False] | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction]: ...

    @overload
    def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        dry_run: bool,
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction | TransactionPreview]: ...

    def create(self, *args: Any, **kwargs: Any) -> Any:
        """`create`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.create)(*args, **kwargs)

    @overload
    def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        dry_run: Literal[True],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: bool | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionPreview]: ...

    @overload
    def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        run_async: Literal[True],
        inflight: bool | None = None,
        atomic: bool | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionAccepted]: ...

    @overload
    def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: Literal[False] | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionResult]: ...

    @overload
    def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: bool | None = None,
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionAccepted | BulkTransactionPreview | BulkTransactionResult]: ...

    def create_bulk(self, *args: Any, **kwargs: Any) -> Any:
        """`create_bulk`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.create_bulk)(*args, **kwargs)

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
    ) -> RawResponse[TransactionPage]: ...

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
    ) -> RawResponse[builtins.list[Transaction]]: ...

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
    ) -> RawResponse[builtins.list[Transaction] | TransactionPage]: ...

    def filter(self, *args: Any, **kwargs: Any) -> Any:
        """`filter`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.filter)(*args, **kwargs)

    def get(
        self,
        transaction_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction]:
        """`get`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.get)(
            transaction_id,
            timeout=timeout,
        )

    def get_by_reference(
        self,
        reference: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction]:
        """`get_by_reference`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.get_by_reference)(
            reference,
            timeout=timeout,
        )

    def lineage(
        self,
        transaction_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionLineage]:
        """`lineage`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.lineage)(
            transaction_id,
            timeout=timeout,
        )

    @overload
    def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        dry_run: Literal[True],
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionPreview]: ...

    @overload
    def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[InflightTransaction]: ...

    @overload
    def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        dry_run: bool,
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[InflightTransaction | TransactionPreview]: ...

    def update_inflight(self, *args: Any, **kwargs: Any) -> Any:
        """`update_inflight`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.update_inflight)(*args, **kwargs)

    @overload
    def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionPreview]: ...

    @overload
    def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkInflightResponse]: ...

    @overload
    def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        dry_run: bool,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkInflightResponse | BulkTransactionPreview]: ...

    def bulk_commit(self, *args: Any, **kwargs: Any) -> Any:
        """`bulk_commit`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.bulk_commit)(*args, **kwargs)

    @overload
    def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionPreview]: ...

    @overload
    def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkInflightResponse]: ...

    @overload
    def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        dry_run: bool,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkInflightResponse | BulkTransactionPreview]: ...

    def bulk_void(self, *args: Any, **kwargs: Any) -> Any:
        """`bulk_void`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.bulk_void)(*args, **kwargs)

    @overload
    def refund(
        self,
        transaction_id: str,
        *,
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionPreview]: ...

    @overload
    def refund(
        self,
        transaction_id: str,
        *,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction]: ...

    @overload
    def refund(
        self,
        transaction_id: str,
        *,
        dry_run: bool,
        skip_queue: bool | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction | TransactionPreview]: ...

    def refund(self, *args: Any, **kwargs: Any) -> Any:
        """`refund`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.refund)(*args, **kwargs)

    def recover(
        self,
        *,
        threshold: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[RecoverResult]:
        """`recover`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.recover)(
            threshold=threshold,
            timeout=timeout,
        )


class AsyncTransactions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncTransactionsWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncTransactionsWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Transaction]:
        """List transactions

        Newest first. sort_by, sort_order and include_count are ignored on this route.

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:read`."""
        ListTransactionsFilters = _m_list_transactions_filters.ListTransactionsFilters
        check_constraints(
            "transactions.list",
            {
                "limit": limit,
                "offset": offset,
            },
            {"limit": {"minimum": 1, "type": "integer"}, "offset": {"minimum": 0, "type": "integer"}},
        )
        request = list_transactions._get_kwargs(
            limit=limit,
            offset=offset,
            filters=ListTransactionsFilters.from_dict(filters) if isinstance(filters, Mapping) else filters,
        )
        return await self._client._request(request, list_transactions._parse_response, timeout=timeout)

    def list_all(
        self,
        *,
        filters: Mapping[str, str] | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Transaction]:
        """Every row `list` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `transaction_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.transaction_id,
        )

    @overload
    async def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        dry_run: Literal[True],
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TransactionPreview: ...

    @overload
    async def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        dry_run: Literal[False] | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction: ...

    @overload
    async def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        dry_run: bool,
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction | TransactionPreview: ...

    async def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        dry_run: bool | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction | TransactionPreview:
        """Record a transaction

        Queued by default: the answer is 201 with status QUEUED (SCHEDULED with scheduled_for) before any balance lookup, reference check or funds check, and the applied, inflight or rejected record is a child row with reference `<reference>_q`. With skip_queue the transaction is applied synchronously (APPLIED or INFLIGHT) and its failures are errors here. With dry_run the answer is 200 with a TransactionPreview and nothing is written. A reference already stored for another posting is never answered as success: it raises ReferenceConflictError (a ConflictError) with the stored transaction, with or without skip_queue and on a retry. The queued 201 comes before the server's reference check and names a transaction it never stores when the reference was taken, so after a queued or scheduled answer the client reads the reference back (GET /transactions/reference/{reference}, polled while it answers 404 for at most ~1.6 s; the row is usually there within a few ms): one extra request per queued create, plus a balance lookup per @indicator only when the stored posting has to be compared. A queued split (sources or destinations) is stored only as its legs and is not read back.

        Requires scope `transactions:write`."""
        CreateTransactionRequest = _m_create_transaction_request.CreateTransactionRequest
        Distribution = _m_distribution.Distribution
        MetaData = _m_meta_data.MetaData
        Deduplication = _idempotency.Deduplication
        AsyncBalances = _r_balances.AsyncBalances
        amount, precise_amount = exact_amount(
            "transactions.create", ("amount", "precise_amount", "precision"), amount, precise_amount, precision
        )
        with building_request("transactions.create"):
            body = CreateTransactionRequest(
                currency=currency,
                reference=reference,
                description=description,
                amount=amount,
                precise_amount=precise_amount,
                precision=precision,
                source=source,
                sources=None
                if sources is None
                else [Distribution.from_dict(item) if isinstance(item, Mapping) else item for item in sources],
                destination=destination,
                destinations=None
                if destinations is None
                else [Distribution.from_dict(item) if isinstance(item, Mapping) else item for item in destinations],
                allow_overdraft=allow_overdraft,
                overdraft_limit=overdraft_limit,
                inflight=inflight,
                inflight_expiry_date=inflight_expiry_date,
                inflight_commit_date=inflight_commit_date,
                scheduled_for=scheduled_for,
                effective_date=effective_date,
                skip_queue=skip_queue,
                atomic=atomic,
                dry_run=dry_run,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_exactly_one_of(
            "transactions.create",
            given,
            (("amount", "precise_amount"), ("source", "sources"), ("destination", "destinations")),
        )
        check_constraints(
            "transactions.create",
            given,
            {
                "currency": {"minLength": 1, "type": "string"},
                "reference": {"minLength": 1, "type": "string"},
                "description": {"minLength": 1, "type": "string"},
                "amount": {"minimum": 0, "type": "number"},
                "precise_amount": {"minimum": 0, "type": "integer"},
                "precision": {"minimum": 0, "type": "number"},
                "source": {"type": "string"},
                "destination": {"type": "string"},
                "allow_overdraft": {"type": "boolean"},
                "overdraft_limit": {"type": "number"},
                "inflight": {"type": "boolean"},
                "inflight_expiry_date": {"format": "date-time"},
                "inflight_commit_date": {"format": "date-time"},
                "scheduled_for": {"format": "date-time"},
                "effective_date": {"format": "date-time"},
                "skip_queue": {"type": "boolean"},
                "atomic": {"type": "boolean"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = create_transaction._get_kwargs(
            body=body,
        )
        if not any(given.get(flag) for flag in ("dry_run",)):
            dedupe = Deduplication(
                key="reference",
                body=given,
                lookup=lambda: self.get_by_reference(reference),
                resolve=lambda indicator: AsyncBalances(self._client).get_by_indicator(indicator, currency),
                compare=(
                    "reference",
                    "currency",
                    "description",
                    "amount",
                    "precise_amount",
                    "source",
                    "sources",
                    "destination",
                    "destinations",
                    "allow_overdraft",
                    "overdraft_limit",
                    "inflight",
                    "meta_data",
                ),
                unsent={"allow_overdraft": False, "overdraft_limit": 0, "inflight": False},
                unchecked=("QUEUED", "SCHEDULED"),
                unstored_with=("sources", "destinations"),
                id_field="transaction_id",
                conflict_code="TXN_DUPLICATE_REFERENCE",
            )
            return await self._client._create_once(request, create_transaction._parse_response, dedupe, timeout=timeout)
        return await self._client._request(request, create_transaction._parse_response, timeout=timeout)

    @overload
    async def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        dry_run: Literal[True],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: bool | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionPreview: ...

    @overload
    async def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        run_async: Literal[True],
        inflight: bool | None = None,
        atomic: bool | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionAccepted: ...

    @overload
    async def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: Literal[False] | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionResult: ...

    @overload
    async def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: bool | None = None,
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionAccepted | BulkTransactionPreview | BulkTransactionResult: ...

    async def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: bool | None = None,
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionAccepted | BulkTransactionPreview | BulkTransactionResult:
        """Record up to 10,000 transactions as one batch

        Every item is validated first (the first invalid one answers 400 TXN_VALIDATION_ERROR with details {"index": i}). The batch-level inflight and skip_queue overwrite the items' own; items get parent_transaction = batch_id. Without skip_queue the legs are only queued: the server answers "applied" before any leg ran, and this client answers status QUEUED instead, because a leg may still be rejected (atomic or not) while the others apply. blnk_client.waiting.wait_for_bulk answers each leg's outcome. With skip_queue the answer is final: a failure answers {error, batch_id, error_detail} with the classified code, and with atomic the applied items are rolled back. blnk_client.waiting.wait_for_transaction takes the queued answer too.

        Requires scope `transactions:write`."""
        BulkBatchStatus = _m_bulk_batch_status.BulkBatchStatus
        BulkTransactionRequest = _m_bulk_transaction_request.BulkTransactionRequest
        BulkTransactionResult = _m_bulk_transaction_result.BulkTransactionResult
        CreateTransactionRequest = _m_create_transaction_request.CreateTransactionRequest
        with building_request("transactions.create_bulk"):
            body = BulkTransactionRequest(
                transactions=[
                    CreateTransactionRequest.from_dict(item) if isinstance(item, Mapping) else item
                    for item in transactions
                ],
                inflight=inflight,
                atomic=atomic,
                run_async=run_async,
                skip_queue=skip_queue,
                dry_run=dry_run,
            )
            exact_amounts(
                "transactions.create_bulk", "transactions", body.transactions, ("amount", "precise_amount", "precision")
            )
            given = body.to_dict()
        check_constraints(
            "transactions.create_bulk",
            given,
            {
                "transactions": {"minItems": 1, "maxItems": 10000},
                "inflight": {"type": "boolean"},
                "atomic": {"type": "boolean"},
                "run_async": {"type": "boolean"},
                "skip_queue": {"type": "boolean"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = create_bulk_transactions._get_kwargs(
            body=body,
        )
        if not given.get("skip_queue"):
            return await self._client._request(
                request,
                marked_queued(create_bulk_transactions._parse_response, BulkTransactionResult, BulkBatchStatus.QUEUED),
                timeout=timeout,
            )
        return await self._client._request(request, create_bulk_transactions._parse_response, timeout=timeout)

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
    ) -> TransactionPage: ...

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
    ) -> builtins.list[Transaction]: ...

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
    ) -> builtins.list[Transaction] | TransactionPage: ...

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
    ) -> builtins.list[Transaction] | TransactionPage:
        """Filter transactions

        Besides the columns, `balance_id` matches either side (operators eq, ne, in, isnull, isnotnull only).

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:write`."""
        FilterCondition = _m_filter_condition.FilterCondition
        FilterRequest = _m_filter_request.FilterRequest
        LogicalOperator = _m_logical_operator.LogicalOperator
        SortOrder = _m_sort_order.SortOrder
        with building_request("transactions.filter"):
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
            "transactions.filter",
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
        request = filter_transactions._get_kwargs(
            body=body,
        )
        return await self._client._request(
            request, filter_transactions._parse_response, timeout=timeout, idempotent=True
        )

    def filter_all(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Transaction]:
        """Every row `filter` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `transaction_id`) is skipped and reading goes on, so every row that existed when the
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
            lambda row: row.transaction_id,
        )

    async def get(
        self,
        transaction_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Get a transaction

        This route does not select effective_date; the row you got from a queued create stays QUEUED.

        Requires scope `transactions:read`."""
        request = get_transaction._get_kwargs(
            check_path_param("transaction_id", transaction_id),
        )
        return await self._client._request(request, get_transaction._parse_response, timeout=timeout)

    async def get_by_reference(
        self,
        reference: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Get a transaction by its reference

        The outcome of a queued transaction is the row with reference `<reference>_q`. This route answers precision 0 and an empty hash, and no effective_date.

        Requires scope `transactions:read`."""
        request = get_transaction_by_reference._get_kwargs(
            check_path_param("reference", reference),
        )
        return await self._client._request(request, get_transaction_by_reference._parse_response, timeout=timeout)

    async def lineage(
        self,
        transaction_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TransactionLineage:
        """Which providers funded a transaction, and its shadow transactions

        Lineage is written asynchronously (a DB outbox), shortly after the transaction applies.

        Added in Blnk v0.13.0: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:read`."""
        request = get_transaction_lineage._get_kwargs(
            check_path_param("transaction_id", transaction_id),
        )
        return await self._client._request(request, get_transaction_lineage._parse_response, timeout=timeout)

    @overload
    async def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        dry_run: Literal[True],
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TransactionPreview: ...

    @overload
    async def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> InflightTransaction: ...

    @overload
    async def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        dry_run: bool,
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> InflightTransaction | TransactionPreview: ...

    async def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> InflightTransaction | TransactionPreview:
        """Commit or void an inflight transaction

        Queued by default: 200 with the transaction whose id was given, as stored, plus "queued": true; the commit or void happens later in the workers. For the id a queued create answered that is its row with status QUEUED (the hold itself is its INFLIGHT `_q` child), for a skip_queue hold the still-INFLIGHT hold. A second action while one is queued answers 409 GEN_CONFLICT. With skip_queue the answer is the new child transaction (APPLIED for a commit, VOID for a void); with dry_run a TransactionPreview. A void always releases the whole remaining hold. Before a queued commit of part of the hold (an amount or precise_amount) the client reads the hold's children (one POST /transactions/filter, two for a queued create's id), so that blnk_client.waiting.wait_for_transaction can tell the child it adds from earlier ones.

        Requires scope `transactions:write`."""
        InflightAction = _m_inflight_action.InflightAction
        UpdateInflightTransactionRequest = _m_update_inflight_transaction_request.UpdateInflightTransactionRequest
        with building_request("transactions.update_inflight"):
            body = UpdateInflightTransactionRequest(
                status=coerce_enum(InflightAction, status, "status"),
                amount=amount,
                precise_amount=precise_amount,
                skip_queue=skip_queue,
                dry_run=dry_run,
            )
            given = body.to_dict()
        check_constraints(
            "transactions.update_inflight",
            given,
            {
                "amount": {"minimum": 0, "type": "number"},
                "precise_amount": {"minimum": 1, "type": "integer"},
                "skip_queue": {"type": "boolean"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = update_inflight_transaction._get_kwargs(
            check_path_param("transaction_id", transaction_id),
            body=body,
        )
        if not given.get("skip_queue") and not given.get("dry_run"):
            action = await async_note_action(self.filter_all, given, transaction_id)
            return await self._client._request(
                request, remembering(update_inflight_transaction._parse_response, action), timeout=timeout
            )
        return await self._client._request(request, update_inflight_transaction._parse_response, timeout=timeout)

    @overload
    async def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionPreview: ...

    @overload
    async def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse: ...

    @overload
    async def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        dry_run: bool,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse | BulkTransactionPreview: ...

    async def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse | BulkTransactionPreview:
        """Commit up to 100 inflight transactions

        Each item succeeds or fails on its own; the answer is 200 with the per-item outcome even when items fail. Queued by default (items read "queued"). Before a queued call with items that commit part of a hold the client reads those holds' children (one or two POST /transactions/filter per 100 of them), as update_inflight does.

        Added in Blnk v0.14.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:write`."""
        BulkCommitInflightItem = _m_bulk_commit_inflight_item.BulkCommitInflightItem
        BulkCommitInflightRequest = _m_bulk_commit_inflight_request.BulkCommitInflightRequest
        with building_request("transactions.bulk_commit"):
            body = BulkCommitInflightRequest(
                transactions=[
                    BulkCommitInflightItem.from_dict(item) if isinstance(item, Mapping) else item
                    for item in transactions
                ],
                skip_queue=skip_queue,
                dry_run=dry_run,
            )
            given = body.to_dict()
        check_constraints(
            "transactions.bulk_commit",
            given,
            {
                "transactions": {"minItems": 1, "maxItems": 100},
                "skip_queue": {"type": "boolean"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = bulk_commit_inflight_transactions._get_kwargs(
            body=body,
        )
        if not given.get("skip_queue") and not given.get("dry_run"):
            action = await async_note_action(self.filter_all, given)
            return await self._client._request(
                request, remembering(bulk_commit_inflight_transactions._parse_response, action), timeout=timeout
            )
        return await self._client._request(request, bulk_commit_inflight_transactions._parse_response, timeout=timeout)

    @overload
    async def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkTransactionPreview: ...

    @overload
    async def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse: ...

    @overload
    async def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        dry_run: bool,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse | BulkTransactionPreview: ...

    async def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BulkInflightResponse | BulkTransactionPreview:
        """Void up to 100 inflight transactions

        Each item succeeds or fails on its own; the answer is 200 with the per-item outcome even when items fail. Queued by default (items read "queued").

        Added in Blnk v0.14.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:write`."""
        BulkVoidInflightRequest = _m_bulk_void_inflight_request.BulkVoidInflightRequest
        with building_request("transactions.bulk_void"):
            body = BulkVoidInflightRequest(
                transaction_ids=transaction_ids,
                skip_queue=skip_queue,
                dry_run=dry_run,
            )
            given = body.to_dict()
        check_constraints(
            "transactions.bulk_void",
            given,
            {
                "transaction_ids": {"minItems": 1, "maxItems": 100},
                "skip_queue": {"type": "boolean"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = bulk_void_inflight_transactions._get_kwargs(
            body=body,
        )
        if not given.get("skip_queue") and not given.get("dry_run"):
            action = await async_note_action(self.filter_all, given)
            return await self._client._request(
                request, remembering(bulk_void_inflight_transactions._parse_response, action), timeout=timeout
            )
        return await self._client._request(request, bulk_void_inflight_transactions._parse_response, timeout=timeout)

    @overload
    async def refund(
        self,
        transaction_id: str,
        *,
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TransactionPreview: ...

    @overload
    async def refund(
        self,
        transaction_id: str,
        *,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction: ...

    @overload
    async def refund(
        self,
        transaction_id: str,
        *,
        dry_run: bool,
        skip_queue: bool | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction | TransactionPreview: ...

    async def refund(
        self,
        transaction_id: str,
        *,
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Transaction | TransactionPreview:
        """Refund a transaction

        Pass the id POST /transactions returned: the server reverses its applied (or voided) record, swapping source and destination, with reference `<txn id>_refund` and allow_overdraft true. Queued unless skip_queue. A transaction already refunded raises ConflictError GEN_CONFLICT before anything is sent (the client looks up `<id>_refund`, and for a queued transaction its `_q` copy's refund: two GETs, four when queued), because with skip_queue the server reverses the first refund before it answers its 409.

        Requires scope `transactions:write`."""
        MetaData = _m_meta_data.MetaData
        RefundTransactionRequest = _m_refund_transaction_request.RefundTransactionRequest
        with building_request("transactions.refund"):
            body = RefundTransactionRequest(
                skip_queue=skip_queue,
                dry_run=dry_run,
                description=description,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_constraints(
            "transactions.refund",
            given,
            {"skip_queue": {"type": "boolean"}, "dry_run": {"type": "boolean"}, "description": {"type": "string"}},
        )
        request = refund_transaction._get_kwargs(
            check_path_param("transaction_id", transaction_id),
            body=body,
        )
        if not given.get("dry_run"):
            await async_refuse_second_refund(self.get, self.with_raw_response.get_by_reference, transaction_id)
        return await self._client._request(request, refund_transaction._parse_response, timeout=timeout)

    async def recover(
        self,
        *,
        threshold: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RecoverResult:
        """Re-enqueue queued transactions stuck longer than a threshold

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `transactions:write`."""
        check_constraints(
            "transactions.recover",
            {
                "threshold": threshold,
            },
            {"threshold": {"type": "string"}},
        )
        request = recover_queued_transactions._get_kwargs(
            threshold=threshold,
        )
        return await self._client._request(request, recover_queued_transactions._parse_response, timeout=timeout)


class AsyncTransactionsWithRawResponse:
    """`transactions.with_raw_response`: each method of `AsyncTransactions`, answering a RawResponse."""

    def __init__(self, resource: AsyncTransactions) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Transaction]]:
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
        currency: str,
        reference: str,
        description: str,
        dry_run: Literal[True],
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionPreview]: ...

    @overload
    async def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        dry_run: Literal[False] | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction]: ...

    @overload
    async def create(
        self,
        *,
        currency: str,
        reference: str,
        description: str,
        dry_run: bool,
        amount: float | Decimal | None = None,
        precise_amount: int | None = None,
        precision: float | None = None,
        source: None | str = None,
        sources: Sequence[Distribution | DistributionParams] | None = None,
        destination: None | str = None,
        destinations: Sequence[Distribution | DistributionParams] | None = None,
        allow_overdraft: bool | None = None,
        overdraft_limit: float | None = None,
        inflight: bool | None = None,
        inflight_expiry_date: datetime.datetime | None = None,
        inflight_commit_date: datetime.datetime | None = None,
        scheduled_for: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        skip_queue: bool | None = None,
        atomic: bool | None = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction | TransactionPreview]: ...

    async def create(self, *args: Any, **kwargs: Any) -> Any:
        """`create`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.create)(*args, **kwargs)

    @overload
    async def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        dry_run: Literal[True],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: bool | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionPreview]: ...

    @overload
    async def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        run_async: Literal[True],
        inflight: bool | None = None,
        atomic: bool | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionAccepted]: ...

    @overload
    async def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: Literal[False] | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionResult]: ...

    @overload
    async def create_bulk(
        self,
        *,
        transactions: Sequence[CreateTransactionRequest | CreateTransactionRequestParams],
        inflight: bool | None = None,
        atomic: bool | None = None,
        run_async: bool | None = None,
        skip_queue: bool | None = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionAccepted | BulkTransactionPreview | BulkTransactionResult]: ...

    async def create_bulk(self, *args: Any, **kwargs: Any) -> Any:
        """`create_bulk`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.create_bulk)(*args, **kwargs)

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
    ) -> RawResponse[TransactionPage]: ...

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
    ) -> RawResponse[builtins.list[Transaction]]: ...

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
    ) -> RawResponse[builtins.list[Transaction] | TransactionPage]: ...

    async def filter(self, *args: Any, **kwargs: Any) -> Any:
        """`filter`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.filter)(*args, **kwargs)

    async def get(
        self,
        transaction_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction]:
        """`get`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.get)(
            transaction_id,
            timeout=timeout,
        )

    async def get_by_reference(
        self,
        reference: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction]:
        """`get_by_reference`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.get_by_reference)(
            reference,
            timeout=timeout,
        )

    async def lineage(
        self,
        transaction_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionLineage]:
        """`lineage`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.lineage)(
            transaction_id,
            timeout=timeout,
        )

    @overload
    async def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        dry_run: Literal[True],
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionPreview]: ...

    @overload
    async def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[InflightTransaction]: ...

    @overload
    async def update_inflight(
        self,
        transaction_id: str,
        *,
        status: InflightAction | InflightActionParams,
        dry_run: bool,
        amount: float | None = None,
        precise_amount: int | None = None,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[InflightTransaction | TransactionPreview]: ...

    async def update_inflight(self, *args: Any, **kwargs: Any) -> Any:
        """`update_inflight`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.update_inflight)(*args, **kwargs)

    @overload
    async def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionPreview]: ...

    @overload
    async def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkInflightResponse]: ...

    @overload
    async def bulk_commit(
        self,
        *,
        transactions: Sequence[BulkCommitInflightItem | BulkCommitInflightItemParams],
        dry_run: bool,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkInflightResponse | BulkTransactionPreview]: ...

    async def bulk_commit(self, *args: Any, **kwargs: Any) -> Any:
        """`bulk_commit`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.bulk_commit)(*args, **kwargs)

    @overload
    async def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkTransactionPreview]: ...

    @overload
    async def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkInflightResponse]: ...

    @overload
    async def bulk_void(
        self,
        *,
        transaction_ids: builtins.list[str],
        dry_run: bool,
        skip_queue: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BulkInflightResponse | BulkTransactionPreview]: ...

    async def bulk_void(self, *args: Any, **kwargs: Any) -> Any:
        """`bulk_void`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.bulk_void)(*args, **kwargs)

    @overload
    async def refund(
        self,
        transaction_id: str,
        *,
        dry_run: Literal[True],
        skip_queue: bool | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionPreview]: ...

    @overload
    async def refund(
        self,
        transaction_id: str,
        *,
        skip_queue: bool | None = None,
        dry_run: Literal[False] | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction]: ...

    @overload
    async def refund(
        self,
        transaction_id: str,
        *,
        dry_run: bool,
        skip_queue: bool | None = None,
        description: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Transaction | TransactionPreview]: ...

    async def refund(self, *args: Any, **kwargs: Any) -> Any:
        """`refund`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.refund)(*args, **kwargs)

    async def recover(
        self,
        *,
        threshold: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[RecoverResult]:
        """`recover`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.recover)(
            threshold=threshold,
            timeout=timeout,
        )
