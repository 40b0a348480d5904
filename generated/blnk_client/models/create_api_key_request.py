# Generated: rendered by overlays/templates/model.py.jinja from the schema CreateAPIKeyRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/api-keys.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar, cast

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="CreateAPIKeyRequest")


@_dataclass(slots=True, weakref_slot=True)
class CreateAPIKeyRequest:
    """
    Attributes:
        name (str):
        owner (str): Who the key belongs to; a scoped caller may only name its own owner.
        scopes (list[str]): May be empty (a key that can do nothing).
        expires_at (datetime.datetime): When the key stops working (401 AUTH_EXPIRED_API_KEY after).
    """

    name: str
    owner: str
    scopes: list[str]
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner = self.owner

        scopes = self.scopes

        expires_at = utc_text(self.expires_at, "expires_at")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "owner": owner,
                "scopes": scopes,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        owner = d["owner"]

        scopes = cast(list[str], d["scopes"])

        expires_at = parse_datetime(d["expires_at"])

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        create_api_key_request = cls(
            name,
            owner,
            scopes,
            expires_at,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 4:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "name",
                    "owner",
                    "scopes",
                    "expires_at",
                }
            }
            create_api_key_request.additional_properties = extra

        return create_api_key_request

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
