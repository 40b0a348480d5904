# Generated: rendered by overlays/templates/model.py.jinja from the schema ReindexConflict of spec/blnk-openapi.resolved.json; edit overlays/documents/search.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="ReindexConflict")


@_dataclass(slots=True, weakref_slot=True)
class ReindexConflict:
    """
    Attributes:
        error (str):
        progress (ReindexProgress):
        error_detail (ErrorDetail):
    """

    error: str
    progress: ReindexProgress
    error_detail: ErrorDetail
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        progress = self.progress.to_dict()

        error_detail = self.error_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "progress": progress,
                "error_detail": error_detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error = d["error"]

        progress = ReindexProgress.from_dict(d["progress"])

        error_detail = ErrorDetail.from_dict(d["error_detail"])

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        reindex_conflict = cls(
            error,
            progress,
            error_detail,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 3:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "error",
                    "progress",
                    "error_detail",
                }
            }
            reindex_conflict.additional_properties = extra

        return reindex_conflict

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


from ..models.error_detail import ErrorDetail
from ..models.reindex_progress import ReindexProgress
