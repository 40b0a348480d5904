from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The legacy field is `error` (a string) on most routes and `errors` on validation failures of ledgers, balances,
    monitors, accounts and transactions; query-filter parse errors put a list of {Param, Message} there.

        Attributes:
            error (Any | Unset): Legacy message, kept by the server until its next major release.
            errors (Any | Unset): Legacy message under its plural name.
            error_detail (ErrorDetail | Unset):
    """

    error: Any | Unset = UNSET
    errors: Any | Unset = UNSET
    error_detail: ErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        errors = self.errors

        error_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_detail, Unset):
            error_detail = self.error_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if errors is not UNSET:
            field_dict["errors"] = errors
        if error_detail is not UNSET:
            field_dict["error_detail"] = error_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error = d.get("error", UNSET)

        errors = d.get("errors", UNSET)

        _error_detail = d.get("error_detail", UNSET)
        error_detail: ErrorDetail | Unset
        if isinstance(_error_detail, Unset):
            error_detail = UNSET
        else:
            error_detail = ErrorDetail.from_dict(_error_detail)

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
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
