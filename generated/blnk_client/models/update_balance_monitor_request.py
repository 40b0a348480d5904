# Generated: rendered by overlays/templates/model.py.jinja from the schema UpdateBalanceMonitorRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/balance-monitors.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="UpdateBalanceMonitorRequest")


@_dataclass(slots=True, weakref_slot=True)
class UpdateBalanceMonitorRequest:
    """Replaces the monitor's balance_id, description and condition (field, operator, value).

    Attributes:
        balance_id (str): Must be an existing balance; an unknown one answers 500.
        description (None | str):
        condition (UpdateMonitorCondition): precision is not updatable (the server ignores it here).
    """

    balance_id: str
    condition: UpdateMonitorCondition
    description: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["description"])

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        description: None | str
        if self.description is None:
            description = None
        else:
            description = self.description

        condition = self.condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "condition": condition,
            }
        )
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        balance_id = d["balance_id"]

        description = d.get("description")

        condition = UpdateMonitorCondition.from_dict(d["condition"])

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        update_balance_monitor_request = cls(
            balance_id,
            condition,
            description,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2 + ("description" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "balance_id",
                    "description",
                    "condition",
                }
            }
            update_balance_monitor_request.additional_properties = extra

        return update_balance_monitor_request

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


from ..models.update_monitor_condition import UpdateMonitorCondition
