"""When a failed attempt may be sent again, and how long to wait first.

A request the server may already have acted on is retried only when repeating it cannot
change the outcome (`idempotent`). Connection failures before the request left and
429/503 answers (the server refused before doing anything) are safe to retry for any request.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from dataclasses import dataclass

import httpx

from ._exceptions import APIConnectionError, APITimeoutError

NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
REFUSED_STATUSES = frozenset({429, 503})
GATEWAY_STATUSES = frozenset({502, 504})

logger = logging.getLogger("blnk_client")


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def retry_on_error(self, error: httpx.TransportError, *, idempotent: bool) -> bool:
        return idempotent or isinstance(error, NOT_SENT_ERRORS)

    def retry_on_status(self, status: int, *, idempotent: bool) -> bool:
        return status in REFUSED_STATUSES or (idempotent and status in GATEWAY_STATUSES)

    def delay(self, retry_number: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry `retry_number` (1-based): Retry-After, else backoff with jitter."""
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None and 0 <= retry_after <= self.max_retry_after:
                return retry_after
        backoff = min(self.max_delay, self.initial_delay * 2.0 ** (retry_number - 1))
        return backoff * (1 - 0.25 * random.random())


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

    `after_error` returns the seconds to wait before the next attempt, or raises the typed
    connection error when no retry is left or allowed; `after_response` returns the wait, or
    None when the response is final.
    """

    def __init__(self, request: httpx.Request, policy: RetryPolicy, *, idempotent: bool) -> None:
        self.request = request
        self.policy = policy
        self.idempotent = idempotent
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
