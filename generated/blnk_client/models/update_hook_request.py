from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        url = d.pop("url")

        type_ = HookType(d.pop("type"))

        name = d.pop("name", UNSET)

        active = d.pop("active", UNSET)

        timeout = d.pop("timeout", UNSET)

        retry_count = d.pop("retry_count", UNSET)

        update_hook_request = cls(
            url=url,
            type_=type_,
            name=name,
            active=active,
            timeout=timeout,
            retry_count=retry_count,
        )

        update_hook_request.additional_properties = d
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
