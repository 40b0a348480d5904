from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import enum_member
from ..models.hook_type import HookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateHookRequest")


@_attrs_define
class UpdateHookRequest:
    """
    Attributes:
        url (str):
        type_ (HookType):
        name (str | Unset):
        active (bool | Unset):
        timeout (int | Unset): Seconds per call; stored as given (0 when left out; no default on update). The client's
            argument is call_timeout.
        retry_count (int | Unset): Stored as given (no clamping on update).
    """

    url: str
    type_: HookType
    name: str | Unset = UNSET
    active: bool | Unset = UNSET
    timeout: int | Unset = UNSET
    retry_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        type_ = self.type_.value

        name = self.name

        active = self.active

        timeout = self.timeout

        retry_count = self.retry_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if active is not UNSET:
            field_dict["active"] = active
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if retry_count is not UNSET:
            field_dict["retry_count"] = retry_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d["url"]

        type_ = enum_member(HookType, d["type"])

        name = d.get("name", UNSET)

        active = d.get("active", UNSET)

        timeout = d.get("timeout", UNSET)

        retry_count = d.get("retry_count", UNSET)

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        update_hook_request = cls(
            url,
            type_,
            name,
            active,
            timeout,
            retry_count,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2 + ("name" in d) + ("active" in d) + ("timeout" in d) + ("retry_count" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "url",
                    "type",
                    "name",
                    "active",
                    "timeout",
                    "retry_count",
                }
            }
            update_hook_request.additional_properties = extra

        return update_hook_request

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
