# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag system; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `system` resource: `Blnk().system` and `AsyncBlnk().system`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._deferred import DeferredModule
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ...types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ...models import HealthStatus
    from . import get_health, get_server_status
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    get_health = DeferredModule(globals(), "get_health", ".get_health")
    get_server_status = DeferredModule(globals(), "get_server_status", ".get_server_status")

__all__ = [
    "AsyncSystem",
    "AsyncSystemWithRawResponse",
    "System",
    "SystemWithRawResponse",
]


class System(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SystemWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return SystemWithRawResponse(self)

    def ping(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Is the server running

        Needs no key. The answer is the JSON string "server running..."."""
        request = get_server_status._get_kwargs()
        return self._client._request(request, get_server_status._parse_response, timeout=timeout)

    def health(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> HealthStatus:
        """Whether the server can reach its database

        Needs no key and checks Postgres only (not Redis, Typesense or the workers). A server that cannot reach its database answers 503 with the same {status, reason} object, not the error envelope."""
        request = get_health._get_kwargs()
        return self._client._request(request, get_health._parse_response, timeout=timeout)


class SystemWithRawResponse:
    """`system.with_raw_response`: each method of `System`, answering a RawResponse."""

    def __init__(self, resource: System) -> None:
        self._resource = resource

    def ping(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """`ping`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.ping)(
            timeout=timeout,
        )

    def health(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[HealthStatus]:
        """`health`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.health)(
            timeout=timeout,
        )


class AsyncSystem(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSystemWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncSystemWithRawResponse(self)

    async def ping(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Is the server running

        Needs no key. The answer is the JSON string "server running..."."""
        request = get_server_status._get_kwargs()
        return await self._client._request(request, get_server_status._parse_response, timeout=timeout)

    async def health(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> HealthStatus:
        """Whether the server can reach its database

        Needs no key and checks Postgres only (not Redis, Typesense or the workers). A server that cannot reach its database answers 503 with the same {status, reason} object, not the error envelope."""
        request = get_health._get_kwargs()
        return await self._client._request(request, get_health._parse_response, timeout=timeout)


class AsyncSystemWithRawResponse:
    """`system.with_raw_response`: each method of `AsyncSystem`, answering a RawResponse."""

    def __init__(self, resource: AsyncSystem) -> None:
        self._resource = resource

    async def ping(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """`ping`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.ping)(
            timeout=timeout,
        )

    async def health(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[HealthStatus]:
        """`health`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.health)(
            timeout=timeout,
        )
