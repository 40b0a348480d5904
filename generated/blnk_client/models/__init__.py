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
from .destination import Destination
from .detokenize_identity_request import DetokenizeIdentityRequest
from .detokenized_field import DetokenizedField
from .detokenized_fields import DetokenizedFields
from .detokenized_fields_fields import DetokenizedFieldsFields
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .filter_condition import FilterCondition
from .filter_operator import FilterOperator
from .filter_request import FilterRequest
from .get_balance_monitor import GetBalanceMonitor
from .get_balance_monitor_response_200 import GetBalanceMonitorResponse200
from .identity import Identity
from .identity_page import IdentityPage
from .identity_tokenized_fields import IdentityTokenizedFields
from .identity_tokenized_fields_debug_info import IdentityTokenizedFieldsDebugInfo
from .ledger import Ledger
from .ledger_page import LedgerPage
from .lineage_provider import LineageProvider
from .list_accounts_filters import ListAccountsFilters
from .list_balances_filters import ListBalancesFilters
from .list_identities_filters import ListIdentitiesFilters
from .list_ledgers_filters import ListLedgersFilters
from .logical_operator import LogicalOperator
from .message import Message
from .meta_data import MetaData
from .meta_data_1 import MetaData1
from .metadata_response import MetadataResponse
from .mocked_account import MockedAccount
from .record_transaction import RecordTransaction
from .record_transaction_body import RecordTransactionBody
from .record_transaction_request import RecordTransactionRequest
from .record_transaction_response_201 import RecordTransactionResponse201
from .refund_transaction import RefundTransaction
from .refund_transaction_response_201 import RefundTransactionResponse201
from .schedule_transaction import ScheduleTransaction
from .schedule_transaction_request import ScheduleTransactionRequest
from .sort_order import SortOrder
from .source import Source
from .tokenizable_field import TokenizableField
from .tokenize_identity_request import TokenizeIdentityRequest
from .update_balance_identity_request import UpdateBalanceIdentityRequest
from .update_balance_monitor_body import UpdateBalanceMonitorBody
from .update_balance_monitor_request import UpdateBalanceMonitorRequest
from .update_identity_request import UpdateIdentityRequest
from .update_inflight_transaction import UpdateInflightTransaction
from .update_inflight_transaction_body import UpdateInflightTransactionBody
from .update_inflight_transaction_request import UpdateInflightTransactionRequest
from .update_inflight_transaction_response_200 import UpdateInflightTransactionResponse200
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
    "Destination",
    "DetokenizedField",
    "DetokenizedFields",
    "DetokenizedFieldsFields",
    "DetokenizeIdentityRequest",
    "ErrorCode",
    "ErrorDetail",
    "ErrorResponse",
    "FilterCondition",
    "FilterOperator",
    "FilterRequest",
    "GetBalanceMonitor",
    "GetBalanceMonitorResponse200",
    "Identity",
    "IdentityPage",
    "IdentityTokenizedFields",
    "IdentityTokenizedFieldsDebugInfo",
    "Ledger",
    "LedgerPage",
    "LineageProvider",
    "ListAccountsFilters",
    "ListBalancesFilters",
    "ListIdentitiesFilters",
    "ListLedgersFilters",
    "LogicalOperator",
    "Message",
    "MetaData",
    "MetaData1",
    "MetadataResponse",
    "MockedAccount",
    "RecordTransaction",
    "RecordTransactionBody",
    "RecordTransactionRequest",
    "RecordTransactionResponse201",
    "RefundTransaction",
    "RefundTransactionResponse201",
    "ScheduleTransaction",
    "ScheduleTransactionRequest",
    "SortOrder",
    "Source",
    "TokenizableField",
    "TokenizeIdentityRequest",
    "UpdateBalanceIdentityRequest",
    "UpdateBalanceMonitorBody",
    "UpdateBalanceMonitorRequest",
    "UpdateIdentityRequest",
    "UpdateInflightTransaction",
    "UpdateInflightTransactionBody",
    "UpdateInflightTransactionRequest",
    "UpdateInflightTransactionResponse200",
    "UpdateLedgerRequest",
    "UpdateMetadataRequest",
)
