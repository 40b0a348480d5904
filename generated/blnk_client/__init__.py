"""Typed Python client for Blnk Core, generated from a corrected OpenAPI description."""

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
    InternalServerError,
    LockedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReferenceConflictError,
    RouteNotFoundError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)
from ._response import RawResponse
from ._types import NOT_GIVEN, JSONValue, NotGiven
from .client import AsyncBlnk, Blnk
from .types import UNSET, Unset

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
    "ServiceUnavailableError",
    "UnprocessableEntityError",
    "Unset",
]
