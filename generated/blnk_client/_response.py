# Generated: copied from overlays/runtime/_response.py; edit that file.
"""`with_raw_response`: the same call, answered with the HTTP response beside the parsed body."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Generic, ParamSpec, TypeVar

import httpx

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

# Set for the duration of one wrapped call; the client then answers a RawResponse instead of the body.
RAW_RESPONSE: ContextVar[bool] = ContextVar("blnk_raw_response", default=False)


class RawResponse(Generic[T]):
    """A successful answer: `parse()` is what the plain call returns; errors still raise."""

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response = http_response
        self._parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = RAW_RESPONSE.set(True)
        try:
            return func(*args, **kwargs)  # type: ignore[return-value]  # the client answers a RawResponse
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = RAW_RESPONSE.set(True)
        try:
            return await func(*args, **kwargs)  # type: ignore[return-value]  # the client answers a RawResponse
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped
