# Generated: rendered by overlays/templates/model.py.jinja from the schema IdentityPage of spec/blnk-openapi.resolved.json; edit overlays/documents/identities-admin.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import or_zero

T = TypeVar("T", bound="IdentityPage")


@_dataclass(slots=True, weakref_slot=True)
class IdentityPage:
    """
    Attributes:
        data (list[Identity]):
        total_count (int): Left out when nothing matches (data is then null).
    """

    data: list[Identity]
    total_count: int
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _data = d.get("data")
        data = list(map(Identity.from_dict, _data)) if _data else []

        total_count = or_zero(d.get("total_count"), 0)

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        identity_page = cls(
            data,
            total_count,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 0 + ("data" in d) + ("total_count" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "data",
                    "total_count",
                }
            }
            identity_page.additional_properties = extra

        return identity_page

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


from ..models.identity import Identity
