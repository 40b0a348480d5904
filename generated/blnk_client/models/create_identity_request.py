from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meta_data_2 import MetaData2


T = TypeVar("T", bound="CreateIdentityRequest")


@_attrs_define
class CreateIdentityRequest:
    """
    Example:
        {'identity_type': 'organization', 'name': 'Blnk', 'category': 'fintech', 'street': '10 Aso Villa Way',
            'country': 'Nigeria', 'state': 'Lagos', 'post_code': '101001', 'city': 'Lagos', 'created_at':
            '2023-10-16T10:00:00Z', 'meta_data': {'verified': True, 'reference': 'XYZ123456789'}}

    Attributes:
        identity_type (str):
        name (str):
        category (str):
        street (str):
        country (str):
        state (str):
        post_code (str):
        city (str):
        created_at (str):
        meta_data (MetaData2):  Example: {'verified': True, 'reference': 'XYZ123456789'}.
    """

    identity_type: str
    name: str
    category: str
    street: str
    country: str
    state: str
    post_code: str
    city: str
    created_at: str
    meta_data: MetaData2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity_type = self.identity_type

        name = self.name

        category = self.category

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
                "identity_type": identity_type,
                "name": name,
                "category": category,
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
        identity_type = d.pop("identity_type")

        name = d.pop("name")

        category = d.pop("category")

        street = d.pop("street")

        country = d.pop("country")

        state = d.pop("state")

        post_code = d.pop("post_code")

        city = d.pop("city")

        created_at = d.pop("created_at")

        meta_data = MetaData2.from_dict(d.pop("meta_data"))

        create_identity_request = cls(
            identity_type=identity_type,
            name=name,
            category=category,
            street=street,
            country=country,
            state=state,
            post_code=post_code,
            city=city,
            created_at=created_at,
            meta_data=meta_data,
        )

        create_identity_request.additional_properties = d
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
