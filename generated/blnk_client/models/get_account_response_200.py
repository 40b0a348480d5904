from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.balance import Balance
    from ..models.identity import Identity
    from ..models.ledger import Ledger
    from ..models.meta_data_2 import MetaData2


T = TypeVar("T", bound="GetAccountResponse200")


@_attrs_define
class GetAccountResponse200:
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
        meta_data (MetaData2):  Example: {'verified': True, 'reference': 'XYZ123456789'}.
        ledger (Ledger):
        balance (Balance): Amounts are integers in minor units of any size (Go *big.Int); no precision is stored.
        identity (Identity):
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
    meta_data: MetaData2
    ledger: Ledger
    balance: Balance
    identity: Identity
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

        meta_data = self.meta_data.to_dict()

        ledger = self.ledger.to_dict()

        balance = self.balance.to_dict()

        identity = self.identity.to_dict()

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
        from ..models.balance import Balance  # noqa: PLC0415
        from ..models.identity import Identity  # noqa: PLC0415
        from ..models.ledger import Ledger  # noqa: PLC0415
        from ..models.meta_data_2 import MetaData2  # noqa: PLC0415

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

        meta_data = MetaData2.from_dict(d.pop("meta_data"))

        ledger = Ledger.from_dict(d.pop("ledger"))

        balance = Balance.from_dict(d.pop("balance"))

        identity = Identity.from_dict(d.pop("identity"))

        get_account_response_200 = cls(
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

        get_account_response_200.additional_properties = d
        return get_account_response_200

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
