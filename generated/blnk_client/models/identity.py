# Generated: rendered by overlays/templates/model.py.jinja from the schema Identity of spec/blnk-openapi.resolved.json; edit overlays/documents/identities-admin.yaml, overlays/documents/identities.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="Identity")


@_dataclass(slots=True, weakref_slot=True)
class Identity:
    """
    Attributes:
        identity_id (str): idt_<uuid>
        identity_type (str): Free text; the server only looks for "organization".
        organization_name (str):
        category (str):
        first_name (str):
        last_name (str):
        other_names (str):
        gender (str):
        dob (datetime.datetime): Zero time when unset.
        email_address (str):
        phone_number (str):
        nationality (str):
        street (str):
        country (str):
        state (str):
        post_code (str):
        city (str):
        created_at (datetime.datetime):
        meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
            pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    identity_id: str
    identity_type: str
    organization_name: str
    category: str
    first_name: str
    last_name: str
    other_names: str
    gender: str
    dob: datetime.datetime
    email_address: str
    phone_number: str
    nationality: str
    street: str
    country: str
    state: str
    post_code: str
    city: str
    created_at: datetime.datetime
    meta_data: MetaData | None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        identity_id = self.identity_id

        identity_type = self.identity_type

        organization_name = self.organization_name

        category = self.category

        first_name = self.first_name

        last_name = self.last_name

        other_names = self.other_names

        gender = self.gender

        dob = utc_text(self.dob, "dob")

        email_address = self.email_address

        phone_number = self.phone_number

        nationality = self.nationality

        street = self.street

        country = self.country

        state = self.state

        post_code = self.post_code

        city = self.city

        created_at = utc_text(self.created_at, "created_at")

        meta_data: dict[str, Any] | None
        if self.meta_data is None:
            meta_data = None
        else:
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identity_id": identity_id,
                "identity_type": identity_type,
                "organization_name": organization_name,
                "category": category,
                "first_name": first_name,
                "last_name": last_name,
                "other_names": other_names,
                "gender": gender,
                "dob": dob,
                "email_address": email_address,
                "phone_number": phone_number,
                "nationality": nationality,
                "street": street,
                "country": country,
                "state": state,
                "post_code": post_code,
                "city": city,
                "created_at": created_at,
                "meta_data": meta_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        identity_id = d["identity_id"]

        identity_type = d["identity_type"]

        organization_name = d["organization_name"]

        category = d["category"]

        first_name = d["first_name"]

        last_name = d["last_name"]

        other_names = d["other_names"]

        gender = d["gender"]

        dob = parse_datetime(d["dob"])

        email_address = d["email_address"]

        phone_number = d["phone_number"]

        nationality = d["nationality"]

        street = d["street"]

        country = d["country"]

        state = d["state"]

        post_code = d["post_code"]

        city = d["city"]

        created_at = parse_datetime(d["created_at"])

        _meta_data = d["meta_data"]
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        identity = cls(
            identity_id,
            identity_type,
            organization_name,
            category,
            first_name,
            last_name,
            other_names,
            gender,
            dob,
            email_address,
            phone_number,
            nationality,
            street,
            country,
            state,
            post_code,
            city,
            created_at,
            meta_data,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 19:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "identity_id",
                    "identity_type",
                    "organization_name",
                    "category",
                    "first_name",
                    "last_name",
                    "other_names",
                    "gender",
                    "dob",
                    "email_address",
                    "phone_number",
                    "nationality",
                    "street",
                    "country",
                    "state",
                    "post_code",
                    "city",
                    "created_at",
                    "meta_data",
                }
            }
            identity.additional_properties = extra

        return identity

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


from ..models.meta_data import MetaData
