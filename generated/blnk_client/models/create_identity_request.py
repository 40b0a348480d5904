# Generated: rendered by overlays/templates/model.py.jinja from the schema CreateIdentityRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/identities.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="CreateIdentityRequest")


@_dataclass(slots=True, weakref_slot=True)
class CreateIdentityRequest:
    """
    Attributes:
        identity_id (None | str):
        identity_type (None | str):
        organization_name (None | str):
        category (None | str):
        first_name (None | str):
        last_name (None | str):
        other_names (None | str):
        gender (None | str):
        dob (datetime.datetime | None): A full RFC 3339 timestamp; a bare date fails to bind.
        email_address (None | str):
        phone_number (None | str):
        nationality (None | str):
        street (None | str):
        country (None | str):
        state (None | str):
        post_code (None | str):
        city (None | str):
        meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
            pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    identity_id: None | str = None
    identity_type: None | str = None
    organization_name: None | str = None
    category: None | str = None
    first_name: None | str = None
    last_name: None | str = None
    other_names: None | str = None
    gender: None | str = None
    dob: datetime.datetime | None = None
    email_address: None | str = None
    phone_number: None | str = None
    nationality: None | str = None
    street: None | str = None
    country: None | str = None
    state: None | str = None
    post_code: None | str = None
    city: None | str = None
    meta_data: MetaData | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(
            self,
            [
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
                "meta_data",
            ],
        )

    def to_dict(self) -> dict[str, Any]:
        identity_id: None | str
        if self.identity_id is None:
            identity_id = None
        else:
            identity_id = self.identity_id

        identity_type: None | str
        if self.identity_type is None:
            identity_type = None
        else:
            identity_type = self.identity_type

        organization_name: None | str
        if self.organization_name is None:
            organization_name = None
        else:
            organization_name = self.organization_name

        category: None | str
        if self.category is None:
            category = None
        else:
            category = self.category

        first_name: None | str
        if self.first_name is None:
            first_name = None
        else:
            first_name = self.first_name

        last_name: None | str
        if self.last_name is None:
            last_name = None
        else:
            last_name = self.last_name

        other_names: None | str
        if self.other_names is None:
            other_names = None
        else:
            other_names = self.other_names

        gender: None | str
        if self.gender is None:
            gender = None
        else:
            gender = self.gender

        dob: None | str
        if self.dob is None:
            dob = None
        else:
            dob = utc_text(self.dob, "dob")

        email_address: None | str
        if self.email_address is None:
            email_address = None
        else:
            email_address = self.email_address

        phone_number: None | str
        if self.phone_number is None:
            phone_number = None
        else:
            phone_number = self.phone_number

        nationality: None | str
        if self.nationality is None:
            nationality = None
        else:
            nationality = self.nationality

        street: None | str
        if self.street is None:
            street = None
        else:
            street = self.street

        country: None | str
        if self.country is None:
            country = None
        else:
            country = self.country

        state: None | str
        if self.state is None:
            state = None
        else:
            state = self.state

        post_code: None | str
        if self.post_code is None:
            post_code = None
        else:
            post_code = self.post_code

        city: None | str
        if self.city is None:
            city = None
        else:
            city = self.city

        meta_data: dict[str, Any] | None
        if self.meta_data is None:
            meta_data = None
        else:
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identity_id is not None:
            field_dict["identity_id"] = identity_id
        if identity_type is not None:
            field_dict["identity_type"] = identity_type
        if organization_name is not None:
            field_dict["organization_name"] = organization_name
        if category is not None:
            field_dict["category"] = category
        if first_name is not None:
            field_dict["first_name"] = first_name
        if last_name is not None:
            field_dict["last_name"] = last_name
        if other_names is not None:
            field_dict["other_names"] = other_names
        if gender is not None:
            field_dict["gender"] = gender
        if dob is not None:
            field_dict["dob"] = dob
        if email_address is not None:
            field_dict["email_address"] = email_address
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if nationality is not None:
            field_dict["nationality"] = nationality
        if street is not None:
            field_dict["street"] = street
        if country is not None:
            field_dict["country"] = country
        if state is not None:
            field_dict["state"] = state
        if post_code is not None:
            field_dict["post_code"] = post_code
        if city is not None:
            field_dict["city"] = city
        if meta_data is not None:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        identity_id = d.get("identity_id")

        identity_type = d.get("identity_type")

        organization_name = d.get("organization_name")

        category = d.get("category")

        first_name = d.get("first_name")

        last_name = d.get("last_name")

        other_names = d.get("other_names")

        gender = d.get("gender")

        _dob = d.get("dob")
        dob: datetime.datetime | None
        if _dob is None:
            dob = _dob
        else:
            dob_type_0 = parse_datetime(_dob)

            dob = dob_type_0

        email_address = d.get("email_address")

        phone_number = d.get("phone_number")

        nationality = d.get("nationality")

        street = d.get("street")

        country = d.get("country")

        state = d.get("state")

        post_code = d.get("post_code")

        city = d.get("city")

        _meta_data = d.get("meta_data")
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        create_identity_request = cls(
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
            meta_data,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 0 + ("identity_id" in d) + ("identity_type" in d) + ("organization_name" in d) + (
            "category" in d
        ) + ("first_name" in d) + ("last_name" in d) + ("other_names" in d) + ("gender" in d) + ("dob" in d) + (
            "email_address" in d
        ) + ("phone_number" in d) + ("nationality" in d) + ("street" in d) + ("country" in d) + ("state" in d) + (
            "post_code" in d
        ) + ("city" in d) + ("meta_data" in d):
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
                    "meta_data",
                }
            }
            create_identity_request.additional_properties = extra

        return create_identity_request

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
