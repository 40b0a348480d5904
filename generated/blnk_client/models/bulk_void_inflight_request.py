# Generated: rendered by overlays/templates/model.py.jinja from the schema BulkVoidInflightRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar, cast

from .._model_repr import present_repr

T = TypeVar("T", bound="BulkVoidInflightRequest")


@_dataclass(slots=True, weakref_slot=True)
class BulkVoidInflightRequest:
    """
    Attributes:
        transaction_ids (list[str]):
        skip_queue (bool | None):  Default: False.
        dry_run (bool | None):  Default: False.
    """

    transaction_ids: list[str]
    skip_queue: bool | None = None
    dry_run: bool | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["skip_queue", "dry_run"])

    def to_dict(self) -> dict[str, Any]:
        transaction_ids = self.transaction_ids

        skip_queue: bool | None
        if self.skip_queue is None:
            skip_queue = None
        else:
            skip_queue = self.skip_queue

        dry_run: bool | None
        if self.dry_run is None:
            dry_run = None
        else:
            dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_ids": transaction_ids,
            }
        )
        if skip_queue is not None:
            field_dict["skip_queue"] = skip_queue
        if dry_run is not None:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transaction_ids = cast(list[str], d["transaction_ids"])

        skip_queue = d.get("skip_queue")

        dry_run = d.get("dry_run")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        bulk_void_inflight_request = cls(
            transaction_ids,
            skip_queue,
            dry_run,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("skip_queue" in d) + ("dry_run" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "transaction_ids",
                    "skip_queue",
                    "dry_run",
                }
            }
            bulk_void_inflight_request.additional_properties = extra

        return bulk_void_inflight_request

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
