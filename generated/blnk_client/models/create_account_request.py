from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_data import MetaData


T = TypeVar("T", bound="CreateAccountRequest")


@_attrs_define
class CreateAccountRequest:
    """Either balance_id alone, or ledger_id, identity_id and currency together (400 GEN_VALIDATION_ERROR otherwise); only
    the balance_id form can succeed (see the operation).

        Attributes:
            balance_id (str | Unset): The balance the account points at; ledger, identity and currency are taken from it.
            identity_id (str | Unset): Needed when the balance has no identity.
            ledger_id (str | Unset): Only without balance_id.
            currency (str | Unset): Only without balance_id.
            bank_name (str | Unset):
            number (str | Unset): Unique across accounts; "" when left out.
            meta_data (MetaData | None | Unset): Free-form JSON object (Go map[string]interface{}); null when never set. Its
                numbers pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    balance_id: str | Unset = UNSET
    identity_id: str | Unset = UNSET
    ledger_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    number: str | Unset = UNSET
    meta_data: MetaData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meta_data import MetaData  # noqa: PLC0415

        balance_id = self.balance_id

        identity_id = self.identity_id

        ledger_id = self.ledger_id

        currency = self.currency

        bank_name = self.bank_name

        number = self.number

        meta_data: dict[str, Any] | None | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, MetaData):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance_id is not UNSET:
            field_dict["balance_id"] = balance_id
        if identity_id is not UNSET:
            field_dict["identity_id"] = identity_id
        if ledger_id is not UNSET:
            field_dict["ledger_id"] = ledger_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if number is not UNSET:
            field_dict["number"] = number
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta_data import MetaData  # noqa: PLC0415

        d = dict(src_dict)
        balance_id = d.pop("balance_id", UNSET)

        identity_id = d.pop("identity_id", UNSET)

        ledger_id = d.pop("ledger_id", UNSET)

        currency = d.pop("currency", UNSET)

        bank_name = d.pop("bank_name", UNSET)

        number = d.pop("number", UNSET)

        def _parse_meta_data(data: object) -> MetaData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_meta_data_type_0 = MetaData.from_dict(data)

                return componentsschemas_meta_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetaData | None | Unset, data)

        meta_data = _parse_meta_data(d.pop("meta_data", UNSET))

        create_account_request = cls(
            balance_id=balance_id,
            identity_id=identity_id,
            ledger_id=ledger_id,
            currency=currency,
            bank_name=bank_name,
            number=number,
            meta_data=meta_data,
        )

        create_account_request.additional_properties = d
        return create_account_request

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
