# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag balance_snapshots; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `balance_snapshots` resource: `Blnk().balance_snapshots` and `AsyncBlnk().balance_snapshots`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._deferred import DeferredModule
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._validation import check_constraints
from ...types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ...models import Message
    from . import take_balance_snapshots
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    take_balance_snapshots = DeferredModule(globals(), "take_balance_snapshots", ".take_balance_snapshots")

__all__ = [
    "AsyncBalanceSnapshots",
    "AsyncBalanceSnapshotsWithRawResponse",
    "BalanceSnapshots",
    "BalanceSnapshotsWithRawResponse",
]


class BalanceSnapshots(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BalanceSnapshotsWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return BalanceSnapshotsWithRawResponse(self)

    def take(
        self,
        *,
        batch_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Snapshot every balance (in the background)

        Starts blnk.take_daily_balance_snapshots_batched in the background and answers at once; the snapshots feed GET /balances/{balance_id}/at. Only the master key can call it: the path's first segment is no known resource, so every scoped key gets 403 AUTH_UNKNOWN_RESOURCE.

        Master key only."""
        check_constraints(
            "balance_snapshots.take",
            {
                "batch_size": batch_size,
            },
            {"batch_size": {"minimum": 1, "type": "integer"}},
        )
        request = take_balance_snapshots._get_kwargs(
            batch_size=batch_size,
        )
        return self._client._request(request, take_balance_snapshots._parse_response, timeout=timeout)


class BalanceSnapshotsWithRawResponse:
    """`balance_snapshots.with_raw_response`: each method of `BalanceSnapshots`, answering a RawResponse."""

    def __init__(self, resource: BalanceSnapshots) -> None:
        self._resource = resource

    def take(
        self,
        *,
        batch_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`take`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.take)(
            batch_size=batch_size,
            timeout=timeout,
        )


class AsyncBalanceSnapshots(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBalanceSnapshotsWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncBalanceSnapshotsWithRawResponse(self)

    async def take(
        self,
        *,
        batch_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Snapshot every balance (in the background)

        Starts blnk.take_daily_balance_snapshots_batched in the background and answers at once; the snapshots feed GET /balances/{balance_id}/at. Only the master key can call it: the path's first segment is no known resource, so every scoped key gets 403 AUTH_UNKNOWN_RESOURCE.

        Master key only."""
        check_constraints(
            "balance_snapshots.take",
            {
                "batch_size": batch_size,
            },
            {"batch_size": {"minimum": 1, "type": "integer"}},
        )
        request = take_balance_snapshots._get_kwargs(
            batch_size=batch_size,
        )
        return await self._client._request(request, take_balance_snapshots._parse_response, timeout=timeout)


class AsyncBalanceSnapshotsWithRawResponse:
    """`balance_snapshots.with_raw_response`: each method of `AsyncBalanceSnapshots`, answering a RawResponse."""

    def __init__(self, resource: AsyncBalanceSnapshots) -> None:
        self._resource = resource

    async def take(
        self,
        *,
        batch_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`take`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.take)(
            batch_size=batch_size,
            timeout=timeout,
        )
