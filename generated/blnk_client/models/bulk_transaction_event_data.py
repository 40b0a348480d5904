from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="BulkTransactionEventData")


@_attrs_define
class BulkTransactionEventData:
    """
    Attributes:
        batch_id (str):
        status (str):
        timestamp (datetime.datetime):
        transaction_count (int | None):
        error (None | str):
    """

    batch_id: str
    status: str
    timestamp: datetime.datetime
    transaction_count: int | None = None
    error: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status = self.status

        timestamp = utc_text(self.timestamp, "timestamp")

        transaction_count: int | None
        if self.transaction_count is None:
            transaction_count = None
        else:
            transaction_count = self.transaction_count

        error: None | str
        if self.error is None:
            error = None
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "status": status,
                "timestamp": timestamp,
            }
        )
        if transaction_count is not None:
            field_dict["transaction_count"] = transaction_count
        if error is not None:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        batch_id = d["batch_id"]

        status = d["status"]

        timestamp = parse_datetime(d["timestamp"])

        transaction_count = cast(int | None, d.get("transaction_count"))

        error = cast(None | str, d.get("error"))

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        bulk_transaction_event_data = cls(
            batch_id,
            status,
            timestamp,
            transaction_count,
            error,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 3 + ("transaction_count" in d) + ("error" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "batch_id",
                    "status",
                    "timestamp",
                    "transaction_count",
                    "error",
                }
            }
            bulk_transaction_event_data.additional_properties = extra

        return bulk_transaction_event_data

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
