# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag metadata; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `metadata` resource: `Blnk().metadata` and `AsyncBlnk().metadata`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from ..._deferred import DeferredModule
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._validation import building_request, check_path_param
from ...types import NOT_GIVEN, JSONValue, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ...models import MetadataResponse
    from ...models import meta_data as _m_meta_data
    from ...models import update_metadata_request as _m_update_metadata_request
    from . import update_metadata
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    _m_meta_data = DeferredModule(globals(), "_m_meta_data", "...models.meta_data")
    _m_update_metadata_request = DeferredModule(
        globals(), "_m_update_metadata_request", "...models.update_metadata_request"
    )
    update_metadata = DeferredModule(globals(), "update_metadata", ".update_metadata")

__all__ = [
    "AsyncMetadata",
    "AsyncMetadataWithRawResponse",
    "Metadata",
    "MetadataWithRawResponse",
]


class Metadata(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> MetadataWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return MetadataWithRawResponse(self)

    def update(
        self,
        entity_id: str,
        *,
        meta_data: Mapping[str, JSONValue] | None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MetadataResponse:
        """Merge keys into an entity's metadata

        The entity type comes from the id's prefix: txn_ and bulk_ (transactions), ldg_ (ledgers), bln_ (balances), idt_ (identities); any other prefix answers 400 META_INVALID_ENTITY_ID and a missing entity 404 META_ENTITY_NOT_FOUND. The new keys are merged shallowly into the stored object (a key's value is replaced, nested objects are not merged) and the merged object is answered. For a transaction every row whose parent_transaction is that id is updated too, and only the keys sent are answered. Scoped API keys are refused (403 AUTH_UNKNOWN_RESOURCE: the first path segment is not a resource), so only the master key can call this.

        Master key only."""
        MetaData = _m_meta_data.MetaData
        UpdateMetadataRequest = _m_update_metadata_request.UpdateMetadataRequest
        with building_request("metadata.update"):
            body = UpdateMetadataRequest(
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            body.to_dict()  # serialized here so that a bad argument fails as BlnkValidationError
        request = update_metadata._get_kwargs(
            check_path_param("entity_id", entity_id),
            body=body,
        )
        return self._client._request(request, update_metadata._parse_response, timeout=timeout)


class MetadataWithRawResponse:
    """`metadata.with_raw_response`: each method of `Metadata`, answering a RawResponse."""

    def __init__(self, resource: Metadata) -> None:
        self._resource = resource

    def update(
        self,
        entity_id: str,
        *,
        meta_data: Mapping[str, JSONValue] | None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MetadataResponse]:
        """`update`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.update)(
            entity_id,
            meta_data=meta_data,
            timeout=timeout,
        )


class AsyncMetadata(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncMetadataWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncMetadataWithRawResponse(self)

    async def update(
        self,
        entity_id: str,
        *,
        meta_data: Mapping[str, JSONValue] | None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MetadataResponse:
        """Merge keys into an entity's metadata

        The entity type comes from the id's prefix: txn_ and bulk_ (transactions), ldg_ (ledgers), bln_ (balances), idt_ (identities); any other prefix answers 400 META_INVALID_ENTITY_ID and a missing entity 404 META_ENTITY_NOT_FOUND. The new keys are merged shallowly into the stored object (a key's value is replaced, nested objects are not merged) and the merged object is answered. For a transaction every row whose parent_transaction is that id is updated too, and only the keys sent are answered. Scoped API keys are refused (403 AUTH_UNKNOWN_RESOURCE: the first path segment is not a resource), so only the master key can call this.

        Master key only."""
        MetaData = _m_meta_data.MetaData
        UpdateMetadataRequest = _m_update_metadata_request.UpdateMetadataRequest
        with building_request("metadata.update"):
            body = UpdateMetadataRequest(
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            body.to_dict()  # serialized here so that a bad argument fails as BlnkValidationError
        request = update_metadata._get_kwargs(
            check_path_param("entity_id", entity_id),
            body=body,
        )
        return await self._client._request(request, update_metadata._parse_response, timeout=timeout)


class AsyncMetadataWithRawResponse:
    """`metadata.with_raw_response`: each method of `AsyncMetadata`, answering a RawResponse."""

    def __init__(self, resource: AsyncMetadata) -> None:
        self._resource = resource

    async def update(
        self,
        entity_id: str,
        *,
        meta_data: Mapping[str, JSONValue] | None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MetadataResponse]:
        """`update`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.update)(
            entity_id,
            meta_data=meta_data,
            timeout=timeout,
        )
