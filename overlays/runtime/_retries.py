"""When a failed attempt is sent again, and how long to wait first: every retry decision is here.

A request the server may already have acted on is retried only when repeating it cannot
change the outcome (`idempotent`: the methods in IDEMPOTENT_METHODS, or the operation's own
`x-blnk-retry-safe` from the overlays). Connection failures before the request left and 429/503
answers (the server refused before doing anything) are safe to retry for any request. The
clients' send loops in `_base_client` only send and sleep for as long as `Attempts` says.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import time
from collections.abc import Set
from dataclasses import dataclass
from typing import NoReturn

import httpx

from ._exceptions import APIConnectionError, APITimeoutError, BlnkValidationError
from .types import NotGiven

__all__ = ["RetryPolicy"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

logger = logging.getLogger("blnk_client")


@dataclass(frozen=True)
class RetryPolicy:
    """How `Blnk` and `AsyncBlnk` retry a failed attempt; give one as `retry_policy=`.

    The defaults are the clients' own. Every value is checked when the policy is made: a bad one
    raises `BlnkValidationError` before any client or request exists.

    Attributes:
        max_retries: attempts after the first one (0: a single attempt). `max_retries=` on the
            client sets only this.
        initial_delay: seconds before the first retry; each next retry waits twice as long.
        max_delay: the most seconds any backoff waits.
        jitter: the fraction of the backoff taken off at random, so that clients that failed
            together do not retry together (0.25: each wait is 75-100 % of the backoff; 0: none).
        max_retry_after: a `Retry-After` answer header of at most this many seconds is waited for
            instead of the backoff; a longer one is ignored.
        retry_statuses: answers retried for every request: the server refused before acting.
        idempotent_retry_statuses: answers retried only for a request that is safe to repeat (a
            gateway error: the server may have acted).
        retry_errors: transport errors retried for every request: the request never left. Any
            other `httpx.TransportError` is retried only for a request that is safe to repeat.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    retry_statuses: Set[int] = frozenset({429, 503})
    idempotent_retry_statuses: Set[int] = frozenset({502, 504})
    retry_errors: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

    def __post_init__(self) -> None:
        if not _is_int(self.max_retries) or self.max_retries < 0:
            _refuse("max_retries", "an int >= 0", self.max_retries)
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if not _is_number(value) or not (math.isfinite(value) and value >= 0):
                _refuse(name, "a finite number of seconds >= 0", value)
        if self.max_delay < self.initial_delay:
            _refuse("max_delay", f"at least initial_delay ({self.initial_delay})", self.max_delay)
        if not _is_number(self.jitter) or not 0 <= self.jitter <= 1:
            _refuse("jitter", "a number from 0 to 1", self.jitter)
        for name in ("retry_statuses", "idempotent_retry_statuses"):
            value = getattr(self, name)
            if not isinstance(value, Set) or not all(_is_int(s) and 400 <= s <= 599 for s in value):
                _refuse(name, "a set of HTTP error statuses (400-599)", value)
            object.__setattr__(self, name, frozenset(value))  # hashable, and no caller's set to mutate
        errors = self.retry_errors
        if not isinstance(errors, tuple) or not all(
            isinstance(e, type) and issubclass(e, httpx.TransportError) for e in errors
        ):
            _refuse("retry_errors", "a tuple of httpx.TransportError subclasses", errors)

    def retry_on_error(self, error: httpx.TransportError, *, idempotent: bool) -> bool:
        return idempotent or isinstance(error, self.retry_errors)

    def retry_on_status(self, status: int, *, idempotent: bool) -> bool:
        return status in self.retry_statuses or (idempotent and status in self.idempotent_retry_statuses)

    def delay(self, retry_number: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry `retry_number` (1-based): Retry-After, else backoff with jitter."""
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None and 0 <= retry_after <= self.max_retry_after:
                return retry_after
        backoff = min(self.max_delay, self.initial_delay * 2.0 ** (retry_number - 1))
        return backoff * (1 - self.jitter * random.random())


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _refuse(name: str, expected: str, value: object) -> NoReturn:
    raise BlnkValidationError(f"RetryPolicy.{name} must be {expected}, got {value!r}", fields=(name,))


def client_policy(max_retries: int | NotGiven, retry_policy: RetryPolicy | None) -> RetryPolicy:
    """The policy a client is made with: `retry_policy`, or the default one with `max_retries`."""
    if retry_policy is None:
        return RetryPolicy() if isinstance(max_retries, NotGiven) else RetryPolicy(max_retries=max_retries)
    if not isinstance(retry_policy, RetryPolicy):
        raise BlnkValidationError(
            f"retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}", fields=("retry_policy",)
        )
    if not isinstance(max_retries, NotGiven):
        raise BlnkValidationError(
            "give max_retries or retry_policy, not both: set RetryPolicy(max_retries=...) instead",
            fields=("max_retries", "retry_policy"),
        )
    return retry_policy


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return max(0.0, float(email.utils.mktime_tz(parsed)) - time.time())


class Attempts:
    """The retry state of one request: the sync and async loops only send and sleep.

    `idempotent` None means the request method decides. `after_error` returns the seconds to wait
    before the next attempt, or raises the typed connection error when no retry is left or
    allowed; `after_response` returns the wait, or None when the response is final.
    """

    def __init__(self, request: httpx.Request, policy: RetryPolicy, idempotent: bool | None) -> None:
        self.request = request
        self.policy = policy
        self.idempotent = request.method in IDEMPOTENT_METHODS if idempotent is None else idempotent
        self.retries = 0

    def _retry_left(self) -> bool:
        return self.retries < self.policy.max_retries

    def after_error(self, error: httpx.TransportError) -> float:
        if not (self._retry_left() and self.policy.retry_on_error(error, idempotent=self.idempotent)):
            where = f"{self.request.method} {self.request.url.path}"
            if isinstance(error, httpx.TimeoutException):
                raise APITimeoutError(f"{where} timed out ({type(error).__name__})", request=self.request) from error
            raise APIConnectionError(f"{where} failed: {type(error).__name__}", request=self.request) from error
        return self._next(None, type(error).__name__)

    def after_response(self, response: httpx.Response) -> float | None:
        if logger.isEnabledFor(logging.DEBUG):  # url.path unquotes the path: not on every call for nothing
            logger.debug("%s %s -> %d", self.request.method, self.request.url.path, response.status_code)
        if self._retry_left() and self.policy.retry_on_status(response.status_code, idempotent=self.idempotent):
            return self._next(response, str(response.status_code))
        return None

    def _next(self, response: httpx.Response | None, what: str) -> float:
        self.retries += 1
        wait = self.policy.delay(self.retries, response)
        logger.info(
            "%s %s: %s; retry %d in %.2fs", self.request.method, self.request.url.path, what, self.retries, wait
        )
        return wait
