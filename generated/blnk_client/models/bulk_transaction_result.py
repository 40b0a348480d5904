# Generated: rendered by overlays/templates/model.py.jinja from the schema BulkTransactionResult of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.bulk_batch_status import BulkBatchStatus

T = TypeVar("T", bound="BulkTransactionResult")


@_dataclass(slots=True, weakref_slot=True)
class BulkTransactionResult:
    """
    Attributes:
        batch_id (str): bulk_<uuid>; the items' parent_transaction.
        status (BulkBatchStatus): queued is this client's mark, never the server's word: a batch sent without
            skip_queue, which the server answers "applied" (or "inflight") before any leg ran.
        transaction_count (int):
    """

    batch_id: str
    status: BulkBatchStatus
    transaction_count: int
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status = self.status.value

        transaction_count = self.transaction_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "status": status,
                "transaction_count": transaction_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        batch_id = d["batch_id"]

        status = enum_member(BulkBatchStatus, d["status"])

        transaction_count = d["transaction_count"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        bulk_transaction_result = cls(
            batch_id,
            status,
            transaction_count,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 3:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "batch_id",
                    "status",
                    "transaction_count",
                }
            }
            bulk_transaction_result.additional_properties = extra

        return bulk_transaction_result

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
