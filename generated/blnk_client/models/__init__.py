"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_balance import AccountBalance
from .account_include import AccountInclude
from .account_page import AccountPage
from .allocation_strategy import AllocationStrategy
from .back_db_response_201 import BackDbResponse201
from .back_db_to_s3_response_201 import BackDbToS3Response201
from .balance import Balance
from .balance_amounts_at import BalanceAmountsAt
from .balance_at_time import BalanceAtTime
from .balance_include import BalanceInclude
from .balance_lineage import BalanceLineage
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
from .condition import Condition
from .create_account_request import CreateAccountRequest
from .create_balance_monitor import CreateBalanceMonitor
from .create_balance_monitor_body import CreateBalanceMonitorBody
from .create_balance_monitor_request import CreateBalanceMonitorRequest
from .create_balance_monitor_response_201 import CreateBalanceMonitorResponse201
from .create_balance_request import CreateBalanceRequest
from .create_event import CreateEvent
from .create_identity_request import CreateIdentityRequest
from .create_ledger_request import CreateLedgerRequest
from .create_transaction_request import CreateTransactionRequest
from .detokenize_identity_request import DetokenizeIdentityRequest
from .detokenized_field import DetokenizedField
from .detokenized_fields import DetokenizedFields
from .detokenized_fields_fields import DetokenizedFieldsFields
from .distribution import Distribution
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .filter_condition import FilterCondition
from .filter_operator import FilterOperator
from .filter_request import FilterRequest
from .fund_allocation import FundAllocation
from .get_balance_monitor import GetBalanceMonitor
from .get_balance_monitor_response_200 import GetBalanceMonitorResponse200
from .identity import Identity
from .identity_page import IdentityPage
from .identity_tokenized_fields import IdentityTokenizedFields
from .identity_tokenized_fields_debug_info import IdentityTokenizedFieldsDebugInfo
from .inflight_action import InflightAction
from .inflight_transaction import InflightTransaction
from .ledger import Ledger
from .ledger_page import LedgerPage
from .leg_projection import LegProjection
from .lineage_provider import LineageProvider
from .list_accounts_filters import ListAccountsFilters
from .list_balances_filters import ListBalancesFilters
from .list_identities_filters import ListIdentitiesFilters
from .list_ledgers_filters import ListLedgersFilters
from .list_transactions_filters import ListTransactionsFilters
from .logical_operator import LogicalOperator
from .message import Message
from .meta_data import MetaData
from .metadata_response import MetadataResponse
from .mocked_account import MockedAccount
from .preview_rejection import PreviewRejection
from .projection_role import ProjectionRole
from .recover_result import RecoverResult
from .refund_transaction_request import RefundTransactionRequest
from .sort_order import SortOrder
from .tokenizable_field import TokenizableField
from .tokenize_identity_request import TokenizeIdentityRequest
from .transaction import Transaction
from .transaction_lineage import TransactionLineage
from .transaction_page import TransactionPage
from .transaction_preview import TransactionPreview
from .transaction_status import TransactionStatus
from .update_balance_identity_request import UpdateBalanceIdentityRequest
from .update_balance_monitor_body import UpdateBalanceMonitorBody
from .update_balance_monitor_request import UpdateBalanceMonitorRequest
from .update_identity_request import UpdateIdentityRequest
from .update_inflight_transaction_request import UpdateInflightTransactionRequest
from .update_ledger_request import UpdateLedgerRequest
from .update_metadata_request import UpdateMetadataRequest

__all__ = (
    "Account",
    "AccountBalance",
    "AccountInclude",
    "AccountPage",
    "AllocationStrategy",
    "BackDbResponse201",
    "BackDbToS3Response201",
    "Balance",
    "BalanceAmountsAt",
    "BalanceAtTime",
    "BalanceInclude",
    "BalanceLineage",
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
    "Condition",
    "CreateAccountRequest",
    "CreateBalanceMonitor",
    "CreateBalanceMonitorBody",
    "CreateBalanceMonitorRequest",
    "CreateBalanceMonitorResponse201",
    "CreateBalanceRequest",
    "CreateEvent",
    "CreateIdentityRequest",
    "CreateLedgerRequest",
    "CreateTransactionRequest",
    "DetokenizedField",
    "DetokenizedFields",
    "DetokenizedFieldsFields",
    "DetokenizeIdentityRequest",
    "Distribution",
    "ErrorCode",
    "ErrorDetail",
    "ErrorResponse",
    "FilterCondition",
    "FilterOperator",
    "FilterRequest",
    "FundAllocation",
    "GetBalanceMonitor",
    "GetBalanceMonitorResponse200",
    "Identity",
    "IdentityPage",
    "IdentityTokenizedFields",
    "IdentityTokenizedFieldsDebugInfo",
    "InflightAction",
    "InflightTransaction",
    "Ledger",
    "LedgerPage",
    "LegProjection",
    "LineageProvider",
    "ListAccountsFilters",
    "ListBalancesFilters",
    "ListIdentitiesFilters",
    "ListLedgersFilters",
    "ListTransactionsFilters",
    "LogicalOperator",
    "Message",
    "MetaData",
    "MetadataResponse",
    "MockedAccount",
    "PreviewRejection",
    "ProjectionRole",
    "RecoverResult",
    "RefundTransactionRequest",
    "SortOrder",
    "TokenizableField",
    "TokenizeIdentityRequest",
    "Transaction",
    "TransactionLineage",
    "TransactionPage",
    "TransactionPreview",
    "TransactionStatus",
    "UpdateBalanceIdentityRequest",
    "UpdateBalanceMonitorBody",
    "UpdateBalanceMonitorRequest",
    "UpdateIdentityRequest",
    "UpdateInflightTransactionRequest",
    "UpdateLedgerRequest",
    "UpdateMetadataRequest",
)
