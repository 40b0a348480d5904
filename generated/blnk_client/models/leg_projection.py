from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.projection_role import ProjectionRole

T = TypeVar("T", bound="LegProjection")


@_attrs_define
class LegProjection:
    """
    Attributes:
        identifier (str):
        role (ProjectionRole):
        precise_amount (str): Minor units as an integer string.
        amount (float):
    """

    identifier: str
    role: ProjectionRole
    precise_amount: str
    amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        role = self.role.value

        precise_amount = self.precise_amount

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "role": role,
                "precise_amount": precise_amount,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = d.pop("identifier")

        role = ProjectionRole(d.pop("role"))

        precise_amount = d.pop("precise_amount")

        amount = d.pop("amount")

        leg_projection = cls(
            identifier=identifier,
            role=role,
            precise_amount=precise_amount,
            amount=amount,
        )

        leg_projection.additional_properties = d
        return leg_projection

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
