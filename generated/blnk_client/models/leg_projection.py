# Generated: rendered by overlays/templates/model.py.jinja from the schema LegProjection of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.projection_role import ProjectionRole

T = TypeVar("T", bound="LegProjection")


@_dataclass(slots=True, weakref_slot=True)
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
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

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
        d = src_dict
        identifier = d["identifier"]

        role = enum_member(ProjectionRole, d["role"])

        precise_amount = d["precise_amount"]

        amount = d["amount"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        leg_projection = cls(
            identifier,
            role,
            precise_amount,
            amount,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 4:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "identifier",
                    "role",
                    "precise_amount",
                    "amount",
                }
            }
            leg_projection.additional_properties = extra

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
