# Generated: rendered by overlays/templates/model.py.jinja from the schema IdentityTokenizedFields of spec/blnk-openapi.resolved.json; edit overlays/documents/identities-admin.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar, cast

from .._model_repr import present_repr

T = TypeVar("T", bound="IdentityTokenizedFields")


@_dataclass(slots=True, weakref_slot=True)
class IdentityTokenizedFields:
    """
    Attributes:
        tokenized_fields (list[str]): Go struct names (FirstName, EmailAddress, ...).
        debug_info (IdentityTokenizedFieldsDebugInfo | None): Only when meta_data.tokenized_fields is not an object.
    """

    tokenized_fields: list[str]
    debug_info: IdentityTokenizedFieldsDebugInfo | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["debug_info"])

    def to_dict(self) -> dict[str, Any]:
        tokenized_fields = self.tokenized_fields

        debug_info: dict[str, Any] | None
        if self.debug_info is None:
            debug_info = None
        else:
            debug_info = self.debug_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenized_fields": tokenized_fields,
            }
        )
        if debug_info is not None:
            field_dict["debug_info"] = debug_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tokenized_fields = cast(list[str], d["tokenized_fields"])

        _debug_info = d.get("debug_info")
        debug_info: IdentityTokenizedFieldsDebugInfo | None
        if _debug_info is None:
            debug_info = _debug_info
        else:
            debug_info_type_1 = IdentityTokenizedFieldsDebugInfo.from_dict(_debug_info)

            debug_info = debug_info_type_1

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        identity_tokenized_fields = cls(
            tokenized_fields,
            debug_info,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("debug_info" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "tokenized_fields",
                    "debug_info",
                }
            }
            identity_tokenized_fields.additional_properties = extra

        return identity_tokenized_fields

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


from ..models.identity_tokenized_fields_debug_info import IdentityTokenizedFieldsDebugInfo
