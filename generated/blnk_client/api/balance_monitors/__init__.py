# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag balance_monitors; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `balance_monitors` resource: `Blnk().balance_monitors` and `AsyncBlnk().balance_monitors`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from ..._deferred import DeferredModule
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._validation import building_request, check_constraints, check_path_param
from ...types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ...models import BalanceMonitor, CreateMonitorCondition, Message, UpdateMonitorCondition
    from ...models import create_balance_monitor_request as _m_create_balance_monitor_request
    from ...models import create_monitor_condition as _m_create_monitor_condition
    from ...models import update_balance_monitor_request as _m_update_balance_monitor_request
    from ...models import update_monitor_condition as _m_update_monitor_condition
    from ...params import CreateMonitorConditionParams, UpdateMonitorConditionParams
    from . import (
        create_balance_monitor,
        delete_balance_monitor,
        get_balance_monitor,
        list_balance_monitors,
        list_balance_monitors_by_balance,
        update_balance_monitor,
    )
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    _m_create_balance_monitor_request = DeferredModule(
        globals(), "_m_create_balance_monitor_request", "...models.create_balance_monitor_request"
    )
    _m_create_monitor_condition = DeferredModule(
        globals(), "_m_create_monitor_condition", "...models.create_monitor_condition"
    )
    _m_update_balance_monitor_request = DeferredModule(
        globals(), "_m_update_balance_monitor_request", "...models.update_balance_monitor_request"
    )
    _m_update_monitor_condition = DeferredModule(
        globals(), "_m_update_monitor_condition", "...models.update_monitor_condition"
    )
    create_balance_monitor = DeferredModule(globals(), "create_balance_monitor", ".create_balance_monitor")
    delete_balance_monitor = DeferredModule(globals(), "delete_balance_monitor", ".delete_balance_monitor")
    get_balance_monitor = DeferredModule(globals(), "get_balance_monitor", ".get_balance_monitor")
    list_balance_monitors = DeferredModule(globals(), "list_balance_monitors", ".list_balance_monitors")
    list_balance_monitors_by_balance = DeferredModule(
        globals(), "list_balance_monitors_by_balance", ".list_balance_monitors_by_balance"
    )
    update_balance_monitor = DeferredModule(globals(), "update_balance_monitor", ".update_balance_monitor")

__all__ = [
    "AsyncBalanceMonitors",
    "AsyncBalanceMonitorsWithRawResponse",
    "BalanceMonitors",
    "BalanceMonitorsWithRawResponse",
]


class BalanceMonitors(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BalanceMonitorsWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return BalanceMonitorsWithRawResponse(self)

    def list(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BalanceMonitor]:
        """List every balance monitor

        Unpaginated. The rows leave out precision and precise_value (they read 0 and null); get a monitor by id, or list them by balance, for those. No monitors at all answers null.

        Requires scope `balance-monitors:read`."""
        request = list_balance_monitors._get_kwargs()
        return self._client._request(request, list_balance_monitors._parse_response, timeout=timeout)

    def create(
        self,
        *,
        balance_id: str,
        condition: CreateMonitorCondition | CreateMonitorConditionParams,
        call_back_url: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BalanceMonitor:
        """Watch a balance

        The server stores precise_value = int64(value * precision), truncated. The request cannot set a description (only an update can) and meta_data is accepted but dropped.

        Requires scope `balance-monitors:write`."""
        CreateBalanceMonitorRequest = _m_create_balance_monitor_request.CreateBalanceMonitorRequest
        CreateMonitorCondition = _m_create_monitor_condition.CreateMonitorCondition
        with building_request("balance_monitors.create"):
            body = CreateBalanceMonitorRequest(
                balance_id=balance_id,
                condition=CreateMonitorCondition.from_dict(condition) if isinstance(condition, Mapping) else condition,
                call_back_url=call_back_url,
            )
            given = body.to_dict()
        check_constraints(
            "balance_monitors.create", given, {"balance_id": {"type": "string"}, "call_back_url": {"type": "string"}}
        )
        request = create_balance_monitor._get_kwargs(
            body=body,
        )
        return self._client._request(request, create_balance_monitor._parse_response, timeout=timeout)

    def get(
        self,
        monitor_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BalanceMonitor:
        """Get a balance monitor

        Requires scope `balance-monitors:read`."""
        request = get_balance_monitor._get_kwargs(
            check_path_param("monitor_id", monitor_id),
        )
        return self._client._request(request, get_balance_monitor._parse_response, timeout=timeout)

    def update(
        self,
        monitor_id: str,
        *,
        balance_id: str,
        condition: UpdateMonitorCondition | UpdateMonitorConditionParams,
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Replace a monitor's balance, description and condition

        The server validates nothing here and rewrites balance_id, description, field, operator and value from the body (so a field left out is blanked). It does NOT update precision or recompute precise_value (database/balance.go:1313-1319), and it always erases the call_back_url, which this body cannot carry (`json:"-"`).

        Requires scope `balance-monitors:write`."""
        UpdateBalanceMonitorRequest = _m_update_balance_monitor_request.UpdateBalanceMonitorRequest
        UpdateMonitorCondition = _m_update_monitor_condition.UpdateMonitorCondition
        with building_request("balance_monitors.update"):
            body = UpdateBalanceMonitorRequest(
                balance_id=balance_id,
                condition=UpdateMonitorCondition.from_dict(condition) if isinstance(condition, Mapping) else condition,
                description=description,
            )
            given = body.to_dict()
        check_constraints(
            "balance_monitors.update", given, {"balance_id": {"type": "string"}, "description": {"type": "string"}}
        )
        request = update_balance_monitor._get_kwargs(
            check_path_param("monitor_id", monitor_id),
            body=body,
        )
        return self._client._request(request, update_balance_monitor._parse_response, timeout=timeout)

    def delete(
        self,
        monitor_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Delete a balance monitor

        Added in Blnk v0.15.0: older servers have no such route and raise RouteNotFoundError.

        Requires scope `balance-monitors:delete`."""
        request = delete_balance_monitor._get_kwargs(
            check_path_param("monitor_id", monitor_id),
        )
        return self._client._request(request, delete_balance_monitor._parse_response, timeout=timeout)

    def list_by_balance(
        self,
        balance_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BalanceMonitor]:
        """The monitors of one balance

        An unknown balance answers null like a balance without monitors, not 404.

        Requires scope `balance-monitors:read`."""
        request = list_balance_monitors_by_balance._get_kwargs(
            check_path_param("balance_id", balance_id),
        )
        return self._client._request(request, list_balance_monitors_by_balance._parse_response, timeout=timeout)


class BalanceMonitorsWithRawResponse:
    """`balance_monitors.with_raw_response`: each method of `BalanceMonitors`, answering a RawResponse."""

    def __init__(self, resource: BalanceMonitors) -> None:
        self._resource = resource

    def list(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[BalanceMonitor]]:
        """`list`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.list)(
            timeout=timeout,
        )

    def create(
        self,
        *,
        balance_id: str,
        condition: CreateMonitorCondition | CreateMonitorConditionParams,
        call_back_url: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BalanceMonitor]:
        """`create`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.create)(
            balance_id=balance_id,
            condition=condition,
            call_back_url=call_back_url,
            timeout=timeout,
        )

    def get(
        self,
        monitor_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BalanceMonitor]:
        """`get`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.get)(
            monitor_id,
            timeout=timeout,
        )

    def update(
        self,
        monitor_id: str,
        *,
        balance_id: str,
        condition: UpdateMonitorCondition | UpdateMonitorConditionParams,
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`update`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.update)(
            monitor_id,
            balance_id=balance_id,
            condition=condition,
            description=description,
            timeout=timeout,
        )

    def delete(
        self,
        monitor_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`delete`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.delete)(
            monitor_id,
            timeout=timeout,
        )

    def list_by_balance(
        self,
        balance_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[BalanceMonitor]]:
        """`list_by_balance`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.list_by_balance)(
            balance_id,
            timeout=timeout,
        )


class AsyncBalanceMonitors(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBalanceMonitorsWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncBalanceMonitorsWithRawResponse(self)

    async def list(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BalanceMonitor]:
        """List every balance monitor

        Unpaginated. The rows leave out precision and precise_value (they read 0 and null); get a monitor by id, or list them by balance, for those. No monitors at all answers null.

        Requires scope `balance-monitors:read`."""
        request = list_balance_monitors._get_kwargs()
        return await self._client._request(request, list_balance_monitors._parse_response, timeout=timeout)

    async def create(
        self,
        *,
        balance_id: str,
        condition: CreateMonitorCondition | CreateMonitorConditionParams,
        call_back_url: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BalanceMonitor:
        """Watch a balance

        The server stores precise_value = int64(value * precision), truncated. The request cannot set a description (only an update can) and meta_data is accepted but dropped.

        Requires scope `balance-monitors:write`."""
        CreateBalanceMonitorRequest = _m_create_balance_monitor_request.CreateBalanceMonitorRequest
        CreateMonitorCondition = _m_create_monitor_condition.CreateMonitorCondition
        with building_request("balance_monitors.create"):
            body = CreateBalanceMonitorRequest(
                balance_id=balance_id,
                condition=CreateMonitorCondition.from_dict(condition) if isinstance(condition, Mapping) else condition,
                call_back_url=call_back_url,
            )
            given = body.to_dict()
        check_constraints(
            "balance_monitors.create", given, {"balance_id": {"type": "string"}, "call_back_url": {"type": "string"}}
        )
        request = create_balance_monitor._get_kwargs(
            body=body,
        )
        return await self._client._request(request, create_balance_monitor._parse_response, timeout=timeout)

    async def get(
        self,
        monitor_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BalanceMonitor:
        """Get a balance monitor

        Requires scope `balance-monitors:read`."""
        request = get_balance_monitor._get_kwargs(
            check_path_param("monitor_id", monitor_id),
        )
        return await self._client._request(request, get_balance_monitor._parse_response, timeout=timeout)

    async def update(
        self,
        monitor_id: str,
        *,
        balance_id: str,
        condition: UpdateMonitorCondition | UpdateMonitorConditionParams,
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Replace a monitor's balance, description and condition

        The server validates nothing here and rewrites balance_id, description, field, operator and value from the body (so a field left out is blanked). It does NOT update precision or recompute precise_value (database/balance.go:1313-1319), and it always erases the call_back_url, which this body cannot carry (`json:"-"`).

        Requires scope `balance-monitors:write`."""
        UpdateBalanceMonitorRequest = _m_update_balance_monitor_request.UpdateBalanceMonitorRequest
        UpdateMonitorCondition = _m_update_monitor_condition.UpdateMonitorCondition
        with building_request("balance_monitors.update"):
            body = UpdateBalanceMonitorRequest(
                balance_id=balance_id,
                condition=UpdateMonitorCondition.from_dict(condition) if isinstance(condition, Mapping) else condition,
                description=description,
            )
            given = body.to_dict()
        check_constraints(
            "balance_monitors.update", given, {"balance_id": {"type": "string"}, "description": {"type": "string"}}
        )
        request = update_balance_monitor._get_kwargs(
            check_path_param("monitor_id", monitor_id),
            body=body,
        )
        return await self._client._request(request, update_balance_monitor._parse_response, timeout=timeout)

    async def delete(
        self,
        monitor_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Delete a balance monitor

        Added in Blnk v0.15.0: older servers have no such route and raise RouteNotFoundError.

        Requires scope `balance-monitors:delete`."""
        request = delete_balance_monitor._get_kwargs(
            check_path_param("monitor_id", monitor_id),
        )
        return await self._client._request(request, delete_balance_monitor._parse_response, timeout=timeout)

    async def list_by_balance(
        self,
        balance_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BalanceMonitor]:
        """The monitors of one balance

        An unknown balance answers null like a balance without monitors, not 404.

        Requires scope `balance-monitors:read`."""
        request = list_balance_monitors_by_balance._get_kwargs(
            check_path_param("balance_id", balance_id),
        )
        return await self._client._request(request, list_balance_monitors_by_balance._parse_response, timeout=timeout)


class AsyncBalanceMonitorsWithRawResponse:
    """`balance_monitors.with_raw_response`: each method of `AsyncBalanceMonitors`, answering a RawResponse."""

    def __init__(self, resource: AsyncBalanceMonitors) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[BalanceMonitor]]:
        """`list`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.list)(
            timeout=timeout,
        )

    async def create(
        self,
        *,
        balance_id: str,
        condition: CreateMonitorCondition | CreateMonitorConditionParams,
        call_back_url: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BalanceMonitor]:
        """`create`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.create)(
            balance_id=balance_id,
            condition=condition,
            call_back_url=call_back_url,
            timeout=timeout,
        )

    async def get(
        self,
        monitor_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BalanceMonitor]:
        """`get`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.get)(
            monitor_id,
            timeout=timeout,
        )

    async def update(
        self,
        monitor_id: str,
        *,
        balance_id: str,
        condition: UpdateMonitorCondition | UpdateMonitorConditionParams,
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`update`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.update)(
            monitor_id,
            balance_id=balance_id,
            condition=condition,
            description=description,
            timeout=timeout,
        )

    async def delete(
        self,
        monitor_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`delete`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.delete)(
            monitor_id,
            timeout=timeout,
        )

    async def list_by_balance(
        self,
        balance_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[BalanceMonitor]]:
        """`list_by_balance`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.list_by_balance)(
            balance_id,
            timeout=timeout,
        )
