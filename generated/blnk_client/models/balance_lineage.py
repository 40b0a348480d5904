# Generated: rendered by overlays/templates/model.py.jinja from the schema BalanceLineage of spec/blnk-openapi.resolved.json; edit overlays/documents/balances.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="BalanceLineage")


@_dataclass(slots=True, weakref_slot=True)
class BalanceLineage:
    """
    Attributes:
        balance_id (str):
        total_with_lineage (int):
        aggregate_balance_id (str):
        providers (list[LineageProvider]):
    """

    balance_id: str
    total_with_lineage: int
    aggregate_balance_id: str
    providers: list[LineageProvider]
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        total_with_lineage = self.total_with_lineage

        aggregate_balance_id = self.aggregate_balance_id

        providers = []
        for providers_item_data in self.providers:
            providers_item = providers_item_data.to_dict()
            providers.append(providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "total_with_lineage": total_with_lineage,
                "aggregate_balance_id": aggregate_balance_id,
                "providers": providers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        balance_id = d["balance_id"]

        total_with_lineage = d["total_with_lineage"]

        aggregate_balance_id = d["aggregate_balance_id"]

        _providers = d["providers"]
        providers = list(map(LineageProvider.from_dict, _providers)) if _providers else []

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        balance_lineage = cls(
            balance_id,
            total_with_lineage,
            aggregate_balance_id,
            providers,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 4:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "balance_id",
                    "total_with_lineage",
                    "aggregate_balance_id",
                    "providers",
                }
            }
            balance_lineage.additional_properties = extra

        return balance_lineage

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


from ..models.lineage_provider import LineageProvider
