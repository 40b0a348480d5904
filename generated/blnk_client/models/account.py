from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_balance import AccountBalance
    from ..models.identity import Identity
    from ..models.ledger import Ledger
    from ..models.meta_data import MetaData


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """
    Attributes:
        account_id (str): acc_<uuid>
        name (str): The identity's "first_name last_name", or organization_name for identity_type "organization".
        number (str):
        bank_name (str):
        currency (str):
        balance_id (str): Empty in unfiltered list rows.
        identity_id (str): Empty in unfiltered list rows.
        ledger_id (str): Empty in unfiltered list rows.
        ledger (Ledger | None): With include=ledger (its meta_data is always null here); null otherwise.
        balance (AccountBalance | None): With include=balance; null otherwise.
        identity (Identity | None): With include=identity; null otherwise.
        created_at (datetime.datetime):
        meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
            pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    account_id: str
    name: str
    number: str
    bank_name: str
    currency: str
    balance_id: str
    identity_id: str
    ledger_id: str
    ledger: Ledger | None
    balance: AccountBalance | None
    identity: Identity | None
    created_at: datetime.datetime
    meta_data: MetaData | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_balance import AccountBalance  # noqa: PLC0415
        from ..models.identity import Identity  # noqa: PLC0415
        from ..models.ledger import Ledger  # noqa: PLC0415
        from ..models.meta_data import MetaData  # noqa: PLC0415

        account_id = self.account_id

        name = self.name

        number = self.number

        bank_name = self.bank_name

        currency = self.currency

        balance_id = self.balance_id

        identity_id = self.identity_id

        ledger_id = self.ledger_id

        ledger: dict[str, Any] | None
        if isinstance(self.ledger, Ledger):
            ledger = self.ledger.to_dict()
        else:
            ledger = self.ledger

        balance: dict[str, Any] | None
        if isinstance(self.balance, AccountBalance):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        identity: dict[str, Any] | None
        if isinstance(self.identity, Identity):
            identity = self.identity.to_dict()
        else:
            identity = self.identity

        created_at = self.created_at.isoformat()

        meta_data: dict[str, Any] | None
        if isinstance(self.meta_data, MetaData):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "name": name,
                "number": number,
                "bank_name": bank_name,
                "currency": currency,
                "balance_id": balance_id,
                "identity_id": identity_id,
                "ledger_id": ledger_id,
                "ledger": ledger,
                "balance": balance,
                "identity": identity,
                "created_at": created_at,
                "meta_data": meta_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_balance import AccountBalance  # noqa: PLC0415
        from ..models.identity import Identity  # noqa: PLC0415
        from ..models.ledger import Ledger  # noqa: PLC0415
        from ..models.meta_data import MetaData  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        name = d.pop("name")

        number = d.pop("number")

        bank_name = d.pop("bank_name")

        currency = d.pop("currency")

        balance_id = d.pop("balance_id")

        identity_id = d.pop("identity_id")

        ledger_id = d.pop("ledger_id")

        def _parse_ledger(data: object) -> Ledger | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ledger_type_0 = Ledger.from_dict(data)

                return ledger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Ledger | None, data)

        ledger = _parse_ledger(d.pop("ledger"))

        def _parse_balance(data: object) -> AccountBalance | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balance_type_0 = AccountBalance.from_dict(data)

                return balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountBalance | None, data)

        balance = _parse_balance(d.pop("balance"))

        def _parse_identity(data: object) -> Identity | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identity_type_0 = Identity.from_dict(data)

                return identity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Identity | None, data)

        identity = _parse_identity(d.pop("identity"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_meta_data(data: object) -> MetaData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_meta_data_type_0 = MetaData.from_dict(data)

                return componentsschemas_meta_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetaData | None, data)

        meta_data = _parse_meta_data(d.pop("meta_data"))

        account = cls(
            account_id=account_id,
            name=name,
            number=number,
            bank_name=bank_name,
            currency=currency,
            balance_id=balance_id,
            identity_id=identity_id,
            ledger_id=ledger_id,
            ledger=ledger,
            balance=balance,
            identity=identity,
            created_at=created_at,
            meta_data=meta_data,
        )

        account.additional_properties = d
        return account

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
