from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LedgerPage")


@_attrs_define
class LedgerPage:
    """With include_count. No match answers {"data": null} without total_count.

    Attributes:
        data (list[Ledger] | None):
        total_count (int | Unset):
    """

    data: list[Ledger] | None
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _data = d["data"]
        data: list[Ledger] | None
        if _data is None:
            data = _data
        else:
            data_type_0 = []
            _data_type_0 = _data
            for data_type_0_item_data in _data_type_0:
                data_type_0_item = Ledger.from_dict(data_type_0_item_data)

                data_type_0.append(data_type_0_item)

            data = data_type_0

        total_count = d.get("total_count", UNSET)

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        ledger_page = cls(
            data,
            total_count,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("total_count" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "data",
                    "total_count",
                }
            }
            ledger_page.additional_properties = extra

        return ledger_page

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


from ..models.ledger import Ledger
