"""TypedDicts of the request bodies, for arguments built as dicts. Generated; do not edit."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal, TypeAlias, TypedDict

APIKeyScopeParams: TypeAlias = str


AllocationStrategyParams: TypeAlias = Literal["FIFO", "LIFO", "PROPORTIONAL"]


class BulkCommitInflightItemParams(TypedDict):
    transaction_id: str
    amount: float
    precise_amount: int


class BulkCommitInflightRequestParams(TypedDict):
    transactions: list[BulkCommitInflightItemParams]
    skip_queue: bool
    dry_run: bool


TransactionIdParams: TypeAlias = str


class BulkVoidInflightRequestParams(TypedDict):
    transaction_ids: list[TransactionIdParams]
    skip_queue: bool
    dry_run: bool


class CreateAPIKeyRequestParams(TypedDict):
    name: str
    owner: str
    scopes: list[APIKeyScopeParams]
    expires_at: str


class DistributionParams(TypedDict):
    """
    One leg of a split. Give distribution (a percentage "10%", a fixed amount in major units "100", or "left") or precise_distribution (minor units, or "left"); one "left" at most.
    """

    identifier: str
    distribution: str
    precise_distribution: str
    transaction_id: str


class ExternalTransactionParams(TypedDict):
    id: str
    amount: float
    reference: str
    currency: str
    description: str
    date: str
    source: str


FilterFieldParams: TypeAlias = str


FilterOperatorParams: TypeAlias = Literal[
    "eq", "ne", "gt", "gte", "lt", "lte", "in", "between", "like", "ilike", "isnull", "isnotnull"
]


FilterValueParams: TypeAlias = str | float | bool


HookTypeParams: TypeAlias = Literal["PRE_TRANSACTION", "POST_TRANSACTION"]


class InConditionParams(TypedDict):
    """
    Membership in a list of 1 to 100 operands.
    """

    field: FilterFieldParams
    operator: Literal["in"]
    values: list[FilterValueParams]


InflightActionParams: TypeAlias = Literal["commit", "void"]


LogicalOperatorParams: TypeAlias = Literal["and", "or"]


MatchingRuleFieldParams: TypeAlias = Literal["amount", "date", "description", "reference", "currency"]


MatchingRuleOperatorParams: TypeAlias = Literal["equals", "greater_than", "less_than", "contains"]


MetaDataParams: TypeAlias = dict[str, Any]
"""
Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers pass through float64 on the server: integers beyond 2**53 come back rounded.
"""


MonitorFieldParams: TypeAlias = Literal[
    "debit_balance",
    "credit_balance",
    "balance",
    "inflight_debit_balance",
    "inflight_credit_balance",
    "inflight_balance",
]


MonitorOperatorParams: TypeAlias = Literal[">", "<", ">=", "<=", "!="]


class NullConditionParams(TypedDict):
    """
    A test for NULL; takes no operand.
    """

    field: FilterFieldParams
    operator: Literal["isnull", "isnotnull"]


ReconciliationStrategyParams: TypeAlias = Literal["one_to_one", "one_to_many", "many_to_one"]


class RefundTransactionRequestParams(TypedDict):
    """
    Optional; an empty body queues a plain refund.
    """

    skip_queue: bool
    dry_run: bool
    description: str
    meta_data: MetaDataParams


class ReindexRequestParams(TypedDict):
    batch_size: int


SearchCollectionParams: TypeAlias = Literal["ledgers", "balances", "transactions", "identities", "reconciliations"]


class SearchRequestParams(TypedDict):
    q: str
    query_by: str
    query_by_weights: str
    filter_by: str
    sort_by: str
    facet_by: str
    max_facet_values: int
    group_by: str
    group_limit: int
    include_fields: str
    exclude_fields: str
    highlight_fields: str
    num_typos: str
    prefix: str
    page: int
    per_page: int
    offset: int
    limit: int
    exhaustive_search: bool
    use_cache: bool
    cache_ttl: int


SortOrderParams: TypeAlias = Literal["asc", "desc"]


class StartReconciliationRequestParams(TypedDict):
    upload_id: str
    strategy: ReconciliationStrategyParams
    matching_rule_ids: list[str]
    grouping_criteria: str
    dry_run: bool


TokenizableFieldParams: TypeAlias = Literal[
    "firstName", "lastName", "otherNames", "emailAddress", "phoneNumber", "street", "postCode"
]


class TokenizeIdentityRequestParams(TypedDict):
    fields: list[TokenizableFieldParams]


class UpdateBalanceIdentityRequestParams(TypedDict):
    identity_id: str


class UpdateHookRequestParams(TypedDict):
    name: str
    url: str
    type: HookTypeParams
    active: bool
    timeout: int
    retry_count: int


class UpdateIdentityRequestParams(TypedDict):
    """
    Every field optional; empty strings are ignored rather than written.
    """

    identity_type: str
    organization_name: str
    category: str
    first_name: str
    last_name: str
    other_names: str
    gender: str
    dob: str
    email_address: str
    phone_number: str
    nationality: str
    street: str
    country: str
    state: str
    post_code: str
    city: str
    meta_data: MetaDataParams


class UpdateInflightTransactionRequestParams(TypedDict):
    status: InflightActionParams
    amount: float
    precise_amount: int
    skip_queue: bool
    dry_run: bool


class UpdateLedgerRequestParams(TypedDict):
    name: str


class UpdateMetadataRequestParams(TypedDict):
    meta_data: MetaDataParams


class UpdateMonitorConditionParams(TypedDict):
    """
    precision is not updatable (the server ignores it here).
    """

    field: MonitorFieldParams
    operator: MonitorOperatorParams
    value: int


class UploadExternalDataFormParams(TypedDict):
    file: bytes
    source: str


class UploadExternalDataFromURLParams(TypedDict):
    url: str
    source: str


class BetweenConditionParams(TypedDict):
    """
    A range given as exactly two operands, low and high.
    """

    field: FilterFieldParams
    operator: Literal["between"]
    values: list[FilterValueParams]


class ComparisonConditionParams(TypedDict):
    """
    A comparison with one operand.
    """

    field: FilterFieldParams
    operator: Literal["eq", "ne", "gt", "gte", "lt", "lte", "like", "ilike"]
    value: FilterValueParams


class CreateAccountRequestParams(TypedDict):
    """
    Either balance_id alone, or ledger_id, identity_id and currency together (400 GEN_VALIDATION_ERROR otherwise); only the balance_id form can succeed (see the operation).
    """

    balance_id: str
    identity_id: str
    ledger_id: str
    currency: str
    bank_name: str
    number: str
    meta_data: MetaDataParams


class CreateBalanceRequestParams(TypedDict):
    ledger_id: str
    currency: str
    identity_id: str
    track_fund_lineage: bool
    allocation_strategy: AllocationStrategyParams
    meta_data: MetaDataParams
    indicator: str


class CreateHookRequestParams(TypedDict):
    id: str
    name: str
    url: str
    type: HookTypeParams
    active: bool
    timeout: int
    retry_count: int


class CreateIdentityRequestParams(TypedDict):
    identity_id: str
    identity_type: str
    organization_name: str
    category: str
    first_name: str
    last_name: str
    other_names: str
    gender: str
    dob: str
    email_address: str
    phone_number: str
    nationality: str
    street: str
    country: str
    state: str
    post_code: str
    city: str
    meta_data: MetaDataParams


class CreateLedgerRequestParams(TypedDict):
    name: str
    meta_data: MetaDataParams


class CreateMonitorConditionParams(TypedDict):
    field: MonitorFieldParams
    operator: MonitorOperatorParams
    value: int
    precision: float


class CreateTransactionRequestParams(TypedDict):
    amount: float | Decimal
    precise_amount: int
    precision: float
    currency: str
    reference: str
    description: str
    source: str
    sources: list[DistributionParams]
    destination: str
    destinations: list[DistributionParams]
    allow_overdraft: bool
    overdraft_limit: float
    inflight: bool
    inflight_expiry_date: str
    inflight_commit_date: str
    scheduled_for: str
    effective_date: str
    skip_queue: bool
    atomic: bool
    dry_run: bool
    meta_data: MetaDataParams


class DetokenizeIdentityRequestParams(TypedDict):
    fields: list[TokenizableFieldParams]


FilterConditionParams: TypeAlias = (
    ComparisonConditionParams | InConditionParams | BetweenConditionParams | NullConditionParams
)


class FilterRequestParams(TypedDict):
    """
    api/filter_helper.go; a limit of 0 or above 100 silently becomes 20.
    """

    filters: list[FilterConditionParams]
    logical_operator: LogicalOperatorParams
    limit: int
    offset: int
    sort_by: str
    sort_order: SortOrderParams
    include_count: bool


class InstantReconciliationRequestParams(TypedDict):
    external_transactions: list[ExternalTransactionParams]
    strategy: ReconciliationStrategyParams
    matching_rule_ids: list[str]
    grouping_criteria: str
    dry_run: bool


class MatchingCriterionParams(TypedDict):
    field: MatchingRuleFieldParams
    operator: MatchingRuleOperatorParams
    value: str
    pattern: str
    allowable_drift: float


class MatchingRuleRequestParams(TypedDict):
    name: str
    description: str
    criteria: list[MatchingCriterionParams]


class MultiSearchQueryParams(TypedDict):
    collection: SearchCollectionParams
    q: str
    query_by: str
    filter_by: str
    sort_by: str
    facet_by: str
    group_by: str
    include_fields: str
    exclude_fields: str
    page: int
    per_page: int


class MultiSearchRequestParams(TypedDict):
    searches: list[MultiSearchQueryParams]


class UpdateBalanceMonitorRequestParams(TypedDict):
    """
    Replaces the monitor's balance_id, description and condition (field, operator, value).
    """

    balance_id: str
    description: str
    condition: UpdateMonitorConditionParams


class BulkTransactionRequestParams(TypedDict):
    transactions: list[CreateTransactionRequestParams]
    inflight: bool
    atomic: bool
    run_async: bool
    skip_queue: bool
    dry_run: bool


class CreateBalanceMonitorRequestParams(TypedDict):
    balance_id: str
    condition: CreateMonitorConditionParams
    call_back_url: str
