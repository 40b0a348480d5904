# Generated: rendered by overlays/templates/model.py.jinja from the schema CreateLedgerRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/ledgers.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="CreateLedgerRequest")


@_dataclass(slots=True, weakref_slot=True)
class CreateLedgerRequest:
    """
    Attributes:
        name (str):
        meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
            pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    name: str
    meta_data: MetaData | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["meta_data"])

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        meta_data: dict[str, Any] | None
        if self.meta_data is None:
            meta_data = None
        else:
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if meta_data is not None:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        _meta_data = d.get("meta_data")
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        create_ledger_request = cls(
            name,
            meta_data,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("meta_data" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "name",
                    "meta_data",
                }
            }
            create_ledger_request.additional_properties = extra

        return create_ledger_request

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
