"""The `identities` resource: `Blnk().identities` and `AsyncBlnk().identities`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cached_property

from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, JSONValue, NotGiven, TimeoutTypes
from ..._validation import check_constraints, check_path_param
from ...models import CreateIdentityRequest, Identity, MetaData
from ...types import UNSET, Unset
from . import create_identity, get_identity

__all__ = [
    "AsyncIdentities",
    "AsyncIdentitiesWithRawResponse",
    "Identities",
    "IdentitiesWithRawResponse",
]


class Identities(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> IdentitiesWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return IdentitiesWithRawResponse(self)

    def create(
        self,
        *,
        identity_id: str | Unset = UNSET,
        identity_type: str | Unset = UNSET,
        organization_name: str | Unset = UNSET,
        category: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        other_names: str | Unset = UNSET,
        gender: str | Unset = UNSET,
        dob: datetime.datetime | Unset = UNSET,
        email_address: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        nationality: str | Unset = UNSET,
        street: str | Unset = UNSET,
        country: str | Unset = UNSET,
        state: str | Unset = UNSET,
        post_code: str | Unset = UNSET,
        city: str | Unset = UNSET,
        meta_data: Mapping[str, JSONValue] | None | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Identity:
        """Create Identity

        The server validates nothing here; an identity_id, when given, must be idt_<uuid>, and a duplicate one answers 400 IDT_VALIDATION_ERROR (not 409)."""
        body = CreateIdentityRequest(
            identity_id=identity_id,
            identity_type=identity_type,
            organization_name=organization_name,
            category=category,
            first_name=first_name,
            last_name=last_name,
            other_names=other_names,
            gender=gender,
            dob=dob,
            email_address=email_address,
            phone_number=phone_number,
            nationality=nationality,
            street=street,
            country=country,
            state=state,
            post_code=post_code,
            city=city,
            meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
        )
        given = body.to_dict()
        check_constraints("identities.create", given, {"identity_id": {"pattern": "^idt_[0-9a-fA-F-]{36}$"}})
        request = create_identity._get_kwargs(
            body=body,
        )
        return self._client._request(request, create_identity._parse_response, timeout=timeout)

    def get(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Identity:
        """Get an identity"""
        request = get_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
        )
        return self._client._request(request, get_identity._parse_response, timeout=timeout)


class IdentitiesWithRawResponse:
    def __init__(self, resource: Identities) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncIdentities(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncIdentitiesWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncIdentitiesWithRawResponse(self)

    async def create(
        self,
        *,
        identity_id: str | Unset = UNSET,
        identity_type: str | Unset = UNSET,
        organization_name: str | Unset = UNSET,
        category: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        other_names: str | Unset = UNSET,
        gender: str | Unset = UNSET,
        dob: datetime.datetime | Unset = UNSET,
        email_address: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        nationality: str | Unset = UNSET,
        street: str | Unset = UNSET,
        country: str | Unset = UNSET,
        state: str | Unset = UNSET,
        post_code: str | Unset = UNSET,
        city: str | Unset = UNSET,
        meta_data: Mapping[str, JSONValue] | None | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Identity:
        """Create Identity

        The server validates nothing here; an identity_id, when given, must be idt_<uuid>, and a duplicate one answers 400 IDT_VALIDATION_ERROR (not 409)."""
        body = CreateIdentityRequest(
            identity_id=identity_id,
            identity_type=identity_type,
            organization_name=organization_name,
            category=category,
            first_name=first_name,
            last_name=last_name,
            other_names=other_names,
            gender=gender,
            dob=dob,
            email_address=email_address,
            phone_number=phone_number,
            nationality=nationality,
            street=street,
            country=country,
            state=state,
            post_code=post_code,
            city=city,
            meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
        )
        given = body.to_dict()
        check_constraints("identities.create", given, {"identity_id": {"pattern": "^idt_[0-9a-fA-F-]{36}$"}})
        request = create_identity._get_kwargs(
            body=body,
        )
        return await self._client._request(request, create_identity._parse_response, timeout=timeout)

    async def get(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Identity:
        """Get an identity"""
        request = get_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
        )
        return await self._client._request(request, get_identity._parse_response, timeout=timeout)


class AsyncIdentitiesWithRawResponse:
    def __init__(self, resource: AsyncIdentities) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
