from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meta_data_2 import MetaData2


T = TypeVar("T", bound="GetIdentity")


@_attrs_define
class GetIdentity:
    """
    Example:
        {'identity_id': 'idt_0b5f333d-e0b8-4422-8e0e-5d41a767f1db', 'identity_type': 'individual', 'organization_name':
            '', 'category': '', 'first_name': 'Chijioke', 'last_name': 'Adeola', 'other_names': 'Emeka', 'gender': 'male',
            'dob': '1990-01-01T00:00:00Z', 'email_address': 'chijioke.adeola@gmail.com', 'phone_number': '+2347012345678',
            'nationality': 'Nigerian', 'street': '10 Aso Villa Way', 'country': 'Nigeria', 'state': 'Lagos', 'post_code':
            '101001', 'city': 'Lagos', 'created_at': '2023-10-16T10:00:00Z', 'meta_data': {'reference': 'XYZ123456789',
            'verified': True}}

    Attributes:
        identity_id (str):
        identity_type (str):
        organization_name (str):
        category (str):
        first_name (str):
        last_name (str):
        other_names (str):
        gender (str):
        dob (str):
        email_address (str):
        phone_number (str):
        nationality (str):
        street (str):
        country (str):
        state (str):
        post_code (str):
        city (str):
        created_at (str):
        meta_data (MetaData2):  Example: {'verified': True, 'reference': 'XYZ123456789'}.
    """

    identity_id: str
    identity_type: str
    organization_name: str
    category: str
    first_name: str
    last_name: str
    other_names: str
    gender: str
    dob: str
    email_address: str
    phone_number: str
    nationality: str
    street: str
    country: str
    state: str
    post_code: str
    city: str
    created_at: str
    meta_data: MetaData2
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

        dob = self.dob

        email_address = self.email_address

        phone_number = self.phone_number

        nationality = self.nationality

        street = self.street

        country = self.country

        state = self.state

        post_code = self.post_code

        city = self.city

        created_at = self.created_at

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
        from ..models.meta_data_2 import MetaData2  # noqa: PLC0415

        d = dict(src_dict)
        identity_id = d.pop("identity_id")

        identity_type = d.pop("identity_type")

        organization_name = d.pop("organization_name")

        category = d.pop("category")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        other_names = d.pop("other_names")

        gender = d.pop("gender")

        dob = d.pop("dob")

        email_address = d.pop("email_address")

        phone_number = d.pop("phone_number")

        nationality = d.pop("nationality")

        street = d.pop("street")

        country = d.pop("country")

        state = d.pop("state")

        post_code = d.pop("post_code")

        city = d.pop("city")

        created_at = d.pop("created_at")

        meta_data = MetaData2.from_dict(d.pop("meta_data"))

        get_identity = cls(
            identity_id=identity_id,
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
            created_at=created_at,
            meta_data=meta_data,
        )

        get_identity.additional_properties = d
        return get_identity

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
