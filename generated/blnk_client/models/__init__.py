# Generated: rendered by overlays/templates/models_init.py.jinja from spec/blnk-openapi.resolved.json; edit that template.
"""The data models of the requests and answers. Each model's module loads on first use.

`from blnk_client.models import Transaction` imports `models/transaction.py` (and what it uses)
only: importing all of them up front would cost a cold start ~100 ms for models a program
never touches. Type checkers see the plain imports below.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .account import Account
    from .account_balance import AccountBalance
    from .account_include import AccountInclude
    from .account_page import AccountPage
    from .allocation_strategy import AllocationStrategy
    from .api_key import APIKey
    from .backup_error_response import BackupErrorResponse
    from .balance import Balance
    from .balance_amounts_at import BalanceAmountsAt
    from .balance_at_time import BalanceAtTime
    from .balance_include import BalanceInclude
    from .balance_lineage import BalanceLineage
    from .balance_monitor import BalanceMonitor
    from .balance_page import BalancePage
    from .balance_projection import BalanceProjection
    from .bulk_batch_status import BulkBatchStatus
    from .bulk_commit_inflight_item import BulkCommitInflightItem
    from .bulk_commit_inflight_request import BulkCommitInflightRequest
    from .bulk_inflight_item_code import BulkInflightItemCode
    from .bulk_inflight_item_status import BulkInflightItemStatus
    from .bulk_inflight_response import BulkInflightResponse
    from .bulk_inflight_result import BulkInflightResult
    from .bulk_transaction_accepted import BulkTransactionAccepted
    from .bulk_transaction_failure import BulkTransactionFailure
    from .bulk_transaction_preview import BulkTransactionPreview
    from .bulk_transaction_request import BulkTransactionRequest
    from .bulk_transaction_result import BulkTransactionResult
    from .bulk_void_inflight_request import BulkVoidInflightRequest
    from .create_account_request import CreateAccountRequest
    from .create_api_key_request import CreateAPIKeyRequest
    from .create_balance_monitor_request import CreateBalanceMonitorRequest
    from .create_balance_request import CreateBalanceRequest
    from .create_hook_request import CreateHookRequest
    from .create_identity_request import CreateIdentityRequest
    from .create_ledger_request import CreateLedgerRequest
    from .create_monitor_condition import CreateMonitorCondition
    from .create_transaction_request import CreateTransactionRequest
    from .detokenize_identity_request import DetokenizeIdentityRequest
    from .detokenized_field import DetokenizedField
    from .detokenized_fields import DetokenizedFields
    from .detokenized_fields_fields import DetokenizedFieldsFields
    from .distribution import Distribution
    from .error_code import ErrorCode
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .external_transaction import ExternalTransaction
    from .filter_condition import FilterCondition
    from .filter_operator import FilterOperator
    from .filter_request import FilterRequest
    from .fund_allocation import FundAllocation
    from .health_state import HealthState
    from .health_status import HealthStatus
    from .hook import Hook
    from .hook_error_response import HookErrorResponse
    from .hook_type import HookType
    from .identity import Identity
    from .identity_page import IdentityPage
    from .identity_tokenized_fields import IdentityTokenizedFields
    from .identity_tokenized_fields_debug_info import IdentityTokenizedFieldsDebugInfo
    from .inflight_action import InflightAction
    from .inflight_transaction import InflightTransaction
    from .instant_reconciliation_request import InstantReconciliationRequest
    from .ledger import Ledger
    from .ledger_page import LedgerPage
    from .leg_projection import LegProjection
    from .legacy_error import LegacyError
    from .lineage_provider import LineageProvider
    from .list_accounts_filters import ListAccountsFilters
    from .list_balances_filters import ListBalancesFilters
    from .list_identities_filters import ListIdentitiesFilters
    from .list_ledgers_filters import ListLedgersFilters
    from .list_transactions_filters import ListTransactionsFilters
    from .logical_operator import LogicalOperator
    from .matching_criterion import MatchingCriterion
    from .matching_rule import MatchingRule
    from .matching_rule_field import MatchingRuleField
    from .matching_rule_operator import MatchingRuleOperator
    from .matching_rule_request import MatchingRuleRequest
    from .message import Message
    from .meta_data import MetaData
    from .metadata_response import MetadataResponse
    from .mocked_account import MockedAccount
    from .monitor_condition import MonitorCondition
    from .monitor_field import MonitorField
    from .monitor_operator import MonitorOperator
    from .multi_search_query import MultiSearchQuery
    from .multi_search_request import MultiSearchRequest
    from .multi_search_result import MultiSearchResult
    from .preview_rejection import PreviewRejection
    from .projection_role import ProjectionRole
    from .reconciliation_run import ReconciliationRun
    from .reconciliation_started import ReconciliationStarted
    from .reconciliation_status import ReconciliationStatus
    from .reconciliation_strategy import ReconciliationStrategy
    from .recover_result import RecoverResult
    from .refund_transaction_request import RefundTransactionRequest
    from .reindex_conflict import ReindexConflict
    from .reindex_progress import ReindexProgress
    from .reindex_request import ReindexRequest
    from .reindex_started import ReindexStarted
    from .reindex_status import ReindexStatus
    from .search_collection import SearchCollection
    from .search_hit import SearchHit
    from .search_hit_document import SearchHitDocument
    from .search_hit_highlight import SearchHitHighlight
    from .search_hit_highlights_item import SearchHitHighlightsItem
    from .search_request import SearchRequest
    from .search_result import SearchResult
    from .search_result_facet_counts_item import SearchResultFacetCountsItem
    from .search_result_grouped_hits_item import SearchResultGroupedHitsItem
    from .search_result_request_params import SearchResultRequestParams
    from .sort_order import SortOrder
    from .start_reconciliation_request import StartReconciliationRequest
    from .stored_matching_criterion import StoredMatchingCriterion
    from .tokenizable_field import TokenizableField
    from .tokenize_identity_request import TokenizeIdentityRequest
    from .transaction import Transaction
    from .transaction_lineage import TransactionLineage
    from .transaction_page import TransactionPage
    from .transaction_preview import TransactionPreview
    from .transaction_status import TransactionStatus
    from .update_balance_identity_request import UpdateBalanceIdentityRequest
    from .update_balance_monitor_request import UpdateBalanceMonitorRequest
    from .update_hook_request import UpdateHookRequest
    from .update_identity_request import UpdateIdentityRequest
    from .update_inflight_transaction_request import UpdateInflightTransactionRequest
    from .update_ledger_request import UpdateLedgerRequest
    from .update_metadata_request import UpdateMetadataRequest
    from .update_monitor_condition import UpdateMonitorCondition
    from .upload_external_data_form import UploadExternalDataForm
    from .upload_external_data_from_url import UploadExternalDataFromURL
    from .upload_result import UploadResult

_MODULES = {
    "Account": ".account",
    "AccountBalance": ".account_balance",
    "AccountInclude": ".account_include",
    "AccountPage": ".account_page",
    "AllocationStrategy": ".allocation_strategy",
    "APIKey": ".api_key",
    "BackupErrorResponse": ".backup_error_response",
    "Balance": ".balance",
    "BalanceAmountsAt": ".balance_amounts_at",
    "BalanceAtTime": ".balance_at_time",
    "BalanceInclude": ".balance_include",
    "BalanceLineage": ".balance_lineage",
    "BalanceMonitor": ".balance_monitor",
    "BalancePage": ".balance_page",
    "BalanceProjection": ".balance_projection",
    "BulkBatchStatus": ".bulk_batch_status",
    "BulkCommitInflightItem": ".bulk_commit_inflight_item",
    "BulkCommitInflightRequest": ".bulk_commit_inflight_request",
    "BulkInflightItemCode": ".bulk_inflight_item_code",
    "BulkInflightItemStatus": ".bulk_inflight_item_status",
    "BulkInflightResponse": ".bulk_inflight_response",
    "BulkInflightResult": ".bulk_inflight_result",
    "BulkTransactionAccepted": ".bulk_transaction_accepted",
    "BulkTransactionFailure": ".bulk_transaction_failure",
    "BulkTransactionPreview": ".bulk_transaction_preview",
    "BulkTransactionRequest": ".bulk_transaction_request",
    "BulkTransactionResult": ".bulk_transaction_result",
    "BulkVoidInflightRequest": ".bulk_void_inflight_request",
    "CreateAccountRequest": ".create_account_request",
    "CreateAPIKeyRequest": ".create_api_key_request",
    "CreateBalanceMonitorRequest": ".create_balance_monitor_request",
    "CreateBalanceRequest": ".create_balance_request",
    "CreateHookRequest": ".create_hook_request",
    "CreateIdentityRequest": ".create_identity_request",
    "CreateLedgerRequest": ".create_ledger_request",
    "CreateMonitorCondition": ".create_monitor_condition",
    "CreateTransactionRequest": ".create_transaction_request",
    "DetokenizeIdentityRequest": ".detokenize_identity_request",
    "DetokenizedField": ".detokenized_field",
    "DetokenizedFields": ".detokenized_fields",
    "DetokenizedFieldsFields": ".detokenized_fields_fields",
    "Distribution": ".distribution",
    "ErrorCode": ".error_code",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "ExternalTransaction": ".external_transaction",
    "FilterCondition": ".filter_condition",
    "FilterOperator": ".filter_operator",
    "FilterRequest": ".filter_request",
    "FundAllocation": ".fund_allocation",
    "HealthState": ".health_state",
    "HealthStatus": ".health_status",
    "Hook": ".hook",
    "HookErrorResponse": ".hook_error_response",
    "HookType": ".hook_type",
    "Identity": ".identity",
    "IdentityPage": ".identity_page",
    "IdentityTokenizedFields": ".identity_tokenized_fields",
    "IdentityTokenizedFieldsDebugInfo": ".identity_tokenized_fields_debug_info",
    "InflightAction": ".inflight_action",
    "InflightTransaction": ".inflight_transaction",
    "InstantReconciliationRequest": ".instant_reconciliation_request",
    "Ledger": ".ledger",
    "LedgerPage": ".ledger_page",
    "LegProjection": ".leg_projection",
    "LegacyError": ".legacy_error",
    "LineageProvider": ".lineage_provider",
    "ListAccountsFilters": ".list_accounts_filters",
    "ListBalancesFilters": ".list_balances_filters",
    "ListIdentitiesFilters": ".list_identities_filters",
    "ListLedgersFilters": ".list_ledgers_filters",
    "ListTransactionsFilters": ".list_transactions_filters",
    "LogicalOperator": ".logical_operator",
    "MatchingCriterion": ".matching_criterion",
    "MatchingRule": ".matching_rule",
    "MatchingRuleField": ".matching_rule_field",
    "MatchingRuleOperator": ".matching_rule_operator",
    "MatchingRuleRequest": ".matching_rule_request",
    "Message": ".message",
    "MetaData": ".meta_data",
    "MetadataResponse": ".metadata_response",
    "MockedAccount": ".mocked_account",
    "MonitorCondition": ".monitor_condition",
    "MonitorField": ".monitor_field",
    "MonitorOperator": ".monitor_operator",
    "MultiSearchQuery": ".multi_search_query",
    "MultiSearchRequest": ".multi_search_request",
    "MultiSearchResult": ".multi_search_result",
    "PreviewRejection": ".preview_rejection",
    "ProjectionRole": ".projection_role",
    "ReconciliationRun": ".reconciliation_run",
    "ReconciliationStarted": ".reconciliation_started",
    "ReconciliationStatus": ".reconciliation_status",
    "ReconciliationStrategy": ".reconciliation_strategy",
    "RecoverResult": ".recover_result",
    "RefundTransactionRequest": ".refund_transaction_request",
    "ReindexConflict": ".reindex_conflict",
    "ReindexProgress": ".reindex_progress",
    "ReindexRequest": ".reindex_request",
    "ReindexStarted": ".reindex_started",
    "ReindexStatus": ".reindex_status",
    "SearchCollection": ".search_collection",
    "SearchHit": ".search_hit",
    "SearchHitDocument": ".search_hit_document",
    "SearchHitHighlight": ".search_hit_highlight",
    "SearchHitHighlightsItem": ".search_hit_highlights_item",
    "SearchRequest": ".search_request",
    "SearchResult": ".search_result",
    "SearchResultFacetCountsItem": ".search_result_facet_counts_item",
    "SearchResultGroupedHitsItem": ".search_result_grouped_hits_item",
    "SearchResultRequestParams": ".search_result_request_params",
    "SortOrder": ".sort_order",
    "StartReconciliationRequest": ".start_reconciliation_request",
    "StoredMatchingCriterion": ".stored_matching_criterion",
    "TokenizableField": ".tokenizable_field",
    "TokenizeIdentityRequest": ".tokenize_identity_request",
    "Transaction": ".transaction",
    "TransactionLineage": ".transaction_lineage",
    "TransactionPage": ".transaction_page",
    "TransactionPreview": ".transaction_preview",
    "TransactionStatus": ".transaction_status",
    "UpdateBalanceIdentityRequest": ".update_balance_identity_request",
    "UpdateBalanceMonitorRequest": ".update_balance_monitor_request",
    "UpdateHookRequest": ".update_hook_request",
    "UpdateIdentityRequest": ".update_identity_request",
    "UpdateInflightTransactionRequest": ".update_inflight_transaction_request",
    "UpdateLedgerRequest": ".update_ledger_request",
    "UpdateMetadataRequest": ".update_metadata_request",
    "UpdateMonitorCondition": ".update_monitor_condition",
    "UploadExternalDataForm": ".upload_external_data_form",
    "UploadExternalDataFromURL": ".upload_external_data_from_url",
    "UploadResult": ".upload_result",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # the next access is a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


__all__ = (
    "Account",
    "AccountBalance",
    "AccountInclude",
    "AccountPage",
    "AllocationStrategy",
    "APIKey",
    "BackupErrorResponse",
    "Balance",
    "BalanceAmountsAt",
    "BalanceAtTime",
    "BalanceInclude",
    "BalanceLineage",
    "BalanceMonitor",
    "BalancePage",
    "BalanceProjection",
    "BulkBatchStatus",
    "BulkCommitInflightItem",
    "BulkCommitInflightRequest",
    "BulkInflightItemCode",
    "BulkInflightItemStatus",
    "BulkInflightResponse",
    "BulkInflightResult",
    "BulkTransactionAccepted",
    "BulkTransactionFailure",
    "BulkTransactionPreview",
    "BulkTransactionRequest",
    "BulkTransactionResult",
    "BulkVoidInflightRequest",
    "CreateAccountRequest",
    "CreateAPIKeyRequest",
    "CreateBalanceMonitorRequest",
    "CreateBalanceRequest",
    "CreateHookRequest",
    "CreateIdentityRequest",
    "CreateLedgerRequest",
    "CreateMonitorCondition",
    "CreateTransactionRequest",
    "DetokenizedField",
    "DetokenizedFields",
    "DetokenizedFieldsFields",
    "DetokenizeIdentityRequest",
    "Distribution",
    "ErrorCode",
    "ErrorDetail",
    "ErrorResponse",
    "ExternalTransaction",
    "FilterCondition",
    "FilterOperator",
    "FilterRequest",
    "FundAllocation",
    "HealthState",
    "HealthStatus",
    "Hook",
    "HookErrorResponse",
    "HookType",
    "Identity",
    "IdentityPage",
    "IdentityTokenizedFields",
    "IdentityTokenizedFieldsDebugInfo",
    "InflightAction",
    "InflightTransaction",
    "InstantReconciliationRequest",
    "Ledger",
    "LedgerPage",
    "LegacyError",
    "LegProjection",
    "LineageProvider",
    "ListAccountsFilters",
    "ListBalancesFilters",
    "ListIdentitiesFilters",
    "ListLedgersFilters",
    "ListTransactionsFilters",
    "LogicalOperator",
    "MatchingCriterion",
    "MatchingRule",
    "MatchingRuleField",
    "MatchingRuleOperator",
    "MatchingRuleRequest",
    "Message",
    "MetaData",
    "MetadataResponse",
    "MockedAccount",
    "MonitorCondition",
    "MonitorField",
    "MonitorOperator",
    "MultiSearchQuery",
    "MultiSearchRequest",
    "MultiSearchResult",
    "PreviewRejection",
    "ProjectionRole",
    "ReconciliationRun",
    "ReconciliationStarted",
    "ReconciliationStatus",
    "ReconciliationStrategy",
    "RecoverResult",
    "RefundTransactionRequest",
    "ReindexConflict",
    "ReindexProgress",
    "ReindexRequest",
    "ReindexStarted",
    "ReindexStatus",
    "SearchCollection",
    "SearchHit",
    "SearchHitDocument",
    "SearchHitHighlight",
    "SearchHitHighlightsItem",
    "SearchRequest",
    "SearchResult",
    "SearchResultFacetCountsItem",
    "SearchResultGroupedHitsItem",
    "SearchResultRequestParams",
    "SortOrder",
    "StartReconciliationRequest",
    "StoredMatchingCriterion",
    "TokenizableField",
    "TokenizeIdentityRequest",
    "Transaction",
    "TransactionLineage",
    "TransactionPage",
    "TransactionPreview",
    "TransactionStatus",
    "UpdateBalanceIdentityRequest",
    "UpdateBalanceMonitorRequest",
    "UpdateHookRequest",
    "UpdateIdentityRequest",
    "UpdateInflightTransactionRequest",
    "UpdateLedgerRequest",
    "UpdateMetadataRequest",
    "UpdateMonitorCondition",
    "UploadExternalDataForm",
    "UploadExternalDataFromURL",
    "UploadResult",
)
