"""Creates the server deduplicates on a key of the request body (a transaction's `reference`).

Such a create is safe to send again: when a retry may follow an attempt the server already
applied, the client answers with the record stored under the key instead of what the retry
produced. On the queued path the server answers a retried duplicate 201 with an id it never
stores (its worker drops the copy), so after any retry the stored record is looked up; with
skip_queue it answers 409 TXN_DUPLICATE_REFERENCE. A stored record that differs from this
request (another posting reusing the key) is never returned: that conflict is raised (as
Stripe does for an idempotency key reused with other parameters).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

L = TypeVar("L", covariant=True)

logger = logging.getLogger("blnk_client")

LOOKUP_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)  # the queued path stores its record asynchronously


@dataclass(frozen=True)
class Deduplication(Generic[L]):
    key: str  # the body field the server deduplicates on
    body: Mapping[str, object]  # what this call sent
    lookup: L  # fetches the stored record by the key's value
    compare: tuple[str, ...]  # fields that must agree for the stored record to be this call's
    conflict_code: str  # error_detail.code of a duplicate key

    def is_duplicate(self, response: httpx.Response) -> bool:
        """A 409 naming the duplicate key, or a 409 whose body did not survive the trip."""
        if response.status_code != 409:
            return False
        try:
            detail = json.loads(response.content).get("error_detail") or {}
        except (ValueError, AttributeError):
            return True
        return bool(detail.get("code") == self.conflict_code)

    def same_request(self, stored: object) -> bool:
        to_dict: Callable[[], dict[str, object]] | None = getattr(stored, "to_dict", None)
        if to_dict is None:
            return False
        record = to_dict()
        for field in self.compare:
            if field in self.body and not _equal(record.get(field), self.body[field]):
                logger.info("stored %s=%r differs from this request's %r", field, record.get(field), self.body[field])
                return False
        return True


def _equal(stored: object, sent: object) -> bool:
    if isinstance(stored, int | float) and isinstance(sent, int | float) and not isinstance(sent, bool):
        return float(stored) == float(sent) if isinstance(stored, float) or isinstance(sent, float) else stored == sent
    return stored == sent
