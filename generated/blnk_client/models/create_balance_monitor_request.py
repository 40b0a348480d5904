# Generated: rendered by overlays/templates/model.py.jinja from the schema CreateBalanceMonitorRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/balance-monitors.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="CreateBalanceMonitorRequest")


@_dataclass(slots=True, weakref_slot=True)
class CreateBalanceMonitorRequest:
    """
    Attributes:
        balance_id (str):
        condition (CreateMonitorCondition):
        call_back_url (None | str): Stored but never returned, and erased by any update.
    """

    balance_id: str
    condition: CreateMonitorCondition
    call_back_url: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["call_back_url"])

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        condition = self.condition.to_dict()

        call_back_url: None | str
        if self.call_back_url is None:
            call_back_url = None
        else:
            call_back_url = self.call_back_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "condition": condition,
            }
        )
        if call_back_url is not None:
            field_dict["call_back_url"] = call_back_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        balance_id = d["balance_id"]

        condition = CreateMonitorCondition.from_dict(d["condition"])

        call_back_url = d.get("call_back_url")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        create_balance_monitor_request = cls(
            balance_id,
            condition,
            call_back_url,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2 + ("call_back_url" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "balance_id",
                    "condition",
                    "call_back_url",
                }
            }
            create_balance_monitor_request.additional_properties = extra

        return create_balance_monitor_request

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


from ..models.create_monitor_condition import CreateMonitorCondition
