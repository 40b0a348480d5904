# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag backups; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `backups` resource: `Blnk().backups` and `AsyncBlnk().backups`.

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
    from . import backup_database, backup_database_to_s3
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    backup_database = DeferredModule(globals(), "backup_database", ".backup_database")
    backup_database_to_s3 = DeferredModule(globals(), "backup_database_to_s3", ".backup_database_to_s3")

__all__ = [
    "AsyncBackups",
    "AsyncBackupsWithRawResponse",
    "Backups",
    "BackupsWithRawResponse",
]


class Backups(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BackupsWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return BackupsWithRawResponse(self)

    def to_disk(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Dump the database to the server's backup_dir

        Runs pg_dump synchronously on the server (it must be installed there) into <backup_dir>/<date>/. The request waits for the dump, and is not retried after a timeout (a retry would start a second dump).

        Requires scope `backup:read`."""
        request = backup_database._get_kwargs()
        return self._client._request(request, backup_database._parse_response, timeout=timeout, idempotent=False)

    def to_s3(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Dump the database and upload the dump to S3

        A disk backup as GET /backup does, then an upload to s3_bucket_name with the s3_* and aws_* settings. Only the master key can call it: `backup-s3` is no known resource, so every scoped key gets 403 AUTH_UNKNOWN_RESOURCE.

        Master key only."""
        request = backup_database_to_s3._get_kwargs()
        return self._client._request(request, backup_database_to_s3._parse_response, timeout=timeout, idempotent=False)


class BackupsWithRawResponse:
    """`backups.with_raw_response`: each method of `Backups`, answering a RawResponse."""

    def __init__(self, resource: Backups) -> None:
        self._resource = resource

    def to_disk(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """`to_disk`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.to_disk)(
            timeout=timeout,
        )

    def to_s3(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """`to_s3`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.to_s3)(
            timeout=timeout,
        )


class AsyncBackups(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBackupsWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncBackupsWithRawResponse(self)

    async def to_disk(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Dump the database to the server's backup_dir

        Runs pg_dump synchronously on the server (it must be installed there) into <backup_dir>/<date>/. The request waits for the dump, and is not retried after a timeout (a retry would start a second dump).

        Requires scope `backup:read`."""
        request = backup_database._get_kwargs()
        return await self._client._request(request, backup_database._parse_response, timeout=timeout, idempotent=False)

    async def to_s3(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Dump the database and upload the dump to S3

        A disk backup as GET /backup does, then an upload to s3_bucket_name with the s3_* and aws_* settings. Only the master key can call it: `backup-s3` is no known resource, so every scoped key gets 403 AUTH_UNKNOWN_RESOURCE.

        Master key only."""
        request = backup_database_to_s3._get_kwargs()
        return await self._client._request(
            request, backup_database_to_s3._parse_response, timeout=timeout, idempotent=False
        )


class AsyncBackupsWithRawResponse:
    """`backups.with_raw_response`: each method of `AsyncBackups`, answering a RawResponse."""

    def __init__(self, resource: AsyncBackups) -> None:
        self._resource = resource

    async def to_disk(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """`to_disk`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.to_disk)(
            timeout=timeout,
        )

    async def to_s3(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """`to_s3`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.to_s3)(
            timeout=timeout,
        )
