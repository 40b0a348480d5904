from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_monitor_condition import CreateMonitorCondition


T = TypeVar("T", bound="CreateBalanceMonitorRequest")


@_attrs_define
class CreateBalanceMonitorRequest:
    """
    Attributes:
        balance_id (str):
        condition (CreateMonitorCondition):
        call_back_url (str | Unset): Stored but never returned, and erased by any update.
    """

    balance_id: str
    condition: CreateMonitorCondition
    call_back_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        condition = self.condition.to_dict()

        call_back_url = self.call_back_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "condition": condition,
            }
        )
        if call_back_url is not UNSET:
            field_dict["call_back_url"] = call_back_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_monitor_condition import CreateMonitorCondition  # noqa: PLC0415

        d = dict(src_dict)
        balance_id = d.pop("balance_id")

        condition = CreateMonitorCondition.from_dict(d.pop("condition"))

        call_back_url = d.pop("call_back_url", UNSET)

        create_balance_monitor_request = cls(
            balance_id=balance_id,
            condition=condition,
            call_back_url=call_back_url,
        )

        create_balance_monitor_request.additional_properties = d
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
