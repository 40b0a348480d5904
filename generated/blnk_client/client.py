"""`Blnk` and `AsyncBlnk`: one attribute per resource, transport from `_base_client`."""

from __future__ import annotations

from functools import cached_property

from ._base_client import AsyncAPIClient, SyncAPIClient
from .api.accounts import Accounts, AsyncAccounts
from .api.api_keys import ApiKeys, AsyncApiKeys
from .api.backups import AsyncBackups, Backups
from .api.balance_monitors import AsyncBalanceMonitors, BalanceMonitors
from .api.balance_snapshots import AsyncBalanceSnapshots, BalanceSnapshots
from .api.balances import AsyncBalances, Balances
from .api.hooks import AsyncHooks, Hooks
from .api.identities import AsyncIdentities, Identities
from .api.ledgers import AsyncLedgers, Ledgers
from .api.metadata import AsyncMetadata, Metadata
from .api.reconciliation import AsyncReconciliation, Reconciliation
from .api.search import AsyncSearch, Search
from .api.system import AsyncSystem, System
from .api.transactions import AsyncTransactions, Transactions

__all__ = ["AsyncBlnk", "Blnk"]


class Blnk(SyncAPIClient):
    """A Blnk Core client.

    Configure it with arguments or with the environment: `base_url` (BLNK_BASE_URL) and
    `api_key` (BLNK_API_KEY, sent as X-Blnk-Key). `timeout` applies to every call and each
    call can override it; `max_retries` bounds retries of requests that are safe to repeat.
    Use it as a context manager, or call `close()`, to release its connections.
    """

    @cached_property
    def accounts(self) -> Accounts:
        return Accounts(self)

    @cached_property
    def api_keys(self) -> ApiKeys:
        return ApiKeys(self)

    @cached_property
    def backups(self) -> Backups:
        return Backups(self)

    @cached_property
    def balance_monitors(self) -> BalanceMonitors:
        return BalanceMonitors(self)

    @cached_property
    def balance_snapshots(self) -> BalanceSnapshots:
        return BalanceSnapshots(self)

    @cached_property
    def balances(self) -> Balances:
        return Balances(self)

    @cached_property
    def hooks(self) -> Hooks:
        return Hooks(self)

    @cached_property
    def identities(self) -> Identities:
        return Identities(self)

    @cached_property
    def ledgers(self) -> Ledgers:
        return Ledgers(self)

    @cached_property
    def metadata(self) -> Metadata:
        return Metadata(self)

    @cached_property
    def reconciliation(self) -> Reconciliation:
        return Reconciliation(self)

    @cached_property
    def search(self) -> Search:
        return Search(self)

    @cached_property
    def system(self) -> System:
        return System(self)

    @cached_property
    def transactions(self) -> Transactions:
        return Transactions(self)


class AsyncBlnk(AsyncAPIClient):
    """An asynchronous Blnk Core client.

    Configure it with arguments or with the environment: `base_url` (BLNK_BASE_URL) and
    `api_key` (BLNK_API_KEY, sent as X-Blnk-Key). `timeout` applies to every call and each
    call can override it; `max_retries` bounds retries of requests that are safe to repeat.
    Use it as an async context manager, or call `close()` (awaited), to release its connections.
    """

    @cached_property
    def accounts(self) -> AsyncAccounts:
        return AsyncAccounts(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        return AsyncApiKeys(self)

    @cached_property
    def backups(self) -> AsyncBackups:
        return AsyncBackups(self)

    @cached_property
    def balance_monitors(self) -> AsyncBalanceMonitors:
        return AsyncBalanceMonitors(self)

    @cached_property
    def balance_snapshots(self) -> AsyncBalanceSnapshots:
        return AsyncBalanceSnapshots(self)

    @cached_property
    def balances(self) -> AsyncBalances:
        return AsyncBalances(self)

    @cached_property
    def hooks(self) -> AsyncHooks:
        return AsyncHooks(self)

    @cached_property
    def identities(self) -> AsyncIdentities:
        return AsyncIdentities(self)

    @cached_property
    def ledgers(self) -> AsyncLedgers:
        return AsyncLedgers(self)

    @cached_property
    def metadata(self) -> AsyncMetadata:
        return AsyncMetadata(self)

    @cached_property
    def reconciliation(self) -> AsyncReconciliation:
        return AsyncReconciliation(self)

    @cached_property
    def search(self) -> AsyncSearch:
        return AsyncSearch(self)

    @cached_property
    def system(self) -> AsyncSystem:
        return AsyncSystem(self)

    @cached_property
    def transactions(self) -> AsyncTransactions:
        return AsyncTransactions(self)
