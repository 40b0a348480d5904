# Generated: rendered by overlays/templates/model.py.jinja from the schema LegacyError of spec/blnk-openapi.resolved.json; edit overlays/documents/backups.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="LegacyError")


@_dataclass(slots=True, weakref_slot=True)
class LegacyError:
    """
    Attributes:
        code (str): A legacy code (INTERNAL_SERVER_ERROR); use error_detail.code instead.
        message (str):
        details (Any): The Go error behind it, usually serialized as {}.
    """

    code: str
    message: str
    details: Any = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["details"])

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not None:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        code = d["code"]

        message = d["message"]

        details = d.get("details")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        legacy_error = cls(
            code,
            message,
            details,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2 + ("details" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "code",
                    "message",
                    "details",
                }
            }
            legacy_error.additional_properties = extra

        return legacy_error

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
