# Generated: rendered by overlays/templates/model.py.jinja from the schema ListAccountsFilters of spec/blnk-openapi.resolved.json; edit overlays/documents/ or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="ListAccountsFilters")


@_dataclass(slots=True, weakref_slot=True)
class ListAccountsFilters:
    additional_properties: dict[str, str] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # No fields: __init__ would only make the dict that the copy below replaces.
        list_accounts_filters = cls.__new__(cls)

        extra = {**d}  # a copy; unlike dict(), refuses a list of pairs
        list_accounts_filters.additional_properties = extra

        return list_accounts_filters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
