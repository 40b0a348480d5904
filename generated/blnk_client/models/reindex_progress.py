from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import enum_member, parse_datetime
from .._validation import utc_text
from ..models.reindex_status import ReindexStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReindexProgress")


@_attrs_define
class ReindexProgress:
    """
    Attributes:
        status (ReindexStatus):
        phase (str): Empty while pending, then starting, drop_collections, create_collections, indexing_ledgers,
            indexing_identities, indexing_balances, indexing_transactions and done; a failed reindex keeps the phase it
            failed in.
        total_records (int):
        processed_records (int):
        started_at (datetime.datetime): Zero time while pending.
        paused (bool): Waiting out Typesense memory back-pressure.
        errors (list[str] | Unset):
        completed_at (datetime.datetime | Unset):
        pause_reason (str | Unset):
        paused_at (datetime.datetime | Unset):
    """

    status: ReindexStatus
    phase: str
    total_records: int
    processed_records: int
    started_at: datetime.datetime
    paused: bool
    errors: list[str] | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    pause_reason: str | Unset = UNSET
    paused_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        phase = self.phase

        total_records = self.total_records

        processed_records = self.processed_records

        started_at = utc_text(self.started_at, "started_at")

        paused = self.paused

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = utc_text(self.completed_at, "completed_at")

        pause_reason = self.pause_reason

        paused_at: str | Unset = UNSET
        if not isinstance(self.paused_at, Unset):
            paused_at = utc_text(self.paused_at, "paused_at")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "phase": phase,
                "total_records": total_records,
                "processed_records": processed_records,
                "started_at": started_at,
                "paused": paused,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if pause_reason is not UNSET:
            field_dict["pause_reason"] = pause_reason
        if paused_at is not UNSET:
            field_dict["paused_at"] = paused_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = enum_member(ReindexStatus, d["status"])

        phase = d["phase"]

        total_records = d["total_records"]

        processed_records = d["processed_records"]

        started_at = parse_datetime(d["started_at"])

        paused = d["paused"]

        errors = cast(list[str], d.get("errors", UNSET))

        _completed_at = d.get("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = parse_datetime(_completed_at)

        pause_reason = d.get("pause_reason", UNSET)

        _paused_at = d.get("paused_at", UNSET)
        paused_at: datetime.datetime | Unset
        if isinstance(_paused_at, Unset):
            paused_at = UNSET
        else:
            paused_at = parse_datetime(_paused_at)

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        reindex_progress = cls(
            status,
            phase,
            total_records,
            processed_records,
            started_at,
            paused,
            errors,
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
                    "started_at",
                    "paused",
                    "errors",
                    "completed_at",
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
