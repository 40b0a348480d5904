# Generated: rendered by overlays/templates/model.py.jinja from the schema BulkInflightResponse of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="BulkInflightResponse")


@_dataclass(slots=True, weakref_slot=True)
class BulkInflightResponse:
    """succeeded + failed is the number of items; queued items count as succeeded.

    Attributes:
        succeeded (int):
        failed (int):
        results (list[BulkInflightResult]):
    """

    succeeded: int
    failed: int
    results: list[BulkInflightResult]
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        succeeded = self.succeeded

        failed = self.failed

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "succeeded": succeeded,
                "failed": failed,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        succeeded = d["succeeded"]

        failed = d["failed"]

        _results = d["results"]
        results = list(map(BulkInflightResult.from_dict, _results)) if _results else []

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        bulk_inflight_response = cls(
            succeeded,
            failed,
            results,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 3:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "succeeded",
                    "failed",
                    "results",
                }
            }
            bulk_inflight_response.additional_properties = extra

        return bulk_inflight_response

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


from ..models.bulk_inflight_result import BulkInflightResult
