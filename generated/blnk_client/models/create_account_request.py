# Generated: rendered by overlays/templates/model.py.jinja from the schema CreateAccountRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/accounts.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="CreateAccountRequest")


@_dataclass(slots=True, weakref_slot=True)
class CreateAccountRequest:
    """Either balance_id alone, or ledger_id, identity_id and currency together (400 GEN_VALIDATION_ERROR otherwise); only
    the balance_id form can succeed (see the operation).

        Attributes:
            balance_id (None | str): The balance the account points at; ledger, identity and currency are taken from it.
            identity_id (None | str): Needed when the balance has no identity.
            ledger_id (None | str): Only without balance_id.
            currency (None | str): Only without balance_id.
            bank_name (None | str):
            number (None | str): Unique across accounts; "" when left out.
            meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
                pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    balance_id: None | str = None
    identity_id: None | str = None
    ledger_id: None | str = None
    currency: None | str = None
    bank_name: None | str = None
    number: None | str = None
    meta_data: MetaData | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(
            self, ["balance_id", "identity_id", "ledger_id", "currency", "bank_name", "number", "meta_data"]
        )

    def to_dict(self) -> dict[str, Any]:
        balance_id: None | str
        if self.balance_id is None:
            balance_id = None
        else:
            balance_id = self.balance_id

        identity_id: None | str
        if self.identity_id is None:
            identity_id = None
        else:
            identity_id = self.identity_id

        ledger_id: None | str
        if self.ledger_id is None:
            ledger_id = None
        else:
            ledger_id = self.ledger_id

        currency: None | str
        if self.currency is None:
            currency = None
        else:
            currency = self.currency

        bank_name: None | str
        if self.bank_name is None:
            bank_name = None
        else:
            bank_name = self.bank_name

        number: None | str
        if self.number is None:
            number = None
        else:
            number = self.number

        meta_data: dict[str, Any] | None
        if self.meta_data is None:
            meta_data = None
        else:
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance_id is not None:
            field_dict["balance_id"] = balance_id
        if identity_id is not None:
            field_dict["identity_id"] = identity_id
        if ledger_id is not None:
            field_dict["ledger_id"] = ledger_id
        if currency is not None:
            field_dict["currency"] = currency
        if bank_name is not None:
            field_dict["bank_name"] = bank_name
        if number is not None:
            field_dict["number"] = number
        if meta_data is not None:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        balance_id = d.get("balance_id")

        identity_id = d.get("identity_id")

        ledger_id = d.get("ledger_id")

        currency = d.get("currency")

        bank_name = d.get("bank_name")

        number = d.get("number")

        _meta_data = d.get("meta_data")
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        create_account_request = cls(
            balance_id,
            identity_id,
            ledger_id,
            currency,
            bank_name,
            number,
            meta_data,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 0 + ("balance_id" in d) + ("identity_id" in d) + ("ledger_id" in d) + ("currency" in d) + (
            "bank_name" in d
        ) + ("number" in d) + ("meta_data" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "balance_id",
                    "identity_id",
                    "ledger_id",
                    "currency",
                    "bank_name",
                    "number",
                    "meta_data",
                }
            }
            create_account_request.additional_properties = extra

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


from ..models.meta_data import MetaData
