from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hook_type import HookType

T = TypeVar("T", bound="Hook")


@_attrs_define
class Hook:
    """
    Attributes:
        id (str): hook_<uuid>, or the id given at creation.
        name (str):
        url (str):
        type_ (HookType):
        active (bool):
        timeout (int): Seconds.
        retry_count (int):
        created_at (datetime.datetime):
        last_run (datetime.datetime): 0001-01-01T00:00:00Z until it first runs.
        last_success (bool):
    """

    id: str
    name: str
    url: str
    type_: HookType
    active: bool
    timeout: int
    retry_count: int
    created_at: datetime.datetime
    last_run: datetime.datetime
    last_success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        type_ = self.type_.value

        active = self.active

        timeout = self.timeout

        retry_count = self.retry_count

        created_at = self.created_at.isoformat()

        last_run = self.last_run.isoformat()

        last_success = self.last_success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "type": type_,
                "active": active,
                "timeout": timeout,
                "retry_count": retry_count,
                "created_at": created_at,
                "last_run": last_run,
                "last_success": last_success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        url = d.pop("url")

        type_ = HookType(d.pop("type"))

        active = d.pop("active")

        timeout = d.pop("timeout")

        retry_count = d.pop("retry_count")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        last_run = datetime.datetime.fromisoformat(d.pop("last_run"))

        last_success = d.pop("last_success")

        hook = cls(
            id=id,
            name=name,
            url=url,
            type_=type_,
            active=active,
            timeout=timeout,
            retry_count=retry_count,
            created_at=created_at,
            last_run=last_run,
            last_success=last_success,
        )

        hook.additional_properties = d
        return hook

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
