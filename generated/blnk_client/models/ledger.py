# Generated: rendered by overlays/templates/model.py.jinja from the schema Ledger of spec/blnk-openapi.resolved.json; edit overlays/documents/ledgers.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="Ledger")


@_dataclass(slots=True, weakref_slot=True)
class Ledger:
    """
    Attributes:
        ledger_id (str): ldg_<uuid>; general_ledger_id is pre-seeded.
        name (str):
        created_at (datetime.datetime):
        meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
            pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    ledger_id: str
    name: str
    created_at: datetime.datetime
    meta_data: MetaData | None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        ledger_id = self.ledger_id

        name = self.name

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
                "ledger_id": ledger_id,
                "name": name,
                "created_at": created_at,
                "meta_data": meta_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ledger_id = d["ledger_id"]

        name = d["name"]

        created_at = parse_datetime(d["created_at"])

        _meta_data = d["meta_data"]
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        ledger = cls(
            ledger_id,
            name,
            created_at,
            meta_data,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 4:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "ledger_id",
                    "name",
                    "created_at",
                    "meta_data",
                }
            }
            ledger.additional_properties = extra

        return ledger

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
