# Generated: rendered by overlays/templates/model.py.jinja from the schema BulkTransactionAccepted of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.bulk_batch_status import BulkBatchStatus

T = TypeVar("T", bound="BulkTransactionAccepted")


@_dataclass(slots=True, weakref_slot=True)
class BulkTransactionAccepted:
    """
    Attributes:
        message (str):
        batch_id (str):
        status (BulkBatchStatus): queued is this client's mark, never the server's word: a batch sent without
            skip_queue, which the server answers "applied" (or "inflight") before any leg ran.
    """

    message: str
    batch_id: str
    status: BulkBatchStatus
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        batch_id = self.batch_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "batch_id": batch_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message = d["message"]

        batch_id = d["batch_id"]

        status = enum_member(BulkBatchStatus, d["status"])

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        bulk_transaction_accepted = cls(
            message,
            batch_id,
            status,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 3:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "message",
                    "batch_id",
                    "status",
                }
            }
            bulk_transaction_accepted.additional_properties = extra

        return bulk_transaction_accepted

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
