# Generated: rendered by overlays/templates/model.py.jinja from the schema DetokenizedFields of spec/blnk-openapi.resolved.json; edit overlays/documents/identities-admin.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._secrets import SECRET_FIELD

T = TypeVar("T", bound="DetokenizedFields")


@_dataclass(slots=True, weakref_slot=True)
class DetokenizedFields:
    """
    Attributes:
        fields (DetokenizedFieldsFields): Field name to original value.
    """

    fields: DetokenizedFieldsFields = _field(metadata=SECRET_FIELD)
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        fields = DetokenizedFieldsFields.from_dict(d["fields"])

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        detokenized_fields = cls(
            fields,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "fields",
                }
            }
            detokenized_fields.additional_properties = extra

        return detokenized_fields

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


from ..models.detokenized_fields_fields import DetokenizedFieldsFields
