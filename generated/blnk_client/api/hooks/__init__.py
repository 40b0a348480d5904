# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag hooks; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `hooks` resource: `Blnk().hooks` and `AsyncBlnk().hooks`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from ..._deferred import DeferredModule
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._validation import building_request, check_constraints, check_path_param, coerce_enum
from ...types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ...models import Hook, HookType, Message
    from ...models import create_hook_request as _m_create_hook_request
    from ...models import hook_type as _m_hook_type
    from ...models import update_hook_request as _m_update_hook_request
    from ...params import HookTypeParams
    from . import create_hook, delete_hook, get_hook, list_hooks, update_hook
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    _m_create_hook_request = DeferredModule(globals(), "_m_create_hook_request", "...models.create_hook_request")
    _m_hook_type = DeferredModule(globals(), "_m_hook_type", "...models.hook_type")
    _m_update_hook_request = DeferredModule(globals(), "_m_update_hook_request", "...models.update_hook_request")
    create_hook = DeferredModule(globals(), "create_hook", ".create_hook")
    delete_hook = DeferredModule(globals(), "delete_hook", ".delete_hook")
    get_hook = DeferredModule(globals(), "get_hook", ".get_hook")
    list_hooks = DeferredModule(globals(), "list_hooks", ".list_hooks")
    update_hook = DeferredModule(globals(), "update_hook", ".update_hook")

__all__ = [
    "AsyncHooks",
    "AsyncHooksWithRawResponse",
    "Hooks",
    "HooksWithRawResponse",
]


class Hooks(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> HooksWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return HooksWithRawResponse(self)

    def list(
        self,
        *,
        type_: HookType | HookTypeParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Hook]:
        """List hooks

        Master key only."""
        HookType = _m_hook_type.HookType
        request = list_hooks._get_kwargs(
            type_=None if type_ is None else coerce_enum(HookType, type_, "type_"),
        )
        return self._client._request(request, list_hooks._parse_response, timeout=timeout)

    def create(
        self,
        *,
        url: str,
        type_: HookType | HookTypeParams,
        id: None | str = None,
        name: None | str = None,
        active: bool | None = None,
        call_timeout: int | None = None,
        retry_count: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Hook:
        """Register a pre- or post-transaction hook

        Hooks live in Redis. Each matching transaction queues a call to the hook's url; the answer cannot veto the transaction. A hook registered without active=true never runs.

        Master key only."""
        CreateHookRequest = _m_create_hook_request.CreateHookRequest
        HookType = _m_hook_type.HookType
        with building_request("hooks.create"):
            body = CreateHookRequest(
                url=url,
                type_=coerce_enum(HookType, type_, "type_"),
                id=id,
                name=name,
                active=active,
                timeout=call_timeout,
                retry_count=retry_count,
            )
            given = body.to_dict()
        check_constraints(
            "hooks.create",
            given,
            {
                "url": {"type": "string"},
                "id": {"type": "string"},
                "name": {"type": "string"},
                "active": {"type": "boolean"},
                "call_timeout": {"type": "integer"},
                "retry_count": {"type": "integer"},
            },
        )
        request = create_hook._get_kwargs(
            body=body,
        )
        return self._client._request(request, create_hook._parse_response, timeout=timeout)

    def get(
        self,
        hook_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Hook:
        """Get a hook

        Master key only."""
        request = get_hook._get_kwargs(
            check_path_param("hook_id", hook_id),
        )
        return self._client._request(request, get_hook._parse_response, timeout=timeout)

    def update(
        self,
        hook_id: str,
        *,
        url: str,
        type_: HookType | HookTypeParams,
        name: None | str = None,
        active: bool | None = None,
        call_timeout: int | None = None,
        retry_count: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Hook:
        """Replace a hook

        Replaces name, url, type, active, timeout and retry_count (fields left out become empty, false or 0); id, created_at, last_run and last_success are kept. Unlike create, the server validates nothing and applies no defaults here, so url and type are required by this client.

        Master key only."""
        HookType = _m_hook_type.HookType
        UpdateHookRequest = _m_update_hook_request.UpdateHookRequest
        with building_request("hooks.update"):
            body = UpdateHookRequest(
                url=url,
                type_=coerce_enum(HookType, type_, "type_"),
                name=name,
                active=active,
                timeout=call_timeout,
                retry_count=retry_count,
            )
            given = body.to_dict()
        check_constraints(
            "hooks.update",
            given,
            {
                "url": {"type": "string"},
                "name": {"type": "string"},
                "active": {"type": "boolean"},
                "call_timeout": {"type": "integer"},
                "retry_count": {"type": "integer"},
            },
        )
        request = update_hook._get_kwargs(
            check_path_param("hook_id", hook_id),
            body=body,
        )
        return self._client._request(request, update_hook._parse_response, timeout=timeout)

    def delete(
        self,
        hook_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Delete a hook

        Master key only."""
        request = delete_hook._get_kwargs(
            check_path_param("hook_id", hook_id),
        )
        return self._client._request(request, delete_hook._parse_response, timeout=timeout)


class HooksWithRawResponse:
    """`hooks.with_raw_response`: each method of `Hooks`, answering a RawResponse."""

    def __init__(self, resource: Hooks) -> None:
        self._resource = resource

    def list(
        self,
        *,
        type_: HookType | HookTypeParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Hook]]:
        """`list`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.list)(
            type_=type_,
            timeout=timeout,
        )

    def create(
        self,
        *,
        url: str,
        type_: HookType | HookTypeParams,
        id: None | str = None,
        name: None | str = None,
        active: bool | None = None,
        call_timeout: int | None = None,
        retry_count: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Hook]:
        """`create`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.create)(
            url=url,
            type_=type_,
            id=id,
            name=name,
            active=active,
            call_timeout=call_timeout,
            retry_count=retry_count,
            timeout=timeout,
        )

    def get(
        self,
        hook_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Hook]:
        """`get`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.get)(
            hook_id,
            timeout=timeout,
        )

    def update(
        self,
        hook_id: str,
        *,
        url: str,
        type_: HookType | HookTypeParams,
        name: None | str = None,
        active: bool | None = None,
        call_timeout: int | None = None,
        retry_count: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Hook]:
        """`update`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.update)(
            hook_id,
            url=url,
            type_=type_,
            name=name,
            active=active,
            call_timeout=call_timeout,
            retry_count=retry_count,
            timeout=timeout,
        )

    def delete(
        self,
        hook_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`delete`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.delete)(
            hook_id,
            timeout=timeout,
        )


class AsyncHooks(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncHooksWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncHooksWithRawResponse(self)

    async def list(
        self,
        *,
        type_: HookType | HookTypeParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Hook]:
        """List hooks

        Master key only."""
        HookType = _m_hook_type.HookType
        request = list_hooks._get_kwargs(
            type_=None if type_ is None else coerce_enum(HookType, type_, "type_"),
        )
        return await self._client._request(request, list_hooks._parse_response, timeout=timeout)

    async def create(
        self,
        *,
        url: str,
        type_: HookType | HookTypeParams,
        id: None | str = None,
        name: None | str = None,
        active: bool | None = None,
        call_timeout: int | None = None,
        retry_count: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Hook:
        """Register a pre- or post-transaction hook

        Hooks live in Redis. Each matching transaction queues a call to the hook's url; the answer cannot veto the transaction. A hook registered without active=true never runs.

        Master key only."""
        CreateHookRequest = _m_create_hook_request.CreateHookRequest
        HookType = _m_hook_type.HookType
        with building_request("hooks.create"):
            body = CreateHookRequest(
                url=url,
                type_=coerce_enum(HookType, type_, "type_"),
                id=id,
                name=name,
                active=active,
                timeout=call_timeout,
                retry_count=retry_count,
            )
            given = body.to_dict()
        check_constraints(
            "hooks.create",
            given,
            {
                "url": {"type": "string"},
                "id": {"type": "string"},
                "name": {"type": "string"},
                "active": {"type": "boolean"},
                "call_timeout": {"type": "integer"},
                "retry_count": {"type": "integer"},
            },
        )
        request = create_hook._get_kwargs(
            body=body,
        )
        return await self._client._request(request, create_hook._parse_response, timeout=timeout)

    async def get(
        self,
        hook_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Hook:
        """Get a hook

        Master key only."""
        request = get_hook._get_kwargs(
            check_path_param("hook_id", hook_id),
        )
        return await self._client._request(request, get_hook._parse_response, timeout=timeout)

    async def update(
        self,
        hook_id: str,
        *,
        url: str,
        type_: HookType | HookTypeParams,
        name: None | str = None,
        active: bool | None = None,
        call_timeout: int | None = None,
        retry_count: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Hook:
        """Replace a hook

        Replaces name, url, type, active, timeout and retry_count (fields left out become empty, false or 0); id, created_at, last_run and last_success are kept. Unlike create, the server validates nothing and applies no defaults here, so url and type are required by this client.

        Master key only."""
        HookType = _m_hook_type.HookType
        UpdateHookRequest = _m_update_hook_request.UpdateHookRequest
        with building_request("hooks.update"):
            body = UpdateHookRequest(
                url=url,
                type_=coerce_enum(HookType, type_, "type_"),
                name=name,
                active=active,
                timeout=call_timeout,
                retry_count=retry_count,
            )
            given = body.to_dict()
        check_constraints(
            "hooks.update",
            given,
            {
                "url": {"type": "string"},
                "name": {"type": "string"},
                "active": {"type": "boolean"},
                "call_timeout": {"type": "integer"},
                "retry_count": {"type": "integer"},
            },
        )
        request = update_hook._get_kwargs(
            check_path_param("hook_id", hook_id),
            body=body,
        )
        return await self._client._request(request, update_hook._parse_response, timeout=timeout)

    async def delete(
        self,
        hook_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Delete a hook

        Master key only."""
        request = delete_hook._get_kwargs(
            check_path_param("hook_id", hook_id),
        )
        return await self._client._request(request, delete_hook._parse_response, timeout=timeout)


class AsyncHooksWithRawResponse:
    """`hooks.with_raw_response`: each method of `AsyncHooks`, answering a RawResponse."""

    def __init__(self, resource: AsyncHooks) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        type_: HookType | HookTypeParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Hook]]:
        """`list`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.list)(
            type_=type_,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        url: str,
        type_: HookType | HookTypeParams,
        id: None | str = None,
        name: None | str = None,
        active: bool | None = None,
        call_timeout: int | None = None,
        retry_count: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Hook]:
        """`create`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.create)(
            url=url,
            type_=type_,
            id=id,
            name=name,
            active=active,
            call_timeout=call_timeout,
            retry_count=retry_count,
            timeout=timeout,
        )

    async def get(
        self,
        hook_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Hook]:
        """`get`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.get)(
            hook_id,
            timeout=timeout,
        )

    async def update(
        self,
        hook_id: str,
        *,
        url: str,
        type_: HookType | HookTypeParams,
        name: None | str = None,
        active: bool | None = None,
        call_timeout: int | None = None,
        retry_count: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Hook]:
        """`update`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.update)(
            hook_id,
            url=url,
            type_=type_,
            name=name,
            active=active,
            call_timeout=call_timeout,
            retry_count=retry_count,
            timeout=timeout,
        )

    async def delete(
        self,
        hook_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`delete`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.delete)(
            hook_id,
            timeout=timeout,
        )
