# Generated: rendered by overlays/templates/model.py.jinja from the schema Hook of spec/blnk-openapi.resolved.json; edit overlays/documents/hooks.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member, parse_datetime
from .._validation import utc_text
from ..models.hook_type import HookType

T = TypeVar("T", bound="Hook")


@_dataclass(slots=True, weakref_slot=True)
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
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        type_ = self.type_.value

        active = self.active

        timeout = self.timeout

        retry_count = self.retry_count

        created_at = utc_text(self.created_at, "created_at")

        last_run = utc_text(self.last_run, "last_run")

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
        d = src_dict
        id = d["id"]

        name = d["name"]

        url = d["url"]

        type_ = enum_member(HookType, d["type"])

        active = d["active"]

        timeout = d["timeout"]

        retry_count = d["retry_count"]

        created_at = parse_datetime(d["created_at"])

        last_run = parse_datetime(d["last_run"])

        last_success = d["last_success"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        hook = cls(
            id,
            name,
            url,
            type_,
            active,
            timeout,
            retry_count,
            created_at,
            last_run,
            last_success,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 10:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "id",
                    "name",
                    "url",
                    "type",
                    "active",
                    "timeout",
                    "retry_count",
                    "created_at",
                    "last_run",
                    "last_success",
                }
            }
            hook.additional_properties = extra

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
