# Generated: rendered by overlays/templates/model.py.jinja from the schema UploadResult of spec/blnk-openapi.resolved.json; edit overlays/documents/reconciliation.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="UploadResult")


@_dataclass(slots=True, weakref_slot=True)
class UploadResult:
    """
    Attributes:
        upload_id (str): upload_<uuid>
        record_count (int):
        source (str):
    """

    upload_id: str
    record_count: int
    source: str
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        record_count = self.record_count

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
                "record_count": record_count,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        upload_id = d["upload_id"]

        record_count = d["record_count"]

        source = d["source"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        upload_result = cls(
            upload_id,
            record_count,
            source,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 3:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "upload_id",
                    "record_count",
                    "source",
                }
            }
            upload_result.additional_properties = extra

        return upload_result

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
