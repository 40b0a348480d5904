# Generated: copied from overlays/runtime/_exceptions.py; edit that file.
"""Typed exceptions: one class per kind of failure, each carrying what the server said.

Every exception the package raises is defined here and exported from `blnk_client`; `webhooks`
and `waiting` re-export their own.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

    from .models import Transaction
    from .types import JSONValue

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BlnkError",
    "BlnkValidationError",
    "ClientClosedError",
    "ConflictError",
    "InexactWebhookEvent",
    "InternalServerError",
    "LockedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReferenceConflictError",
    "RouteNotFoundError",
    "ServiceUnavailableError",
    "TransactionWaitTimeout",
    "UnknownWebhookEvent",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]


class BlnkError(Exception):
    """Base class of every exception this package raises.

    Every subclass pickles (error reporters, multiprocessing and task queues send exceptions
    between processes) whatever its `__init__` takes: the instance is rebuilt from its state.
    """

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[BlnkError], args: tuple[object, ...], state: dict[str, object]) -> BlnkError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    if "status" in state:  # pickled by a release that named it `status`
        state = {("status_code" if name == "status" else name): value for name, value in state.items()}
    error.__dict__.update(state)
    return error


class BlnkValidationError(BlnkError, ValueError):
    """A request was rejected by the client before anything was sent."""

    def __init__(self, message: str, *, fields: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields


class ClientClosedError(BlnkError):
    """The client was closed (`close()`, or its `with` block ended); nothing was sent."""


class APIError(BlnkError):
    """The request was sent; something went wrong with it or its answer."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before an answer arrived."""


class APITimeoutError(APIConnectionError):
    """No answer arrived within the timeout."""


class _Answered:
    """An error that came with an answer: `status_code` is its HTTP status, as on httpx and RawResponse."""

    status_code: int

    @property
    def status(self) -> int:
        """Deprecated alias of `status_code`."""
        warnings.warn("`status` is deprecated: read `status_code`", DeprecationWarning, stacklevel=2)
        return self.status_code


class APIResponseValidationError(APIError, _Answered):
    """The server answered with a body this client cannot read (not JSON, or the wrong shape)."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code: int = response.status_code


class APIStatusError(APIError, _Answered):
    """The server answered with a 4xx or 5xx status.

    `code` is the server's `error_detail.code` (for example `BAL_NOT_FOUND`), the value to branch
    on; `message` and `details` come from the same object, with the legacy `error`/`errors`
    fields as the fallback for answers that lack it.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None,
        details: object = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code: int = response.status_code
        self.code = code
        self.details = details

    def __str__(self) -> str:
        code = f" {self.code}" if self.code else ""
        return f"{self.status_code}{code}: {self.message}"


class BadRequestError(APIStatusError):
    """400: the server refused the request as malformed or invalid."""


class AuthenticationError(APIStatusError):
    """401: no API key, or one the server does not accept."""


class PermissionDeniedError(APIStatusError):
    """403: the key lacks the scope, or the route needs the master key."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class RouteNotFoundError(NotFoundError):
    """404 from the router itself (text/plain `404 page not found`): this server has no such route.

    The server is older than the release that added the operation (`since`, None when every
    supported release has it: then the base URL is wrong). `route` is the operation as
    `METHOD /template`, `code` is `ROUTE_NOT_FOUND`. A subclass of NotFoundError, so code that
    treats "not there" alike keeps working; catch this class to tell a missing route from a
    missing record.
    """

    def __init__(self, message: str, *, response: httpx.Response, route: str | None, since: str | None) -> None:
        super().__init__(message, response=response, code="ROUTE_NOT_FOUND")
        self.route = route
        self.since = since


class ConflictError(APIStatusError):
    """409: duplicate reference, already committed or voided, action already queued, ..."""


class ReferenceConflictError(ConflictError):
    """The reference is stored for another posting: this request was not recorded.

    `stored` is the transaction the server keeps under the reference and `differences` names the
    request fields that disagree with it. `response` is the answer that revealed the clash: the
    409, or on the queue the 201 whose transaction the server never stores (then `status_code` is 201).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str,
        stored: Transaction,
        differences: tuple[str, ...],
    ) -> None:
        super().__init__(message, response=response, code=code, details={"differences": list(differences)})
        self.stored = stored
        self.differences = differences


class UnprocessableEntityError(APIStatusError):
    """422."""


class LockedError(APIStatusError):
    """423: the balance is locked by another transaction; safe to retry later."""


class RateLimitError(APIStatusError):
    """429: rate limited, or too many asynchronous bulk batches."""


class InternalServerError(APIStatusError):
    """5xx other than 503."""


class ServiceUnavailableError(InternalServerError):
    """503: the server shed load (for example QUEUE_BACKPRESSURE)."""


class WebhookVerificationError(BlnkError):
    """The delivery is unsigned, wrongly signed, stale, or not a Blnk event."""


class UnknownWebhookEvent(BlnkError):
    """A correctly signed event this client does not know yet (a newer server): acknowledge it.

    It is an error rather than a loosely typed event so that `construct_event` can promise the
    exact shape of every event it returns.
    """

    def __init__(self, event: str, data: JSONValue) -> None:
        super().__init__(f"verified webhook with an event this client does not know: {event!r}")
        self.event = event
        self.data = data


class InexactWebhookEvent(BlnkError):
    """A correctly signed event whose amounts the server rounded beyond repair: acknowledge it and
    read the record from the API. `fields` names the rounded values ("data.balance", ...)."""

    def __init__(self, event: str, fields: tuple[str, ...], data: JSONValue) -> None:
        super().__init__(f"verified {event!r} webhook whose server-rounded amounts cannot be restored: {fields}")
        self.event = event
        self.fields = fields
        self.data = data


class TransactionWaitTimeout(BlnkError):
    """The transaction (or a leg of the batch) was not applied, held or rejected within the deadline."""

    def __init__(self, reference: str, seconds: float, last: Transaction | None) -> None:
        state = f"last seen {last.status}" if last is not None else "not picked up by the workers"
        super().__init__(f"transaction {reference!r} did not settle within {seconds:g} s ({state})")
        self.reference = reference
        self.last = last


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    423: LockedError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def error_class_for(status: int) -> type[APIStatusError]:
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    return InternalServerError if status >= 500 else APIStatusError
