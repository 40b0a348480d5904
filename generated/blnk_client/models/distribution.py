# Generated: rendered by overlays/templates/model.py.jinja from the schema Distribution of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="Distribution")


@_dataclass(slots=True, weakref_slot=True)
class Distribution:
    """One leg of a split. Give distribution (a percentage "10%", a fixed amount in major units "100", or "left") or
    precise_distribution (minor units, or "left"); one "left" at most.

        Attributes:
            identifier (str): A balance id or an @indicator.
            distribution (None | str):
            precise_distribution (None | str): An integer string in minor units, or "left".
            transaction_id (None | str): The leg's transaction (server-assigned; may belong to another identifier's leg).
    """

    identifier: str
    distribution: None | str = None
    precise_distribution: None | str = None
    transaction_id: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["distribution", "precise_distribution", "transaction_id"])

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        distribution: None | str
        if self.distribution is None:
            distribution = None
        else:
            distribution = self.distribution

        precise_distribution: None | str
        if self.precise_distribution is None:
            precise_distribution = None
        else:
            precise_distribution = self.precise_distribution

        transaction_id: None | str
        if self.transaction_id is None:
            transaction_id = None
        else:
            transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )
        if distribution is not None:
            field_dict["distribution"] = distribution
        if precise_distribution is not None:
            field_dict["precise_distribution"] = precise_distribution
        if transaction_id is not None:
            field_dict["transaction_id"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        identifier = d["identifier"]

        distribution = d.get("distribution")

        precise_distribution = d.get("precise_distribution")

        transaction_id = d.get("transaction_id")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        distribution = cls(
            identifier,
            distribution,
            precise_distribution,
            transaction_id,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("distribution" in d) + ("precise_distribution" in d) + ("transaction_id" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "identifier",
                    "distribution",
                    "precise_distribution",
                    "transaction_id",
                }
            }
            distribution.additional_properties = extra

        return distribution

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
