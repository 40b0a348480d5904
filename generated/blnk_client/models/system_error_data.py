from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="SystemErrorData")


@_attrs_define
class SystemErrorData:
    """internal/notification/notification.go

    Attributes:
        error (str):
        time (datetime.datetime):
    """

    error: str
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        time = utc_text(self.time, "time")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error = d["error"]

        time = parse_datetime(d["time"])

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        system_error_data = cls(
            error,
            time,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "error",
                    "time",
                }
            }
            system_error_data.additional_properties = extra

        return system_error_data

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
