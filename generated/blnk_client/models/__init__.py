"""Contains all the data models used in inputs/outputs"""

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
from .create_account import CreateAccount
from .create_account_body import CreateAccountBody
from .create_account_request import CreateAccountRequest
from .create_account_response_201 import CreateAccountResponse201
from .create_balance_monitor import CreateBalanceMonitor
from .create_balance_monitor_body import CreateBalanceMonitorBody
from .create_balance_monitor_request import CreateBalanceMonitorRequest
from .create_balance_monitor_response_201 import CreateBalanceMonitorResponse201
from .create_balance_request import CreateBalanceRequest
from .create_event import CreateEvent
from .create_identity_request import CreateIdentityRequest
from .create_ledger_request import CreateLedgerRequest
from .destination import Destination
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .filter_condition import FilterCondition
from .filter_operator import FilterOperator
from .filter_request import FilterRequest
from .get_account import GetAccount
from .get_account_response_200 import GetAccountResponse200
from .get_balance_monitor import GetBalanceMonitor
from .get_balance_monitor_response_200 import GetBalanceMonitorResponse200
from .identity import Identity
from .ledger import Ledger
from .ledger_page import LedgerPage
from .lineage_provider import LineageProvider
from .list_balances_filters import ListBalancesFilters
from .list_ledgers_filters import ListLedgersFilters
from .logical_operator import LogicalOperator
from .message import Message
from .meta_data import MetaData
from .meta_data_1 import MetaData1
from .meta_data_2 import MetaData2
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
from .update_account_body import UpdateAccountBody
from .update_account_request import UpdateAccountRequest
from .update_account_response_201 import UpdateAccountResponse201
from .update_balance_identity_request import UpdateBalanceIdentityRequest
from .update_balance_monitor_body import UpdateBalanceMonitorBody
from .update_balance_monitor_request import UpdateBalanceMonitorRequest
from .update_identity import UpdateIdentity
from .update_identity_body import UpdateIdentityBody
from .update_identity_request import UpdateIdentityRequest
from .update_identity_response_200 import UpdateIdentityResponse200
from .update_inflight_transaction import UpdateInflightTransaction
from .update_inflight_transaction_body import UpdateInflightTransactionBody
from .update_inflight_transaction_request import UpdateInflightTransactionRequest
from .update_inflight_transaction_response_200 import UpdateInflightTransactionResponse200
from .update_ledger_request import UpdateLedgerRequest

__all__ = (
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
    "CreateAccount",
    "CreateAccountBody",
    "CreateAccountRequest",
    "CreateAccountResponse201",
    "CreateBalanceMonitor",
    "CreateBalanceMonitorBody",
    "CreateBalanceMonitorRequest",
    "CreateBalanceMonitorResponse201",
    "CreateBalanceRequest",
    "CreateEvent",
    "CreateIdentityRequest",
    "CreateLedgerRequest",
    "Destination",
    "ErrorCode",
    "ErrorDetail",
    "ErrorResponse",
    "FilterCondition",
    "FilterOperator",
    "FilterRequest",
    "GetAccount",
    "GetAccountResponse200",
    "GetBalanceMonitor",
    "GetBalanceMonitorResponse200",
    "Identity",
    "Ledger",
    "LedgerPage",
    "LineageProvider",
    "ListBalancesFilters",
    "ListLedgersFilters",
    "LogicalOperator",
    "Message",
    "MetaData",
    "MetaData1",
    "MetaData2",
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
    "UpdateAccountBody",
    "UpdateAccountRequest",
    "UpdateAccountResponse201",
    "UpdateBalanceIdentityRequest",
    "UpdateBalanceMonitorBody",
    "UpdateBalanceMonitorRequest",
    "UpdateIdentity",
    "UpdateIdentityBody",
    "UpdateIdentityRequest",
    "UpdateIdentityResponse200",
    "UpdateInflightTransaction",
    "UpdateInflightTransactionBody",
    "UpdateInflightTransactionRequest",
    "UpdateInflightTransactionResponse200",
    "UpdateLedgerRequest",
)
