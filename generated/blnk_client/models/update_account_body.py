from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateAccountBody")


@_attrs_define
class UpdateAccountBody:
    """
    Attributes:
        bank_name (str):
        number (str):
        balance_id (str):
        identity_id (str):
    """

    bank_name: str
    number: str
    balance_id: str
    identity_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_name = self.bank_name

        number = self.number

        balance_id = self.balance_id

        identity_id = self.identity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank_name": bank_name,
                "number": number,
                "balance_id": balance_id,
                "identity_id": identity_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bank_name = d.pop("bank_name")

        number = d.pop("number")

        balance_id = d.pop("balance_id")

        identity_id = d.pop("identity_id")

        update_account_body = cls(
            bank_name=bank_name,
            number=number,
            balance_id=balance_id,
            identity_id=identity_id,
        )

        update_account_body.additional_properties = d
        return update_account_body

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
