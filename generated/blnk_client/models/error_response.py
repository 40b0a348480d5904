# Generated: rendered by overlays/templates/model.py.jinja from the schema ErrorResponse of spec/blnk-openapi.resolved.json; edit overlays/documents/errors.yaml, overlays/documents/releases.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="ErrorResponse")


@_dataclass(slots=True, weakref_slot=True)
class ErrorResponse:
    """The legacy field is `error` (a string) on most routes and `errors` on validation failures of ledgers, balances,
    monitors, accounts and transactions; query-filter parse errors put a list of {Param, Message} there.

        Attributes:
            error (Any): Legacy message, kept by the server until its next major release.
            errors (Any): Legacy message under its plural name.
            error_detail (ErrorDetail | None): Added in Blnk v0.15.0: older servers neither send nor read it (None).
    """

    error: Any = None
    errors: Any = None
    error_detail: ErrorDetail | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["error", "errors", "error_detail"])

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        errors = self.errors

        error_detail: dict[str, Any] | None
        if self.error_detail is None:
            error_detail = None
        else:
            error_detail = self.error_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not None:
            field_dict["error"] = error
        if errors is not None:
            field_dict["errors"] = errors
        if error_detail is not None:
            field_dict["error_detail"] = error_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error = d.get("error")

        errors = d.get("errors")

        _error_detail = d.get("error_detail")
        error_detail: ErrorDetail | None
        if _error_detail is None:
            error_detail = _error_detail
        else:
            error_detail_type_1 = ErrorDetail.from_dict(_error_detail)

            error_detail = error_detail_type_1

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        error_response = cls(
            error,
            errors,
            error_detail,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 0 + ("error" in d) + ("errors" in d) + ("error_detail" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "error",
                    "errors",
                    "error_detail",
                }
            }
            error_response.additional_properties = extra

        return error_response

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
