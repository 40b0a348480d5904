# Generated: rendered by overlays/templates/model.py.jinja from the schema Account of spec/blnk-openapi.resolved.json; edit overlays/documents/accounts.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="Account")


@_dataclass(slots=True, weakref_slot=True)
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
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        name = self.name

        number = self.number

        bank_name = self.bank_name

        currency = self.currency

        balance_id = self.balance_id

        identity_id = self.identity_id

        ledger_id = self.ledger_id

        ledger: dict[str, Any] | None
        if self.ledger is None:
            ledger = None
        else:
            ledger = self.ledger.to_dict()

        balance: dict[str, Any] | None
        if self.balance is None:
            balance = None
        else:
            balance = self.balance.to_dict()

        identity: dict[str, Any] | None
        if self.identity is None:
            identity = None
        else:
            identity = self.identity.to_dict()

        created_at = utc_text(self.created_at, "created_at")

        meta_data: dict[str, Any] | None
        if self.meta_data is None:
            meta_data = None
        else:
            meta_data = self.meta_data.to_dict()

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
        d = src_dict
        account_id = d["account_id"]

        name = d["name"]

        number = d["number"]

        bank_name = d["bank_name"]

        currency = d["currency"]

        balance_id = d["balance_id"]

        identity_id = d["identity_id"]

        ledger_id = d["ledger_id"]

        _ledger = d["ledger"]
        ledger: Ledger | None
        if _ledger is None:
            ledger = _ledger
        else:
            ledger_type_0 = Ledger.from_dict(_ledger)

            ledger = ledger_type_0

        _balance = d["balance"]
        balance: AccountBalance | None
        if _balance is None:
            balance = _balance
        else:
            balance_type_0 = AccountBalance.from_dict(_balance)

            balance = balance_type_0

        _identity = d["identity"]
        identity: Identity | None
        if _identity is None:
            identity = _identity
        else:
            identity_type_0 = Identity.from_dict(_identity)

            identity = identity_type_0

        created_at = parse_datetime(d["created_at"])

        _meta_data = d["meta_data"]
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        account = cls(
            account_id,
            name,
            number,
            bank_name,
            currency,
            balance_id,
            identity_id,
            ledger_id,
            ledger,
            balance,
            identity,
            created_at,
            meta_data,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 13:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "account_id",
                    "name",
                    "number",
                    "bank_name",
                    "currency",
                    "balance_id",
                    "identity_id",
                    "ledger_id",
                    "ledger",
                    "balance",
                    "identity",
                    "created_at",
                    "meta_data",
                }
            }
            account.additional_properties = extra

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


from ..models.account_balance import AccountBalance
from ..models.identity import Identity
from ..models.ledger import Ledger
from ..models.meta_data import MetaData
