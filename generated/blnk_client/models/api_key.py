# Generated: rendered by overlays/templates/model.py.jinja from the schema APIKey of spec/blnk-openapi.resolved.json; edit overlays/documents/api-keys.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar, cast

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._secrets import SECRET_FIELD
from .._validation import utc_text

T = TypeVar("T", bound="APIKey")


@_dataclass(slots=True, weakref_slot=True)
class APIKey:
    """
    Attributes:
        api_key_id (str): api_key_<uuid>
        key (str): On creation the plaintext key (URL-safe base64 of 32 random bytes, 44 characters), shown only this
            once; in lists its bcrypt hash.
        name (str):
        owner_id (str):
        scopes (list[str]):
        expires_at (datetime.datetime):
        created_at (datetime.datetime):
        last_used_at (datetime.datetime): 0001-01-01T00:00:00Z until first used.
        is_revoked (bool):
        revoked_at (datetime.datetime | None): Only once revoked.
    """

    api_key_id: str
    key: str = _field(metadata=SECRET_FIELD)
    name: str
    owner_id: str
    scopes: list[str]
    expires_at: datetime.datetime
    created_at: datetime.datetime
    last_used_at: datetime.datetime
    is_revoked: bool
    revoked_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["revoked_at"])

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        key = self.key

        name = self.name

        owner_id = self.owner_id

        scopes = self.scopes

        expires_at = utc_text(self.expires_at, "expires_at")

        created_at = utc_text(self.created_at, "created_at")

        last_used_at = utc_text(self.last_used_at, "last_used_at")

        is_revoked = self.is_revoked

        revoked_at: None | str
        if self.revoked_at is None:
            revoked_at = None
        else:
            revoked_at = utc_text(self.revoked_at, "revoked_at")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_id": api_key_id,
                "key": key,
                "name": name,
                "owner_id": owner_id,
                "scopes": scopes,
                "expires_at": expires_at,
                "created_at": created_at,
                "last_used_at": last_used_at,
                "is_revoked": is_revoked,
            }
        )
        if revoked_at is not None:
            field_dict["revoked_at"] = revoked_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        api_key_id = d["api_key_id"]

        key = d["key"]

        name = d["name"]

        owner_id = d["owner_id"]

        scopes = cast(list[str], d["scopes"])

        expires_at = parse_datetime(d["expires_at"])

        created_at = parse_datetime(d["created_at"])

        last_used_at = parse_datetime(d["last_used_at"])

        is_revoked = d["is_revoked"]

        _revoked_at = d.get("revoked_at")
        revoked_at: datetime.datetime | None
        if _revoked_at is None:
            revoked_at = _revoked_at
        else:
            revoked_at_type_0 = parse_datetime(_revoked_at)

            revoked_at = revoked_at_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        api_key = cls(
            api_key_id,
            key,
            name,
            owner_id,
            scopes,
            expires_at,
            created_at,
            last_used_at,
            is_revoked,
            revoked_at,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 9 + ("revoked_at" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "api_key_id",
                    "key",
                    "name",
                    "owner_id",
                    "scopes",
                    "expires_at",
                    "created_at",
                    "last_used_at",
                    "is_revoked",
                    "revoked_at",
                }
            }
            api_key.additional_properties = extra

        return api_key

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
