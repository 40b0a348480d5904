# Generated: rendered by overlays/templates/model.py.jinja from the schema ExternalTransaction of spec/blnk-openapi.resolved.json; edit overlays/documents/reconciliation.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="ExternalTransaction")


@_dataclass(slots=True, weakref_slot=True)
class ExternalTransaction:
    """
    Attributes:
        id (str): The transaction's id in the external system.
        amount (float):
        reference (str):
        currency (str):
        description (str):
        date (datetime.datetime):
        source (None | str):
    """

    id: str
    amount: float
    reference: str
    currency: str
    description: str
    date: datetime.datetime
    source: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["source"])

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        reference = self.reference

        currency = self.currency

        description = self.description

        date = utc_text(self.date, "date")

        source: None | str
        if self.source is None:
            source = None
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "reference": reference,
                "currency": currency,
                "description": description,
                "date": date,
            }
        )
        if source is not None:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        amount = d["amount"]

        reference = d["reference"]

        currency = d["currency"]

        description = d["description"]

        date = parse_datetime(d["date"])

        source = d.get("source")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        external_transaction = cls(
            id,
            amount,
            reference,
            currency,
            description,
            date,
            source,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 6 + ("source" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "id",
                    "amount",
                    "reference",
                    "currency",
                    "description",
                    "date",
                    "source",
                }
            }
            external_transaction.additional_properties = extra

        return external_transaction

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
