# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag api_keys; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `api_keys` resource: `Blnk().api_keys` and `AsyncBlnk().api_keys`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from ..._deferred import DeferredModule
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._validation import building_request, check_constraints, check_path_param
from ...types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ...models import APIKey
    from ...models import create_api_key_request as _m_create_api_key_request
    from . import create_api_key, list_api_keys, revoke_api_key
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    _m_create_api_key_request = DeferredModule(
        globals(), "_m_create_api_key_request", "...models.create_api_key_request"
    )
    create_api_key = DeferredModule(globals(), "create_api_key", ".create_api_key")
    list_api_keys = DeferredModule(globals(), "list_api_keys", ".list_api_keys")
    revoke_api_key = DeferredModule(globals(), "revoke_api_key", ".revoke_api_key")

__all__ = [
    "AsyncApiKeys",
    "AsyncApiKeysWithRawResponse",
    "ApiKeys",
    "ApiKeysWithRawResponse",
]


class ApiKeys(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ApiKeysWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return ApiKeysWithRawResponse(self)

    def list(
        self,
        *,
        owner: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[APIKey]:
        """List an owner's API keys, newest first

        Unpaginated; revoked and expired keys are included. An owner without keys answers null.

        Requires scope `api-keys:read`."""
        check_constraints(
            "api_keys.list",
            {
                "owner": owner,
            },
            {"owner": {"minLength": 1, "type": "string"}},
        )
        request = list_api_keys._get_kwargs(
            owner=owner,
        )
        return self._client._request(request, list_api_keys._parse_response, timeout=timeout)

    def create(
        self,
        *,
        name: str,
        owner: str,
        scopes: builtins.list[str],
        expires_at: datetime.datetime,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> APIKey:
        """Create a scoped API key

        The answer carries the plaintext key, the only time it is ever shown; later reads hold its bcrypt hash. The master key may create keys for any owner with any scopes; a scoped key only for its own owner (else 403 AUTH_CROSS_OWNER_ACCESS) and only with scopes its own cover (else 403 AUTH_SCOPE_ESCALATION).

        Requires scope `api-keys:write`."""
        CreateAPIKeyRequest = _m_create_api_key_request.CreateAPIKeyRequest
        with building_request("api_keys.create"):
            body = CreateAPIKeyRequest(
                name=name,
                owner=owner,
                scopes=scopes,
                expires_at=expires_at,
            )
            given = body.to_dict()
        check_constraints(
            "api_keys.create",
            given,
            {
                "name": {"minLength": 1, "type": "string"},
                "owner": {"minLength": 1, "type": "string"},
                "expires_at": {"format": "date-time"},
            },
        )
        request = create_api_key._get_kwargs(
            body=body,
        )
        return self._client._request(request, create_api_key._parse_response, timeout=timeout)

    def revoke(
        self,
        api_key_id: str,
        *,
        owner: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Revoke an API key

        Marks the key revoked (it stays listed with is_revoked and revoked_at); requests made with it then answer 401 AUTH_EXPIRED_API_KEY.

        Requires scope `api-keys:delete`."""
        check_constraints(
            "api_keys.revoke",
            {
                "owner": owner,
            },
            {"owner": {"minLength": 1, "type": "string"}},
        )
        request = revoke_api_key._get_kwargs(
            check_path_param("api_key_id", api_key_id),
            owner=owner,
        )
        return self._client._request(request, revoke_api_key._parse_response, timeout=timeout)


class ApiKeysWithRawResponse:
    """`api_keys.with_raw_response`: each method of `ApiKeys`, answering a RawResponse."""

    def __init__(self, resource: ApiKeys) -> None:
        self._resource = resource

    def list(
        self,
        *,
        owner: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[APIKey]]:
        """`list`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.list)(
            owner=owner,
            timeout=timeout,
        )

    def create(
        self,
        *,
        name: str,
        owner: str,
        scopes: builtins.list[str],
        expires_at: datetime.datetime,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[APIKey]:
        """`create`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.create)(
            name=name,
            owner=owner,
            scopes=scopes,
            expires_at=expires_at,
            timeout=timeout,
        )

    def revoke(
        self,
        api_key_id: str,
        *,
        owner: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """`revoke`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.revoke)(
            api_key_id,
            owner=owner,
            timeout=timeout,
        )


class AsyncApiKeys(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncApiKeysWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncApiKeysWithRawResponse(self)

    async def list(
        self,
        *,
        owner: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[APIKey]:
        """List an owner's API keys, newest first

        Unpaginated; revoked and expired keys are included. An owner without keys answers null.

        Requires scope `api-keys:read`."""
        check_constraints(
            "api_keys.list",
            {
                "owner": owner,
            },
            {"owner": {"minLength": 1, "type": "string"}},
        )
        request = list_api_keys._get_kwargs(
            owner=owner,
        )
        return await self._client._request(request, list_api_keys._parse_response, timeout=timeout)

    async def create(
        self,
        *,
        name: str,
        owner: str,
        scopes: builtins.list[str],
        expires_at: datetime.datetime,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> APIKey:
        """Create a scoped API key

        The answer carries the plaintext key, the only time it is ever shown; later reads hold its bcrypt hash. The master key may create keys for any owner with any scopes; a scoped key only for its own owner (else 403 AUTH_CROSS_OWNER_ACCESS) and only with scopes its own cover (else 403 AUTH_SCOPE_ESCALATION).

        Requires scope `api-keys:write`."""
        CreateAPIKeyRequest = _m_create_api_key_request.CreateAPIKeyRequest
        with building_request("api_keys.create"):
            body = CreateAPIKeyRequest(
                name=name,
                owner=owner,
                scopes=scopes,
                expires_at=expires_at,
            )
            given = body.to_dict()
        check_constraints(
            "api_keys.create",
            given,
            {
                "name": {"minLength": 1, "type": "string"},
                "owner": {"minLength": 1, "type": "string"},
                "expires_at": {"format": "date-time"},
            },
        )
        request = create_api_key._get_kwargs(
            body=body,
        )
        return await self._client._request(request, create_api_key._parse_response, timeout=timeout)

    async def revoke(
        self,
        api_key_id: str,
        *,
        owner: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Revoke an API key

        Marks the key revoked (it stays listed with is_revoked and revoked_at); requests made with it then answer 401 AUTH_EXPIRED_API_KEY.

        Requires scope `api-keys:delete`."""
        check_constraints(
            "api_keys.revoke",
            {
                "owner": owner,
            },
            {"owner": {"minLength": 1, "type": "string"}},
        )
        request = revoke_api_key._get_kwargs(
            check_path_param("api_key_id", api_key_id),
            owner=owner,
        )
        return await self._client._request(request, revoke_api_key._parse_response, timeout=timeout)


class AsyncApiKeysWithRawResponse:
    """`api_keys.with_raw_response`: each method of `AsyncApiKeys`, answering a RawResponse."""

    def __init__(self, resource: AsyncApiKeys) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        owner: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[APIKey]]:
        """`list`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.list)(
            owner=owner,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        name: str,
        owner: str,
        scopes: builtins.list[str],
        expires_at: datetime.datetime,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[APIKey]:
        """`create`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.create)(
            name=name,
            owner=owner,
            scopes=scopes,
            expires_at=expires_at,
            timeout=timeout,
        )

    async def revoke(
        self,
        api_key_id: str,
        *,
        owner: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """`revoke`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.revoke)(
            api_key_id,
            owner=owner,
            timeout=timeout,
        )
