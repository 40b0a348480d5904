# Generated: copied from overlays/runtime/_base_client.py; edit that file.
"""Transport for `Blnk` and `AsyncBlnk`: configuration, auth, timeouts, errors, and the send loops
that retry as `_retries` decides.

Generated resources describe an operation (its module's `_get_kwargs` and `_parse_response`);
this module sends it. The sync and async clients differ only in how they wait.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx

from ._exceptions import (
    APIResponseValidationError,
    APIStatusError,
    BlnkError,
    BlnkValidationError,
    ClientClosedError,
    NotFoundError,
)
from ._response import RAW_RESPONSE, RawResponse
from ._retries import Attempts, RetryPolicy, client_policy
from ._secrets import API_KEY_HEADER, redact_sent
from .types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # imported by the creates that deduplicate, on their first call (cold start)
    from ._idempotency import Deduplication

__all__ = ["DEFAULT_TIMEOUT", "AsyncAPIClient", "SyncAPIClient"]

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
BASE_URL_ENV = "BLNK_BASE_URL"
API_KEY_ENV = "BLNK_API_KEY"


class BaseClient:
    def __init__(
        self,
        *,
        base_url: str | None,
        api_key: str | None,
        timeout: TimeoutTypes,
        max_retries: int | NotGiven,
        retry_policy: RetryPolicy | None,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        base_url = base_url or os.environ.get(BASE_URL_ENV)
        if not base_url:
            raise BlnkError(f"no base_url given and {BASE_URL_ENV} is not set")
        self.retry_policy: RetryPolicy = client_policy(max_retries, retry_policy)
        self._base_url = httpx.URL(base_url.rstrip("/") + "/")
        # Operation paths are appended as text: httpx.URL.join re-parses both URLs (~100 us a call).
        self._url_prefix = str(self._base_url)
        self.__api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        self.timeout = timeout
        self._default_headers = dict(default_headers or {})

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @property
    def timeout(self) -> TimeoutTypes:
        return self._timeout

    @timeout.setter
    def timeout(self, value: TimeoutTypes) -> None:
        self._httpx_timeout = httpx.Timeout(value)  # made once, not on every call that keeps the default
        self._timeout = value

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        kwargs: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
    ) -> httpx.Request:
        if http.is_closed:
            raise ClientClosedError(f"{type(self).__name__} is closed; open a new client to send requests")
        effective = self._httpx_timeout if isinstance(timeout, NotGiven) else httpx.Timeout(timeout)
        # No Accept header of our own: Blnk answers JSON (or text/plain) whatever it says, and overriding
        # httpx's `*/*` costs ~3 us a call in httpx's header merging.
        headers = {**self._default_headers, **kwargs.get("headers", {})}
        if self.__api_key:
            headers[API_KEY_HEADER] = self.__api_key
        try:
            return http.build_request(
                method=kwargs["method"],
                url=self._url_prefix + kwargs["url"].lstrip("/"),
                params=kwargs.get("params"),
                json=kwargs.get("json"),
                files=kwargs.get("files"),
                data=kwargs.get("data"),
                headers=headers,
                extensions={"timeout": effective.as_dict()},
            )
        except (TypeError, ValueError) as exc:  # a value inside a nested argument that JSON cannot carry
            if kwargs.get("json") is None:
                raise
            raise BlnkValidationError(
                f"{kwargs['method'].upper()} {kwargs['url']}: the request body cannot be sent as JSON ({exc}); "
                "a Decimal is sent exactly only as a transaction amount with its precision"
            ) from None

    @staticmethod
    def _parse(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        if not response.is_success:
            raise _status_error(response)
        try:
            parsed = parse(response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise APIResponseValidationError(_unreadable(response, exc), response=response) from exc
        if RAW_RESPONSE.get():
            return cast(T, RawResponse(response, parsed))
        return parsed

    def __repr__(self) -> str:
        key = "'<redacted>'" if self.__api_key else None
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, api_key={key})"


def _status_error(response: httpx.Response) -> APIStatusError:
    """The typed error of a 4xx/5xx answer. Its module (and _releases) load on the first error
    answer, not on every cold start."""
    from ._error_response import error_from_response

    return error_from_response(response)


def _unreadable(response: httpx.Response, exc: Exception) -> str:
    """Why an answer cannot be read: the fields missing (an answer older than the window), and for
    a create the warning that the record may be stored all the same."""
    from ._releases import SUPPORTED

    request = response.request
    text = f"{request.method} {request.url.path} answered {response.status_code} with a body this client cannot read"
    missing = _missing_fields(response, exc)
    if missing:
        text += (
            f": it lacks {', '.join(repr(f) for f in missing)}, which every Blnk release this client supports "
            f"({', '.join(SUPPORTED)}) sends; the server (or the example) is older than v0.12.2"
        )
    else:
        text += f": {type(exc).__name__}: {exc}"
    if request.method == "POST" and response.is_success:
        text += (
            "; the server accepted the request, so the posting may have been stored: look it up "
            "(by its reference) before sending it again"
        )
    return text


def _missing_fields(response: httpx.Response, exc: Exception) -> list[str]:
    """The required fields absent from the answer, for the model whose field the parser missed."""
    from ._releases import REQUIRED

    if not isinstance(exc, KeyError) or not exc.args:
        return []
    try:
        body = response.json()
    except ValueError:
        return []
    rows = body.get("data") if isinstance(body, dict) and isinstance(body.get("data"), list) else None
    rows = rows if rows is not None else (body if isinstance(body, list) else [body])
    key = str(exc.args[0])
    best: list[str] = [key]
    best_overlap = -1
    for row in rows:
        if not isinstance(row, dict) or key in row:
            continue
        for fields in REQUIRED.values():
            if key in fields:
                overlap = sum(f in row for f in fields)
                if overlap > best_overlap:
                    best_overlap, best = overlap, [f for f in fields if f not in row]
        break
    return best


def _readable(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T | None:
    """A success's parsed answer; None for an error or a body mangled on the way."""
    if not response.is_success:
        return None
    try:
        return BaseClient._parse(response, parse)
    except APIResponseValidationError:
        return None  # applied, perhaps: the record stored under the key answers


def _with_response(fetch: Callable[[], T]) -> tuple[T, httpx.Response]:
    token = RAW_RESPONSE.set(True)
    try:
        raw = cast(RawResponse[T], fetch())
    finally:
        RAW_RESPONSE.reset(token)
    return raw.parse(), raw.http_response


async def _async_with_response(fetch: Callable[[], Awaitable[T]]) -> tuple[T, httpx.Response]:
    token = RAW_RESPONSE.set(True)
    try:
        raw = cast(RawResponse[T], await fetch())
    finally:
        RAW_RESPONSE.reset(token)
    return raw.parse(), raw.http_response


class SyncAPIClient(BaseClient):
    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            default_headers=default_headers,
        )
        self._http = http_client or httpx.Client()

    def _request(
        self,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        idempotent: bool | None = None,
    ) -> T:
        response = self._send(kwargs, timeout, idempotent)
        return self._parse(response, parse)

    def _send(
        self, kwargs: Mapping[str, Any], timeout: TimeoutTypes | NotGiven, idempotent: bool | None
    ) -> httpx.Response:
        """The final response, after the retries the policy allows."""
        request = self._build_request(self._http, kwargs, timeout)
        attempts = Attempts(request, self.retry_policy, idempotent)
        try:
            while True:
                try:
                    response = self._http.send(request)
                except httpx.TransportError as error:
                    time.sleep(attempts.after_error(error))
                    continue
                wait = attempts.after_response(response)
                if wait is None:
                    return response
                response.close()
                time.sleep(wait)
        finally:
            redact_sent(request)

    def _create_once(
        self,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        dedupe: Deduplication[Callable[[], T], Callable[[str], object]],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """Send a create the server deduplicates on `dedupe.key`; see _idempotency."""
        raw = RAW_RESPONSE.get()
        token = RAW_RESPONSE.set(False)  # the lookups below must answer records, not RawResponses
        try:
            answer, answered_by = self._created(kwargs, parse, dedupe, timeout)
        finally:
            RAW_RESPONSE.reset(token)
        return cast(T, RawResponse(answered_by, answer)) if raw else answer

    def _created(
        self,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        dedupe: Deduplication[Callable[[], T], Callable[[str], object]],
        timeout: TimeoutTypes | NotGiven,
    ) -> tuple[T, httpx.Response]:
        """This call's record and the response that answered it."""
        response = self._send(kwargs, timeout, idempotent=True)
        own = _readable(response, parse)
        if own is not None and not dedupe.is_unchecked(own):
            return own, response  # the server checked the key itself
        if not response.is_success and not dedupe.is_duplicate(response):
            raise _status_error(response)
        found = self._stored(dedupe, response, own) if dedupe.readable else None
        if found is not None:
            return found
        if own is not None:
            return own, response  # nothing stored under the key yet, so it was not taken
        return self._parse(response, parse), response  # raises the 409 or the unreadable answer

    def _stored(
        self,
        dedupe: Deduplication[Callable[[], T], Callable[[str], object]],
        answered: httpx.Response,
        own: T | None,
    ) -> tuple[T, httpx.Response] | None:
        """The record under the key when it is this call's (polled: queued creates store late).

        Raises ReferenceConflictError when the key holds another posting.
        """
        from ._idempotency import LOOKUP_DELAYS

        for delay in (0.0, *LOOKUP_DELAYS):
            time.sleep(delay)
            try:
                stored, read = _with_response(dedupe.lookup)
            except NotFoundError:
                continue
            if own is not None and dedupe.is_own(own, stored):
                return own, answered
            balance_ids = {}
            for indicator in dedupe.indicators(stored):
                # an indicator never used in this currency (404) cannot name the stored balance
                with contextlib.suppress(NotFoundError):
                    balance_ids[indicator] = str(getattr(dedupe.resolve(indicator), "balance_id", ""))
            differences = dedupe.differences(stored, balance_ids)
            if differences:
                raise dedupe.conflict(stored, differences, answered)
            return stored, read
        return None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            default_headers=default_headers,
        )
        self._http = http_client or httpx.AsyncClient()

    async def _request(
        self,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        idempotent: bool | None = None,
    ) -> T:
        response = await self._send(kwargs, timeout, idempotent)
        return self._parse(response, parse)

    async def _send(
        self, kwargs: Mapping[str, Any], timeout: TimeoutTypes | NotGiven, idempotent: bool | None
    ) -> httpx.Response:
        """The final response, after the retries the policy allows."""
        import asyncio  # here, not at the top: `import blnk_client` should not pay for asyncio

        request = self._build_request(self._http, kwargs, timeout)
        attempts = Attempts(request, self.retry_policy, idempotent)
        try:
            while True:
                try:
                    response = await self._http.send(request)
                except httpx.TransportError as error:
                    await asyncio.sleep(attempts.after_error(error))
                    continue
                wait = attempts.after_response(response)
                if wait is None:
                    await response.aread()
                    return response
                await response.aclose()
                await asyncio.sleep(wait)
        finally:
            redact_sent(request)

    async def _create_once(
        self,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        dedupe: Deduplication[Callable[[], Awaitable[T]], Callable[[str], Awaitable[object]]],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> T:
        """Send a create the server deduplicates on `dedupe.key`; see _idempotency."""
        raw = RAW_RESPONSE.get()
        token = RAW_RESPONSE.set(False)  # the lookups below must answer records, not RawResponses
        try:
            answer, answered_by = await self._created(kwargs, parse, dedupe, timeout)
        finally:
            RAW_RESPONSE.reset(token)
        return cast(T, RawResponse(answered_by, answer)) if raw else answer

    async def _created(
        self,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        dedupe: Deduplication[Callable[[], Awaitable[T]], Callable[[str], Awaitable[object]]],
        timeout: TimeoutTypes | NotGiven,
    ) -> tuple[T, httpx.Response]:
        """This call's record and the response that answered it."""
        response = await self._send(kwargs, timeout, idempotent=True)
        own = _readable(response, parse)
        if own is not None and not dedupe.is_unchecked(own):
            return own, response
        if not response.is_success and not dedupe.is_duplicate(response):
            raise _status_error(response)
        found = await self._stored(dedupe, response, own) if dedupe.readable else None
        if found is not None:
            return found
        if own is not None:
            return own, response
        return self._parse(response, parse), response

    async def _stored(
        self,
        dedupe: Deduplication[Callable[[], Awaitable[T]], Callable[[str], Awaitable[object]]],
        answered: httpx.Response,
        own: T | None,
    ) -> tuple[T, httpx.Response] | None:
        import asyncio

        from ._idempotency import LOOKUP_DELAYS

        for delay in (0.0, *LOOKUP_DELAYS):
            await asyncio.sleep(delay)
            try:
                stored, read = await _async_with_response(dedupe.lookup)
            except NotFoundError:
                continue
            if own is not None and dedupe.is_own(own, stored):
                return own, answered
            balance_ids = {}
            for indicator in dedupe.indicators(stored):
                with contextlib.suppress(NotFoundError):
                    balance_ids[indicator] = str(getattr(await dedupe.resolve(indicator), "balance_id", ""))
            differences = dedupe.differences(stored, balance_ids)
            if differences:
                raise dedupe.conflict(stored, differences, answered)
            return stored, read
        return None

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
