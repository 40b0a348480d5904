# Generated: rendered by overlays/templates/model.py.jinja from the schema BulkTransactionPreview of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar, cast

from .._model_repr import present_repr
from .._parsing import or_zero

T = TypeVar("T", bound="BulkTransactionPreview")


@_dataclass(slots=True, weakref_slot=True)
class BulkTransactionPreview:
    """
    Attributes:
        dry_run (bool):
        would_apply (bool): False when any item would be rejected.
        cumulative (bool): Items projected against each other's effects (skip_queue only).
        atomic (bool):
        results (list[TransactionPreview]):
        balances (list[BalanceProjection]):
        notes (list[str]):
    """

    dry_run: bool
    would_apply: bool
    cumulative: bool
    atomic: bool
    results: list[TransactionPreview]
    balances: list[BalanceProjection]
    notes: list[str]
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        would_apply = self.would_apply

        cumulative = self.cumulative

        atomic = self.atomic

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        balances = []
        for balances_item_data in self.balances:
            balances_item = balances_item_data.to_dict()
            balances.append(balances_item)

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dry_run": dry_run,
                "would_apply": would_apply,
                "cumulative": cumulative,
                "atomic": atomic,
                "results": results,
                "balances": balances,
                "notes": notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dry_run = d["dry_run"]

        would_apply = d["would_apply"]

        cumulative = d["cumulative"]

        atomic = d["atomic"]

        _results = d["results"]
        results = list(map(TransactionPreview.from_dict, _results)) if _results else []

        _balances = d.get("balances")
        balances = list(map(BalanceProjection.from_dict, _balances)) if _balances else []

        notes = cast(list[str], or_zero(d.get("notes"), []))

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        bulk_transaction_preview = cls(
            dry_run,
            would_apply,
            cumulative,
            atomic,
            results,
            balances,
            notes,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 5 + ("balances" in d) + ("notes" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "dry_run",
                    "would_apply",
                    "cumulative",
                    "atomic",
                    "results",
                    "balances",
                    "notes",
                }
            }
            bulk_transaction_preview.additional_properties = extra

        return bulk_transaction_preview

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


from ..models.balance_projection import BalanceProjection
from ..models.transaction_preview import TransactionPreview
