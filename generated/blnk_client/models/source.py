from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Source")


@_attrs_define
class Source:
    """
    Example:
        {'identifier': 'bln_f2073f6b-905a-4e3e-b5a2-8d1b3dc2fb7f', 'distribution': '10%', 'narration': 'Monthly
            contribution'}

    Attributes:
        identifier (str):
        distribution (str):
        narration (str):
    """

    identifier: str
    distribution: str
    narration: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        distribution = self.distribution

        narration = self.narration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "distribution": distribution,
                "narration": narration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = d.pop("identifier")

        distribution = d.pop("distribution")

        narration = d.pop("narration")

        source = cls(
            identifier=identifier,
            distribution=distribution,
            narration=narration,
        )

        source.additional_properties = d
        return source

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
