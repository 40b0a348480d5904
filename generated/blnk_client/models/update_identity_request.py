from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_data import MetaData


T = TypeVar("T", bound="UpdateIdentityRequest")


@_attrs_define
class UpdateIdentityRequest:
    """Every field optional; empty strings are ignored rather than written.

    Attributes:
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
        from ..models.meta_data import MetaData  # noqa: PLC0415

        identity_type = self.identity_type

        organization_name = self.organization_name

        category = self.category

        first_name = self.first_name

        last_name = self.last_name

        other_names = self.other_names

        gender = self.gender

        dob: str | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = self.dob.isoformat()

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
        from ..models.meta_data import MetaData  # noqa: PLC0415

        d = dict(src_dict)
        identity_type = d.pop("identity_type", UNSET)

        organization_name = d.pop("organization_name", UNSET)

        category = d.pop("category", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        other_names = d.pop("other_names", UNSET)

        gender = d.pop("gender", UNSET)

        _dob = d.pop("dob", UNSET)
        dob: datetime.datetime | Unset
        if isinstance(_dob, Unset):
            dob = UNSET
        else:
            dob = datetime.datetime.fromisoformat(_dob)

        email_address = d.pop("email_address", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        nationality = d.pop("nationality", UNSET)

        street = d.pop("street", UNSET)

        country = d.pop("country", UNSET)

        state = d.pop("state", UNSET)

        post_code = d.pop("post_code", UNSET)

        city = d.pop("city", UNSET)

        def _parse_meta_data(data: object) -> MetaData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_meta_data_type_0 = MetaData.from_dict(data)

                return componentsschemas_meta_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetaData | None | Unset, data)

        meta_data = _parse_meta_data(d.pop("meta_data", UNSET))

        update_identity_request = cls(
            identity_type=identity_type,
            organization_name=organization_name,
            category=category,
            first_name=first_name,
            last_name=last_name,
            other_names=other_names,
            gender=gender,
            dob=dob,
            email_address=email_address,
            phone_number=phone_number,
            nationality=nationality,
            street=street,
            country=country,
            state=state,
            post_code=post_code,
            city=city,
            meta_data=meta_data,
        )

        update_identity_request.additional_properties = d
        return update_identity_request

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
