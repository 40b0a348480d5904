# Generated: made by datamodel-code-generator (pipeline/generate.py) from spec/blnk-openapi.resolved.json; edit overlays/documents/webhooks.yaml.
"""The webhook events Blnk posts, as TypedDicts (see webhooks.construct_event). Generated; do not edit."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

AllocationStrategy: TypeAlias = Literal["FIFO", "LIFO", "PROPORTIONAL"]


class BulkTransactionEventData(TypedDict):
    batch_id: str
    status: str
    timestamp: str
    transaction_count: NotRequired[int]
    error: NotRequired[str]


class Distribution(TypedDict):
    """
    One leg of a split. Give distribution (a percentage "10%", a fixed amount in major units "100", or "left") or precise_distribution (minor units, or "left"); one "left" at most.
    """

    identifier: str
    distribution: NotRequired[str]
    precise_distribution: NotRequired[str]
    transaction_id: NotRequired[str]


MetaData: TypeAlias = dict[str, Any]
"""
Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers pass through float64 on the server: integers beyond 2**53 come back rounded.
"""


MonitorField: TypeAlias = Literal[
    "debit_balance",
    "credit_balance",
    "balance",
    "inflight_debit_balance",
    "inflight_credit_balance",
    "inflight_balance",
]


class SystemErrorData(TypedDict):
    """
    internal/notification/notification.go
    """

    error: str
    time: str


class SystemErrorEvent(TypedDict):
    event: Literal["system.error"]
    data: SystemErrorData


TransactionStatus: TypeAlias = Literal["QUEUED", "SCHEDULED", "APPLIED", "INFLIGHT", "VOID", "REJECTED"]


class BulkTransactionEvent(TypedDict):
    event: Literal["bulk_transaction.applied", "bulk_transaction.inflight", "bulk_transaction.failed"]
    data: BulkTransactionEventData


class Identity(TypedDict):
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
    created_at: str
    meta_data: MetaData


class IdentityCreatedEvent(TypedDict):
    event: Literal["identity.created"]
    data: Identity


class Ledger(TypedDict):
    ledger_id: str
    name: str
    created_at: str
    meta_data: MetaData


class LedgerCreatedEvent(TypedDict):
    event: Literal["ledger.created"]
    data: Ledger


class MonitorCondition(TypedDict):
    field: MonitorField
    operator: str
    value: int
    precision: float
    precise_value: int


class Transaction(TypedDict):
    transaction_id: str
    parent_transaction: str
    precise_amount: NotRequired[int]
    amount: float
    amount_string: NotRequired[str]
    precision: float
    overdraft_limit: float
    source: NotRequired[str]
    destination: NotRequired[str]
    sources: NotRequired[list[Distribution]]
    destinations: NotRequired[list[Distribution]]
    reference: str
    currency: str
    description: NotRequired[str]
    status: TransactionStatus
    hash: str
    allow_overdraft: bool
    inflight: bool
    skip_queue: bool
    atomic: bool
    created_at: str
    effective_date: NotRequired[str]
    scheduled_for: str
    inflight_expiry_date: str
    inflight_commit_date: NotRequired[str]
    meta_data: NotRequired[MetaData]
    rate: NotRequired[float]


class TransactionEvent(TypedDict):
    """
    Sent when a transaction reaches a status; transaction.unknown for any other status.
    """

    event: Literal[
        "transaction.queued",
        "transaction.applied",
        "transaction.scheduled",
        "transaction.inflight",
        "transaction.void",
        "transaction.rejected",
        "transaction.unknown",
    ]
    data: Transaction


class Balance(TypedDict):
    """
    Amounts are integers in minor units of any size (Go *big.Int); no precision is stored.
    """

    balance_id: str
    balance: int
    credit_balance: int
    debit_balance: int
    inflight_balance: int
    inflight_credit_balance: int
    inflight_debit_balance: int
    queued_debit_balance: NotRequired[int]
    queued_credit_balance: NotRequired[int]
    currency: str
    ledger_id: str
    identity_id: str
    indicator: NotRequired[str]
    version: int
    created_at: str
    inflight_expires_at: str
    meta_data: MetaData
    track_fund_lineage: NotRequired[bool]
    allocation_strategy: NotRequired[AllocationStrategy]
    identity: NotRequired[Identity]
    ledger: NotRequired[Ledger]
    currency_multiplier: NotRequired[float]


class BalanceCreatedEvent(TypedDict):
    event: Literal["balance.created"]
    data: Balance


class BalanceMonitor(TypedDict):
    monitor_id: str
    balance_id: str
    description: NotRequired[str]
    created_at: str
    condition: MonitorCondition


class BalanceMonitorEvent(TypedDict):
    """
    A monitor's condition held after a balance changed (balance.go checkBalanceMonitors).
    """

    event: Literal["balance.monitor"]
    data: BalanceMonitor


WebhookEvent: TypeAlias = (
    LedgerCreatedEvent
    | BalanceCreatedEvent
    | BalanceMonitorEvent
    | IdentityCreatedEvent
    | TransactionEvent
    | BulkTransactionEvent
    | SystemErrorEvent
)
