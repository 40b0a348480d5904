# Generated: rendered by overlays/templates/model.py.jinja from the schema ReindexProgress of spec/blnk-openapi.resolved.json; edit overlays/documents/search.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar, cast

from .._model_repr import present_repr
from .._parsing import enum_member, or_zero, parse_datetime
from .._validation import utc_text
from ..models.reindex_status import ReindexStatus

T = TypeVar("T", bound="ReindexProgress")


@_dataclass(slots=True, weakref_slot=True)
class ReindexProgress:
    """
    Attributes:
        status (ReindexStatus):
        phase (str): Empty while pending, then starting, drop_collections, create_collections, indexing_ledgers,
            indexing_identities, indexing_balances, indexing_transactions and done; a failed reindex keeps the phase it
            failed in.
        total_records (int):
        processed_records (int):
        errors (list[str]):
        started_at (datetime.datetime): Zero time while pending.
        completed_at (datetime.datetime | None):
        paused (bool): Waiting out Typesense memory back-pressure.
        pause_reason (None | str):
        paused_at (datetime.datetime | None):
    """

    status: ReindexStatus
    phase: str
    total_records: int
    processed_records: int
    errors: list[str]
    started_at: datetime.datetime
    paused: bool
    completed_at: datetime.datetime | None = None
    pause_reason: None | str = None
    paused_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["completed_at", "pause_reason", "paused_at"])

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        phase = self.phase

        total_records = self.total_records

        processed_records = self.processed_records

        errors = self.errors

        started_at = utc_text(self.started_at, "started_at")

        completed_at: None | str
        if self.completed_at is None:
            completed_at = None
        else:
            completed_at = utc_text(self.completed_at, "completed_at")

        paused = self.paused

        pause_reason: None | str
        if self.pause_reason is None:
            pause_reason = None
        else:
            pause_reason = self.pause_reason

        paused_at: None | str
        if self.paused_at is None:
            paused_at = None
        else:
            paused_at = utc_text(self.paused_at, "paused_at")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "phase": phase,
                "total_records": total_records,
                "processed_records": processed_records,
                "errors": errors,
                "started_at": started_at,
                "paused": paused,
            }
        )
        if completed_at is not None:
            field_dict["completed_at"] = completed_at
        if pause_reason is not None:
            field_dict["pause_reason"] = pause_reason
        if paused_at is not None:
            field_dict["paused_at"] = paused_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = enum_member(ReindexStatus, d["status"])

        phase = d["phase"]

        total_records = d["total_records"]

        processed_records = d["processed_records"]

        errors = cast(list[str], or_zero(d.get("errors"), []))

        started_at = parse_datetime(d["started_at"])

        _completed_at = d.get("completed_at")
        completed_at: datetime.datetime | None
        if _completed_at is None:
            completed_at = _completed_at
        else:
            completed_at_type_0 = parse_datetime(_completed_at)

            completed_at = completed_at_type_0

        paused = d["paused"]

        pause_reason = d.get("pause_reason")

        _paused_at = d.get("paused_at")
        paused_at: datetime.datetime | None
        if _paused_at is None:
            paused_at = _paused_at
        else:
            paused_at_type_0 = parse_datetime(_paused_at)

            paused_at = paused_at_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        reindex_progress = cls(
            status,
            phase,
            total_records,
            processed_records,
            errors,
            started_at,
            paused,
            completed_at,
            pause_reason,
            paused_at,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 6 + ("errors" in d) + ("completed_at" in d) + ("pause_reason" in d) + ("paused_at" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "status",
                    "phase",
                    "total_records",
                    "processed_records",
                    "errors",
                    "started_at",
                    "completed_at",
                    "paused",
                    "pause_reason",
                    "paused_at",
                }
            }
            reindex_progress.additional_properties = extra

        return reindex_progress

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
