# Generated: copied from overlays/runtime/_idempotency.py; edit that file.
"""Creates the server deduplicates on a key of the request body (a transaction's `reference`).

Such a create is safe to send again, and a key reused for another posting is never reported as
success. With skip_queue the server checks the key itself: it answers 201 for a new one and 409
TXN_DUPLICATE_REFERENCE for a stored one. On the queue it answers 201 QUEUED before any check and
its worker silently drops a duplicate, so that 201 names a transaction that may never be stored.
The client therefore looks the key up after a 409, after a queued 201 and after a mangled answer:
the stored record with the answer's own id is this call's; a stored record of the same request
(an earlier attempt of this call) is the answer; any other record raises ReferenceConflictError.

What the server's by-key read (GET /transactions/reference/{reference}) cannot show is not
compared: `scheduled_for`, `inflight_expiry_date` and `inflight_commit_date` read back as zero
time, `effective_date` is left out, `atomic` and `skip_queue` read back false, and `precision`
reads 0 (the amounts, which are compared, carry it). A split (`sources` / `destinations`) is
stored only as its legs (`<reference>_1`, ...), so it is never looked up: a queued split is
answered unconfirmed, and a 409 for one raises as the server answered it.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

import httpx

from ._exceptions import ReferenceConflictError

L = TypeVar("L", covariant=True)
R = TypeVar("R", covariant=True)

logger = logging.getLogger("blnk_client")

# Waits between lookups while the key is not found: a queued create is stored a few ms after its 201.
LOOKUP_DELAYS = (0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128, 0.256, 0.5, 0.6)
INDICATOR_PREFIX = "@"


@dataclass(frozen=True)
class Deduplication(Generic[L, R]):
    key: str  # the body field the server deduplicates on
    body: Mapping[str, object]  # what this call sent
    lookup: L  # fetches the stored record by the key's value
    resolve: R  # fetches the balance an indicator (e.g. @World) names, in this request's currency
    compare: tuple[str, ...]  # the stored fields that must agree for the record to be this call's
    unsent: Mapping[str, object]  # what the server stores for a compared field left out
    unchecked: tuple[str, ...]  # answer statuses given before the server checked the key
    unstored_with: tuple[str, ...]  # fields that make the server store no record under the key
    id_field: str  # the record's id
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

    @property
    def readable(self) -> bool:
        """Whether the server stores this request under its key, where a lookup can find it."""
        return not any(field in self.body for field in self.unstored_with)

    def is_unchecked(self, answer: object) -> bool:
        """A success the server gave before checking the key (queued), which a lookup can confirm."""
        status = getattr(answer, "status", None)
        return self.readable and getattr(status, "value", status) in self.unchecked

    def is_own(self, answer: object, stored: object) -> bool:
        return getattr(answer, self.id_field, None) == getattr(stored, self.id_field, object())

    def indicators(self, stored: object) -> set[str]:
        """The indicators sent where the record holds something else (a balance id): resolve these."""
        record = _record(stored)
        found = set()
        for field in ("source", "destination"):
            sent = self.body.get(field)
            indicator = isinstance(sent, str) and sent.startswith(INDICATOR_PREFIX)
            if field in self.compare and indicator and record.get(field) != sent:
                found.add(str(sent))
        for field in ("sources", "destinations"):
            if field in self.compare:
                found |= {i for i in _identifiers(self.body.get(field)) if i.startswith(INDICATOR_PREFIX)}
        return found

    def differences(self, stored: object, balance_ids: Mapping[str, str]) -> tuple[str, ...]:
        """The compared fields where the record is not what this call sent (indicators resolved)."""
        record = _record(stored)
        differ = tuple(f for f in self.compare if not self._agrees(f, record, balance_ids))
        for field in differ:
            logger.info("stored %s=%r differs from this request's %r", field, record.get(field), self.body.get(field))
        return differ

    def conflict(
        self, stored: object, differences: tuple[str, ...], response: httpx.Response
    ) -> ReferenceConflictError:
        key = self.body.get(self.key)
        return ReferenceConflictError(
            f"{self.key} {key!r} is stored for {getattr(stored, self.id_field, '?')}, another posting "
            f"(differs in {', '.join(differences)}); this request was not recorded",
            response=response,
            code=self.conflict_code,
            stored=stored,  # type: ignore[arg-type]  # the lookup's record: a Transaction
            differences=differences,
        )

    def _agrees(self, field: str, record: Mapping[str, object], balance_ids: Mapping[str, str]) -> bool:
        if field in ("amount", "precise_amount"):
            return self._amount_agrees(field, record.get(field))
        if field not in self.body and field not in self.unsent:
            return True  # left out, and nothing the server stores for it can be compared
        sent = self.body.get(field, self.unsent.get(field))
        stored = record.get(field)
        if field in ("source", "destination"):
            return stored == sent or (isinstance(sent, str) and balance_ids.get(sent) == stored)
        if field in ("sources", "destinations"):
            return _legs(sent, balance_ids) == _legs(stored, {})
        if field == "meta_data":
            stored_meta = stored if isinstance(stored, Mapping) else {}
            return isinstance(sent, Mapping) and all(stored_meta.get(k) == v for k, v in sent.items())
        if field == "allow_overdraft":  # reads answer false; the server keeps the flag in meta_data
            meta = record.get("meta_data")
            kept = meta.get("allow_overdraft") if isinstance(meta, Mapping) else None
            return bool(sent) == bool(stored or kept)
        return _equal(stored, sent)

    def _amount_agrees(self, field: str, stored: object) -> bool:
        """Both amounts as the server stores them: major units, and minor units at the sent precision."""
        precision = Decimal(str(self.body.get("precision") or 1))
        if "precise_amount" in self.body:
            minor = Decimal(str(self.body["precise_amount"]))
            major = minor / precision
        elif "amount" in self.body:
            major = Decimal(str(self.body["amount"]))
            minor = major * precision
        else:
            return True
        if not isinstance(stored, int | float) or isinstance(stored, bool):
            return False
        if field == "amount":
            return math.isclose(float(stored), float(major), rel_tol=1e-12, abs_tol=0.0)
        return minor != minor.to_integral_value() or Decimal(int(stored)) == minor


def _record(stored: object) -> Mapping[str, object]:
    to_dict = getattr(stored, "to_dict", None)
    record = to_dict() if callable(to_dict) else None
    return record if isinstance(record, Mapping) else {}


def _identifiers(legs: object) -> list[str]:
    if not isinstance(legs, list):
        return []
    return [str(leg.get("identifier")) for leg in legs if isinstance(leg, Mapping)]


def _legs(legs: object, balance_ids: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """A split's legs, order-free, with indicators resolved (the server assigns each leg's id)."""
    if not isinstance(legs, list):
        return []
    found = []
    for leg in legs:
        if isinstance(leg, Mapping):
            identifier = str(leg.get("identifier"))
            found.append(
                (
                    balance_ids.get(identifier, identifier),
                    str(leg.get("distribution", "")),
                    str(leg.get("precise_distribution", "")),
                )
            )
    return sorted(found)


def _equal(stored: object, sent: object) -> bool:
    if isinstance(stored, int | float) and isinstance(sent, int | float) and not isinstance(sent, bool):
        return float(stored) == float(sent) if isinstance(stored, float) or isinstance(sent, float) else stored == sent
    return stored == sent
