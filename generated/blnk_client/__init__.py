# Generated: made by overlays/templates/package_init.py.jinja from spec/blnk-openapi.resolved.json; edit overlays/templates/package_init.py.jinja.
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
from .client import AsyncBlnk, Blnk
from .types import NOT_GIVEN, JSONValue, NotGiven

__version__ = "0.1.0"

__all__ = [
    "NOT_GIVEN",
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
    "WebhookVerificationError",
]
