from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateAccountResponse201")


@_attrs_define
class UpdateAccountResponse201:
    """
    Attributes:
        account_id (str):
        name (str):
        number (str):
        bank_name (str):
        currency (str):
        created_at (str):
        balance_id (str):
        identity_id (str):
        ledger_id (str):
        meta_data (None | str):
        ledger (None | str):
        balance (None | str):
        identity (None | str):
    """

    account_id: str
    name: str
    number: str
    bank_name: str
    currency: str
    created_at: str
    balance_id: str
    identity_id: str
    ledger_id: str
    meta_data: None | str
    ledger: None | str
    balance: None | str
    identity: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        name = self.name

        number = self.number

        bank_name = self.bank_name

        currency = self.currency

        created_at = self.created_at

        balance_id = self.balance_id

        identity_id = self.identity_id

        ledger_id = self.ledger_id

        meta_data: None | str
        meta_data = self.meta_data

        ledger: None | str
        ledger = self.ledger

        balance: None | str
        balance = self.balance

        identity: None | str
        identity = self.identity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "name": name,
                "number": number,
                "bank_name": bank_name,
                "currency": currency,
                "created_at": created_at,
                "balance_id": balance_id,
                "identity_id": identity_id,
                "ledger_id": ledger_id,
                "meta_data": meta_data,
                "ledger": ledger,
                "balance": balance,
                "identity": identity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        name = d.pop("name")

        number = d.pop("number")

        bank_name = d.pop("bank_name")

        currency = d.pop("currency")

        created_at = d.pop("created_at")

        balance_id = d.pop("balance_id")

        identity_id = d.pop("identity_id")

        ledger_id = d.pop("ledger_id")

        def _parse_meta_data(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        meta_data = _parse_meta_data(d.pop("meta_data"))

        def _parse_ledger(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ledger = _parse_ledger(d.pop("ledger"))

        def _parse_balance(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        balance = _parse_balance(d.pop("balance"))

        def _parse_identity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        identity = _parse_identity(d.pop("identity"))

        update_account_response_201 = cls(
            account_id=account_id,
            name=name,
            number=number,
            bank_name=bank_name,
            currency=currency,
            created_at=created_at,
            balance_id=balance_id,
            identity_id=identity_id,
            ledger_id=ledger_id,
            meta_data=meta_data,
            ledger=ledger,
            balance=balance,
            identity=identity,
        )

        update_account_response_201.additional_properties = d
        return update_account_response_201

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
