"""Retries tuned through the public API, and errors read by `status_code`: precise types, no Any."""

# typing: no-any

from __future__ import annotations

import dataclasses
from collections.abc import Set
from typing import assert_type

import httpx

from blnk_client import (
    APIStatusError,
    AsyncBlnk,
    Blnk,
    RetryPolicy,
    TransactionWaitTimeout,
    UnknownWebhookEvent,
    WebhookVerificationError,
)

PATIENT = RetryPolicy(
    max_retries=5,
    initial_delay=0.2,
    max_delay=4.0,
    jitter=0.0,
    max_retry_after=10.0,
    retry_statuses={423, 429, 503},
    idempotent_retry_statuses=frozenset({502, 504}),
    retry_errors=(httpx.ConnectError,),
)


def clients() -> tuple[Blnk, AsyncBlnk]:
    sync = Blnk(base_url="http://127.0.0.1:5001", retry_policy=PATIENT)
    once = AsyncBlnk(base_url="http://127.0.0.1:5001", retry_policy=dataclasses.replace(PATIENT, max_retries=0))
    assert_type(sync.retry_policy, RetryPolicy)
    assert_type(once.retry_policy.max_retries, int)
    assert_type(PATIENT.retry_statuses, Set[int])
    assert_type(PATIENT.retry_errors, tuple[type[httpx.TransportError], ...])
    return sync, once


def explain(error: APIStatusError | TransactionWaitTimeout | UnknownWebhookEvent | WebhookVerificationError) -> str:
    if isinstance(error, APIStatusError):
        assert_type(error.status_code, int)
        return f"{error.status_code} {error.code}"
    return str(error)
