# Generated: rendered by overlays/templates/model.py.jinja from the schema HookErrorResponse of spec/blnk-openapi.resolved.json; edit overlays/documents/hooks.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="HookErrorResponse")


@_dataclass(slots=True, weakref_slot=True)
class HookErrorResponse:
    """The hook routes' own error shape; branch on error_detail.code.

    Attributes:
        code (str): A legacy code (INVALID_INPUT, NOT_FOUND); use error_detail.code instead.
        message (str):
        details (Any): The Go error behind it, usually serialized as {}.
        error_detail (ErrorDetail):
    """

    code: str
    message: str
    error_detail: ErrorDetail
    details: Any = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["details"])

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        error_detail = self.error_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "error_detail": error_detail,
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

        error_detail = ErrorDetail.from_dict(d["error_detail"])

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        hook_error_response = cls(
            code,
            message,
            error_detail,
            details,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 3 + ("details" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "code",
                    "message",
                    "details",
                    "error_detail",
                }
            }
            hook_error_response.additional_properties = extra

        return hook_error_response

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


from ..models.error_detail import ErrorDetail
