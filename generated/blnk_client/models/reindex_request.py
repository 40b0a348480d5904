# Generated: rendered by overlays/templates/model.py.jinja from the schema ReindexRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/search.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="ReindexRequest")


@_dataclass(slots=True, weakref_slot=True)
class ReindexRequest:
    """
    Attributes:
        batch_size (int | None): Records per batch; 0 or less (or a body that does not bind) means 1000. Default: 1000.
    """

    batch_size: int | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["batch_size"])

    def to_dict(self) -> dict[str, Any]:
        batch_size: int | None
        if self.batch_size is None:
            batch_size = None
        else:
            batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_size is not None:
            field_dict["batch_size"] = batch_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        batch_size = d.get("batch_size")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        reindex_request = cls(
            batch_size,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 0 + ("batch_size" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "batch_size",
                }
            }
            reindex_request.additional_properties = extra

        return reindex_request

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
