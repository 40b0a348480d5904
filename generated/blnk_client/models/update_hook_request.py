# Generated: rendered by overlays/templates/model.py.jinja from the schema UpdateHookRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/hooks.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.hook_type import HookType

T = TypeVar("T", bound="UpdateHookRequest")


@_dataclass(slots=True, weakref_slot=True)
class UpdateHookRequest:
    """
    Attributes:
        name (None | str):
        url (str):
        type_ (HookType):
        active (bool | None):
        timeout (int | None): Seconds per call; stored as given (0 when left out; no default on update). The client's
            argument is call_timeout.
        retry_count (int | None): Stored as given (no clamping on update).
    """

    url: str
    type_: HookType
    name: None | str = None
    active: bool | None = None
    timeout: int | None = None
    retry_count: int | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["name", "active", "timeout", "retry_count"])

    def to_dict(self) -> dict[str, Any]:
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
        name = d.get("name")

        url = d["url"]

        type_ = enum_member(HookType, d["type"])

        active = d.get("active")

        timeout = d.get("timeout")

        retry_count = d.get("retry_count")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
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
                    "name",
                    "url",
                    "type",
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
