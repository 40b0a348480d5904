# Generated: made by datamodel-code-generator (pipeline/generate.py) from spec/blnk-openapi.resolved.json; edit overlays/documents/.
"""TypedDicts and enum Literals of the requests, for arguments built as dicts or strings. Generated; do not edit."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

APIKeyScopeParams: TypeAlias = str


AccountIncludeParams: TypeAlias = Literal["balance", "identity", "ledger"]


AllocationStrategyParams: TypeAlias = Literal["FIFO", "LIFO", "PROPORTIONAL"]


BalanceIncludeParams: TypeAlias = Literal["identity", "ledger"]


class BulkCommitInflightItemParams(TypedDict):
    transaction_id: str
    amount: NotRequired[float]
    precise_amount: NotRequired[int]


class BulkCommitInflightRequestParams(TypedDict):
    transactions: list[BulkCommitInflightItemParams]
    skip_queue: NotRequired[bool]
    dry_run: NotRequired[bool]


TransactionIdParams: TypeAlias = str


class BulkVoidInflightRequestParams(TypedDict):
    transaction_ids: list[TransactionIdParams]
    skip_queue: NotRequired[bool]
    dry_run: NotRequired[bool]


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
    distribution: NotRequired[str]
    precise_distribution: NotRequired[str]
    transaction_id: NotRequired[str]


class ExternalTransactionParams(TypedDict):
    id: str
    amount: float
    reference: str
    currency: str
    description: str
    date: str
    source: NotRequired[str]


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

    skip_queue: NotRequired[bool]
    dry_run: NotRequired[bool]
    description: NotRequired[str]
    meta_data: NotRequired[MetaDataParams]


class ReindexRequestParams(TypedDict):
    batch_size: NotRequired[int]


SearchCollectionParams: TypeAlias = Literal["ledgers", "balances", "transactions", "identities", "reconciliations"]


class SearchRequestParams(TypedDict):
    q: str
    query_by: NotRequired[str]
    query_by_weights: NotRequired[str]
    filter_by: NotRequired[str]
    sort_by: NotRequired[str]
    facet_by: NotRequired[str]
    max_facet_values: NotRequired[int]
    group_by: NotRequired[str]
    group_limit: NotRequired[int]
    include_fields: NotRequired[str]
    exclude_fields: NotRequired[str]
    highlight_fields: NotRequired[str]
    num_typos: NotRequired[str]
    prefix: NotRequired[str]
    page: NotRequired[int]
    per_page: NotRequired[int]
    offset: NotRequired[int]
    limit: NotRequired[int]
    exhaustive_search: NotRequired[bool]
    use_cache: NotRequired[bool]
    cache_ttl: NotRequired[int]


SortOrderParams: TypeAlias = Literal["asc", "desc"]


class StartReconciliationRequestParams(TypedDict):
    upload_id: str
    strategy: ReconciliationStrategyParams
    matching_rule_ids: list[str]
    grouping_criteria: NotRequired[str]
    dry_run: NotRequired[bool]


TokenizableFieldParams: TypeAlias = Literal[
    "firstName", "lastName", "otherNames", "emailAddress", "phoneNumber", "street", "postCode"
]


class TokenizeIdentityRequestParams(TypedDict):
    fields: list[TokenizableFieldParams]


class UpdateBalanceIdentityRequestParams(TypedDict):
    identity_id: str


class UpdateHookRequestParams(TypedDict):
    name: NotRequired[str]
    url: str
    type: HookTypeParams
    active: NotRequired[bool]
    timeout: NotRequired[int]
    retry_count: NotRequired[int]


class UpdateIdentityRequestParams(TypedDict):
    """
    Every field optional; empty strings are ignored rather than written.
    """

    identity_type: NotRequired[str]
    organization_name: NotRequired[str]
    category: NotRequired[str]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    other_names: NotRequired[str]
    gender: NotRequired[str]
    dob: NotRequired[str]
    email_address: NotRequired[str]
    phone_number: NotRequired[str]
    nationality: NotRequired[str]
    street: NotRequired[str]
    country: NotRequired[str]
    state: NotRequired[str]
    post_code: NotRequired[str]
    city: NotRequired[str]
    meta_data: NotRequired[MetaDataParams]


class UpdateInflightTransactionRequestParams(TypedDict):
    status: InflightActionParams
    amount: NotRequired[float]
    precise_amount: NotRequired[int]
    skip_queue: NotRequired[bool]
    dry_run: NotRequired[bool]


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
    source: NotRequired[str]


class UploadExternalDataFromURLParams(TypedDict):
    url: str
    source: NotRequired[str]


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

    balance_id: NotRequired[str]
    identity_id: NotRequired[str]
    ledger_id: NotRequired[str]
    currency: NotRequired[str]
    bank_name: NotRequired[str]
    number: NotRequired[str]
    meta_data: NotRequired[MetaDataParams]


class CreateBalanceRequestParams(TypedDict):
    ledger_id: str
    currency: str
    identity_id: NotRequired[str]
    track_fund_lineage: NotRequired[bool]
    allocation_strategy: NotRequired[AllocationStrategyParams]
    meta_data: NotRequired[MetaDataParams]
    indicator: NotRequired[str]


class CreateHookRequestParams(TypedDict):
    id: NotRequired[str]
    name: NotRequired[str]
    url: str
    type: HookTypeParams
    active: NotRequired[bool]
    timeout: NotRequired[int]
    retry_count: NotRequired[int]


class CreateIdentityRequestParams(TypedDict):
    identity_id: NotRequired[str]
    identity_type: NotRequired[str]
    organization_name: NotRequired[str]
    category: NotRequired[str]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    other_names: NotRequired[str]
    gender: NotRequired[str]
    dob: NotRequired[str]
    email_address: NotRequired[str]
    phone_number: NotRequired[str]
    nationality: NotRequired[str]
    street: NotRequired[str]
    country: NotRequired[str]
    state: NotRequired[str]
    post_code: NotRequired[str]
    city: NotRequired[str]
    meta_data: NotRequired[MetaDataParams]


class CreateLedgerRequestParams(TypedDict):
    name: str
    meta_data: NotRequired[MetaDataParams]


class CreateMonitorConditionParams(TypedDict):
    field: MonitorFieldParams
    operator: MonitorOperatorParams
    value: int
    precision: float


class CreateTransactionRequestParams(TypedDict):
    amount: NotRequired[float | Decimal]
    precise_amount: NotRequired[int]
    precision: NotRequired[float]
    currency: str
    reference: str
    description: str
    source: NotRequired[str]
    sources: NotRequired[list[DistributionParams]]
    destination: NotRequired[str]
    destinations: NotRequired[list[DistributionParams]]
    allow_overdraft: NotRequired[bool]
    overdraft_limit: NotRequired[float]
    inflight: NotRequired[bool]
    inflight_expiry_date: NotRequired[str]
    inflight_commit_date: NotRequired[str]
    scheduled_for: NotRequired[str]
    effective_date: NotRequired[str]
    skip_queue: NotRequired[bool]
    atomic: NotRequired[bool]
    dry_run: NotRequired[bool]
    meta_data: NotRequired[MetaDataParams]


class DetokenizeIdentityRequestParams(TypedDict):
    fields: list[TokenizableFieldParams]


FilterConditionParams: TypeAlias = (
    ComparisonConditionParams | InConditionParams | BetweenConditionParams | NullConditionParams
)


class FilterRequestParams(TypedDict):
    """
    api/filter_helper.go; a limit of 0 or above 100 silently becomes 20.
    """

    filters: NotRequired[list[FilterConditionParams]]
    logical_operator: NotRequired[LogicalOperatorParams]
    limit: NotRequired[int]
    offset: NotRequired[int]
    sort_by: NotRequired[str]
    sort_order: NotRequired[SortOrderParams]
    include_count: NotRequired[bool]


class InstantReconciliationRequestParams(TypedDict):
    external_transactions: list[ExternalTransactionParams]
    strategy: ReconciliationStrategyParams
    matching_rule_ids: list[str]
    grouping_criteria: NotRequired[str]
    dry_run: NotRequired[bool]


class MatchingCriterionParams(TypedDict):
    field: MatchingRuleFieldParams
    operator: MatchingRuleOperatorParams
    value: NotRequired[str]
    pattern: NotRequired[str]
    allowable_drift: NotRequired[float]


class MatchingRuleRequestParams(TypedDict):
    name: str
    description: NotRequired[str]
    criteria: list[MatchingCriterionParams]


class MultiSearchQueryParams(TypedDict):
    collection: SearchCollectionParams
    q: NotRequired[str]
    query_by: NotRequired[str]
    filter_by: NotRequired[str]
    sort_by: NotRequired[str]
    facet_by: NotRequired[str]
    group_by: NotRequired[str]
    include_fields: NotRequired[str]
    exclude_fields: NotRequired[str]
    page: NotRequired[int]
    per_page: NotRequired[int]


class MultiSearchRequestParams(TypedDict):
    searches: list[MultiSearchQueryParams]


class UpdateBalanceMonitorRequestParams(TypedDict):
    """
    Replaces the monitor's balance_id, description and condition (field, operator, value).
    """

    balance_id: str
    description: NotRequired[str]
    condition: UpdateMonitorConditionParams


class BulkTransactionRequestParams(TypedDict):
    transactions: list[CreateTransactionRequestParams]
    inflight: NotRequired[bool]
    atomic: NotRequired[bool]
    run_async: NotRequired[bool]
    skip_queue: NotRequired[bool]
    dry_run: NotRequired[bool]


class CreateBalanceMonitorRequestParams(TypedDict):
    balance_id: str
    condition: CreateMonitorConditionParams
    call_back_url: NotRequired[str]
