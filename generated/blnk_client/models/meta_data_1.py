from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetaData1")


@_attrs_define
class MetaData1:
    """
    Example:
        {'refunded_transaction_id': 'txn_5bbbe4d3-2d82-4da1-8191-aaa491d025de'}

    Attributes:
        refunded_transaction_id (str):
    """

    refunded_transaction_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refunded_transaction_id = self.refunded_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refunded_transaction_id": refunded_transaction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refunded_transaction_id = d.pop("refunded_transaction_id")

        meta_data_1 = cls(
            refunded_transaction_id=refunded_transaction_id,
        )

        meta_data_1.additional_properties = d
        return meta_data_1

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
