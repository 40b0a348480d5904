# Generated: rendered by overlays/templates/model.py.jinja from the schema CreateHookRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/hooks.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.hook_type import HookType

T = TypeVar("T", bound="CreateHookRequest")


@_dataclass(slots=True, weakref_slot=True)
class CreateHookRequest:
    """
    Attributes:
        id (None | str): Your own id; hook_<uuid> is generated when left out. An existing id is overwritten.
        name (None | str):
        url (str): The endpoint the hook calls (POST); empty answers 500 HOOK_OPERATION_FAILED.
        type_ (HookType):
        active (bool | None): Only active hooks run; false unless given. Default: False.
        timeout (int | None): Seconds per call; 0 or less becomes 30. The client's argument is call_timeout.
        retry_count (int | None): Retries of a failed call; below 0 becomes 3, above 10 becomes 10.
    """

    url: str
    type_: HookType
    id: None | str = None
    name: None | str = None
    active: bool | None = None
    timeout: int | None = None
    retry_count: int | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["id", "name", "active", "timeout", "retry_count"])

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        if self.id is None:
            id = None
        else:
            id = self.id

        name: None | str
        if self.name is None:
            name = None
        else:
            name = self.name

        url = self.url

        type_ = self.type_.value

        active: bool | None
        if self.active is None:
            active = None
        else:
            active = self.active

        timeout: int | None
        if self.timeout is None:
            timeout = None
        else:
            timeout = self.timeout

        retry_count: int | None
        if self.retry_count is None:
            retry_count = None
        else:
            retry_count = self.retry_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "type": type_,
            }
        )
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if active is not None:
            field_dict["active"] = active
        if timeout is not None:
            field_dict["timeout"] = timeout
        if retry_count is not None:
            field_dict["retry_count"] = retry_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id")

        name = d.get("name")

        url = d["url"]

        type_ = enum_member(HookType, d["type"])

        active = d.get("active")

        timeout = d.get("timeout")

        retry_count = d.get("retry_count")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        create_hook_request = cls(
            url,
            type_,
            id,
            name,
            active,
            timeout,
            retry_count,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2 + ("id" in d) + ("name" in d) + ("active" in d) + ("timeout" in d) + ("retry_count" in d):
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
                }
            }
            create_hook_request.additional_properties = extra

        return create_hook_request

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
