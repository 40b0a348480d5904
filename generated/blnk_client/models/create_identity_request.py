from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import parse_datetime
from .._validation import utc_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIdentityRequest")


@_attrs_define
class CreateIdentityRequest:
    """
    Attributes:
        identity_id (str | Unset):
        identity_type (str | Unset):
        organization_name (str | Unset):
        category (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        other_names (str | Unset):
        gender (str | Unset):
        dob (datetime.datetime | Unset): A full RFC 3339 timestamp; a bare date fails to bind.
        email_address (str | Unset):
        phone_number (str | Unset):
        nationality (str | Unset):
        street (str | Unset):
        country (str | Unset):
        state (str | Unset):
        post_code (str | Unset):
        city (str | Unset):
        meta_data (MetaData | None | Unset): Free-form JSON object (Go map[string]interface{}); null when never set. Its
            numbers pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    identity_id: str | Unset = UNSET
    identity_type: str | Unset = UNSET
    organization_name: str | Unset = UNSET
    category: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    other_names: str | Unset = UNSET
    gender: str | Unset = UNSET
    dob: datetime.datetime | Unset = UNSET
    email_address: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    nationality: str | Unset = UNSET
    street: str | Unset = UNSET
    country: str | Unset = UNSET
    state: str | Unset = UNSET
    post_code: str | Unset = UNSET
    city: str | Unset = UNSET
    meta_data: MetaData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity_id = self.identity_id

        identity_type = self.identity_type

        organization_name = self.organization_name

        category = self.category

        first_name = self.first_name

        last_name = self.last_name

        other_names = self.other_names

        gender = self.gender

        dob: str | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = utc_text(self.dob, "dob")

        email_address = self.email_address

        phone_number = self.phone_number

        nationality = self.nationality

        street = self.street

        country = self.country

        state = self.state

        post_code = self.post_code

        city = self.city

        meta_data: dict[str, Any] | None | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, MetaData):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identity_id is not UNSET:
            field_dict["identity_id"] = identity_id
        if identity_type is not UNSET:
            field_dict["identity_type"] = identity_type
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if category is not UNSET:
            field_dict["category"] = category
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if other_names is not UNSET:
            field_dict["other_names"] = other_names
        if gender is not UNSET:
            field_dict["gender"] = gender
        if dob is not UNSET:
            field_dict["dob"] = dob
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if street is not UNSET:
            field_dict["street"] = street
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if post_code is not UNSET:
            field_dict["post_code"] = post_code
        if city is not UNSET:
            field_dict["city"] = city
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        identity_id = d.get("identity_id", UNSET)

        identity_type = d.get("identity_type", UNSET)

        organization_name = d.get("organization_name", UNSET)

        category = d.get("category", UNSET)

        first_name = d.get("first_name", UNSET)

        last_name = d.get("last_name", UNSET)

        other_names = d.get("other_names", UNSET)

        gender = d.get("gender", UNSET)

        _dob = d.get("dob", UNSET)
        dob: datetime.datetime | Unset
        if isinstance(_dob, Unset):
            dob = UNSET
        else:
            dob = parse_datetime(_dob)

        email_address = d.get("email_address", UNSET)

        phone_number = d.get("phone_number", UNSET)

        nationality = d.get("nationality", UNSET)

        street = d.get("street", UNSET)

        country = d.get("country", UNSET)

        state = d.get("state", UNSET)

        post_code = d.get("post_code", UNSET)

        city = d.get("city", UNSET)

        _meta_data = d.get("meta_data", UNSET)
        meta_data: MetaData | None | Unset
        if _meta_data is None or _meta_data is UNSET:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
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
