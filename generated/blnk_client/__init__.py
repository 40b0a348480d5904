"""Typed Python client for Blnk Core, generated from a corrected OpenAPI description."""

from typing import TYPE_CHECKING

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BlnkError,
    BlnkValidationError,
    ClientClosedError,
    ConflictError,
    InexactWebhookEvent,
    InternalServerError,
    LockedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReferenceConflictError,
    RouteNotFoundError,
    ServiceUnavailableError,
    TransactionWaitTimeout,
    UnknownWebhookEvent,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._response import RawResponse
from ._retries import RetryPolicy
from ._types import NOT_GIVEN, JSONValue, NotGiven
from .client import AsyncBlnk, Blnk

if TYPE_CHECKING:
    from .types import UNSET, Unset


def __getattr__(name: str) -> object:
    # UNSET and Unset live in .types, which imports attrs: load it on first use only.
    if name in ("UNSET", "Unset"):
        from . import types

        return getattr(types, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__version__ = "0.1.0"

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBlnk",
    "AuthenticationError",
    "BadRequestError",
    "Blnk",
    "BlnkError",
    "BlnkValidationError",
    "ClientClosedError",
    "ConflictError",
    "InexactWebhookEvent",
    "InternalServerError",
    "JSONValue",
    "LockedError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "ReferenceConflictError",
    "RouteNotFoundError",
    "RawResponse",
    "RetryPolicy",
    "ServiceUnavailableError",
    "TransactionWaitTimeout",
    "UnknownWebhookEvent",
    "UnprocessableEntityError",
    "Unset",
    "WebhookVerificationError",
]
