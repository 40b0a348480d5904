# Generated: rendered by overlays/templates/model.py.jinja from the schema ReconciliationRun of spec/blnk-openapi.resolved.json; edit overlays/documents/reconciliation.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member, parse_datetime
from .._validation import utc_text
from ..models.reconciliation_status import ReconciliationStatus

T = TypeVar("T", bound="ReconciliationRun")


@_dataclass(slots=True, weakref_slot=True)
class ReconciliationRun:
    """
    Attributes:
        reconciliation_id (str):
        upload_id (str): The upload, or instant_<uuid> for an instant reconciliation.
        status (ReconciliationStatus):
        matched_transactions (int):
        unmatched_transactions (int):
        is_dry_run (bool): Always false here; the server does not read the column back (database/reconciliation.go:71).
        started_at (datetime.datetime):
        completed_at (datetime.datetime | None):
    """

    reconciliation_id: str
    upload_id: str
    status: ReconciliationStatus
    matched_transactions: int
    unmatched_transactions: int
    is_dry_run: bool
    started_at: datetime.datetime
    completed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        reconciliation_id = self.reconciliation_id

        upload_id = self.upload_id

        status = self.status.value

        matched_transactions = self.matched_transactions

        unmatched_transactions = self.unmatched_transactions

        is_dry_run = self.is_dry_run

        started_at = utc_text(self.started_at, "started_at")

        completed_at: None | str
        if self.completed_at is None:
            completed_at = None
        else:
            completed_at = utc_text(self.completed_at, "completed_at")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reconciliation_id": reconciliation_id,
                "upload_id": upload_id,
                "status": status,
                "matched_transactions": matched_transactions,
                "unmatched_transactions": unmatched_transactions,
                "is_dry_run": is_dry_run,
                "started_at": started_at,
                "completed_at": completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        reconciliation_id = d["reconciliation_id"]

        upload_id = d["upload_id"]

        status = enum_member(ReconciliationStatus, d["status"])

        matched_transactions = d["matched_transactions"]

        unmatched_transactions = d["unmatched_transactions"]

        is_dry_run = d["is_dry_run"]

        started_at = parse_datetime(d["started_at"])

        _completed_at = d["completed_at"]
        completed_at: datetime.datetime | None
        if _completed_at is None:
            completed_at = _completed_at
        else:
            completed_at_type_0 = parse_datetime(_completed_at)

            completed_at = completed_at_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        reconciliation_run = cls(
            reconciliation_id,
            upload_id,
            status,
            matched_transactions,
            unmatched_transactions,
            is_dry_run,
            started_at,
            completed_at,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 8:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "reconciliation_id",
                    "upload_id",
                    "status",
                    "matched_transactions",
                    "unmatched_transactions",
                    "is_dry_run",
                    "started_at",
                    "completed_at",
                }
            }
            reconciliation_run.additional_properties = extra

        return reconciliation_run

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
