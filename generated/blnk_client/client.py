# Generated: made by overlays/templates/client.py.jinja from spec/blnk-openapi.resolved.json; edit overlays/templates/client.py.jinja.
"""`Blnk` and `AsyncBlnk`: one attribute per resource, transport from `_base_client`.

A resource's module (and the models it uses) is imported the first time the attribute is read,
so `import blnk_client` stays cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
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
    call can override it. `max_retries` bounds the retries; `retry_policy`, a
    `RetryPolicy`, sets the whole policy instead (count, backoff, jitter, which answers and
    errors are retried). Either is checked here, before any request.
    Use it as a context manager, or call `close()`, to release its connections.
    """

    @cached_property
    def accounts(self) -> Accounts:
        from .api.accounts import Accounts

        return Accounts(self)

    @cached_property
    def api_keys(self) -> ApiKeys:
        from .api.api_keys import ApiKeys

        return ApiKeys(self)

    @cached_property
    def backups(self) -> Backups:
        from .api.backups import Backups

        return Backups(self)

    @cached_property
    def balance_monitors(self) -> BalanceMonitors:
        from .api.balance_monitors import BalanceMonitors

        return BalanceMonitors(self)

    @cached_property
    def balance_snapshots(self) -> BalanceSnapshots:
        from .api.balance_snapshots import BalanceSnapshots

        return BalanceSnapshots(self)

    @cached_property
    def balances(self) -> Balances:
        from .api.balances import Balances

        return Balances(self)

    @cached_property
    def hooks(self) -> Hooks:
        from .api.hooks import Hooks

        return Hooks(self)

    @cached_property
    def identities(self) -> Identities:
        from .api.identities import Identities

        return Identities(self)

    @cached_property
    def ledgers(self) -> Ledgers:
        from .api.ledgers import Ledgers

        return Ledgers(self)

    @cached_property
    def metadata(self) -> Metadata:
        from .api.metadata import Metadata

        return Metadata(self)

    @cached_property
    def reconciliation(self) -> Reconciliation:
        from .api.reconciliation import Reconciliation

        return Reconciliation(self)

    @cached_property
    def search(self) -> Search:
        from .api.search import Search

        return Search(self)

    @cached_property
    def system(self) -> System:
        from .api.system import System

        return System(self)

    @cached_property
    def transactions(self) -> Transactions:
        from .api.transactions import Transactions

        return Transactions(self)


class AsyncBlnk(AsyncAPIClient):
    """An asynchronous Blnk Core client.

    Configure it with arguments or with the environment: `base_url` (BLNK_BASE_URL) and
    `api_key` (BLNK_API_KEY, sent as X-Blnk-Key). `timeout` applies to every call and each
    call can override it. `max_retries` bounds the retries; `retry_policy`, a
    `RetryPolicy`, sets the whole policy instead (count, backoff, jitter, which answers and
    errors are retried). Either is checked here, before any request.
    Use it as an async context manager, or call `close()` (awaited), to release its connections.
    """

    @cached_property
    def accounts(self) -> AsyncAccounts:
        from .api.accounts import AsyncAccounts

        return AsyncAccounts(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        from .api.api_keys import AsyncApiKeys

        return AsyncApiKeys(self)

    @cached_property
    def backups(self) -> AsyncBackups:
        from .api.backups import AsyncBackups

        return AsyncBackups(self)

    @cached_property
    def balance_monitors(self) -> AsyncBalanceMonitors:
        from .api.balance_monitors import AsyncBalanceMonitors

        return AsyncBalanceMonitors(self)

    @cached_property
    def balance_snapshots(self) -> AsyncBalanceSnapshots:
        from .api.balance_snapshots import AsyncBalanceSnapshots

        return AsyncBalanceSnapshots(self)

    @cached_property
    def balances(self) -> AsyncBalances:
        from .api.balances import AsyncBalances

        return AsyncBalances(self)

    @cached_property
    def hooks(self) -> AsyncHooks:
        from .api.hooks import AsyncHooks

        return AsyncHooks(self)

    @cached_property
    def identities(self) -> AsyncIdentities:
        from .api.identities import AsyncIdentities

        return AsyncIdentities(self)

    @cached_property
    def ledgers(self) -> AsyncLedgers:
        from .api.ledgers import AsyncLedgers

        return AsyncLedgers(self)

    @cached_property
    def metadata(self) -> AsyncMetadata:
        from .api.metadata import AsyncMetadata

        return AsyncMetadata(self)

    @cached_property
    def reconciliation(self) -> AsyncReconciliation:
        from .api.reconciliation import AsyncReconciliation

        return AsyncReconciliation(self)

    @cached_property
    def search(self) -> AsyncSearch:
        from .api.search import AsyncSearch

        return AsyncSearch(self)

    @cached_property
    def system(self) -> AsyncSystem:
        from .api.system import AsyncSystem

        return AsyncSystem(self)

    @cached_property
    def transactions(self) -> AsyncTransactions:
        from .api.transactions import AsyncTransactions

        return AsyncTransactions(self)
