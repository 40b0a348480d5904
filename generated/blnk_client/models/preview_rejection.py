# Generated: rendered by overlays/templates/model.py.jinja from the schema PreviewRejection of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.error_code import ErrorCode

T = TypeVar("T", bound="PreviewRejection")


@_dataclass(slots=True, weakref_slot=True)
class PreviewRejection:
    """
    Attributes:
        code (ErrorCode): The server's error catalog (internal/apierror/codes.go at v0.15.2-47-gcba0072), each code with
            a fixed HTTP status. Legacy codes (NOT_FOUND, CONFLICT, ...) are normalized to their GEN_* equivalents before
            they reach a response.
        reason (str): A short machine reason, e.g. insufficient_funds.
        message (str):
    """

    code: ErrorCode
    reason: str
    message: str
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        reason = self.reason

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "reason": reason,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        code = enum_member(ErrorCode, d["code"])

        reason = d["reason"]

        message = d["message"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        preview_rejection = cls(
            code,
            reason,
            message,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 3:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "code",
                    "reason",
                    "message",
                }
            }
            preview_rejection.additional_properties = extra

        return preview_rejection

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
