# Generated: rendered by overlays/templates/model.py.jinja from the schema HealthStatus of spec/blnk-openapi.resolved.json; edit overlays/documents/system.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.health_state import HealthState

T = TypeVar("T", bound="HealthStatus")


@_dataclass(slots=True, weakref_slot=True)
class HealthStatus:
    """
    Attributes:
        status (HealthState):
        reason (None | str): Only when DOWN: "config unavailable", "database unreachable" or "database ping failed".
    """

    status: HealthState
    reason: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["reason"])

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        reason: None | str
        if self.reason is None:
            reason = None
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if reason is not None:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = enum_member(HealthState, d["status"])

        reason = d.get("reason")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        health_status = cls(
            status,
            reason,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("reason" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "status",
                    "reason",
                }
            }
            health_status.additional_properties = extra

        return health_status

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
