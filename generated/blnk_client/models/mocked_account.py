# Generated: rendered by overlays/templates/model.py.jinja from the schema MockedAccount of spec/blnk-openapi.resolved.json; edit overlays/documents/accounts.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="MockedAccount")


@_dataclass(slots=True, weakref_slot=True)
class MockedAccount:
    """
    Attributes:
        bank_name (str): Always "Blnk Bank".
        account_number (str):
    """

    bank_name: str
    account_number: str
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        bank_name = self.bank_name

        account_number = self.account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank_name": bank_name,
                "account_number": account_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        bank_name = d["bank_name"]

        account_number = d["account_number"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        mocked_account = cls(
            bank_name,
            account_number,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "bank_name",
                    "account_number",
                }
            }
            mocked_account.additional_properties = extra

        return mocked_account

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
