# Generated: rendered by overlays/templates/model.py.jinja from the schema InstantReconciliationRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/reconciliation.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar, cast

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.reconciliation_strategy import ReconciliationStrategy

T = TypeVar("T", bound="InstantReconciliationRequest")


@_dataclass(slots=True, weakref_slot=True)
class InstantReconciliationRequest:
    """
    Attributes:
        external_transactions (list[ExternalTransaction]): 1 to 10,000 transactions (empty answers 400
            RECON_EXTERNAL_TXNS_REQUIRED, more 400 GEN_VALIDATION_ERROR).
        strategy (ReconciliationStrategy):
        matching_rule_ids (list[str]): At least one; an empty list answers 400 RECON_MATCHING_RULES_REQUIRED.
        grouping_criteria (None | str):
        dry_run (bool | None):
    """

    external_transactions: list[ExternalTransaction]
    strategy: ReconciliationStrategy
    matching_rule_ids: list[str]
    grouping_criteria: None | str = None
    dry_run: bool | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["grouping_criteria", "dry_run"])

    def to_dict(self) -> dict[str, Any]:
        external_transactions = []
        for external_transactions_item_data in self.external_transactions:
            external_transactions_item = external_transactions_item_data.to_dict()
            external_transactions.append(external_transactions_item)

        strategy = self.strategy.value

        matching_rule_ids = self.matching_rule_ids

        grouping_criteria: None | str
        if self.grouping_criteria is None:
            grouping_criteria = None
        else:
            grouping_criteria = self.grouping_criteria

        dry_run: bool | None
        if self.dry_run is None:
            dry_run = None
        else:
            dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_transactions": external_transactions,
                "strategy": strategy,
                "matching_rule_ids": matching_rule_ids,
            }
        )
        if grouping_criteria is not None:
            field_dict["grouping_criteria"] = grouping_criteria
        if dry_run is not None:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _external_transactions = d["external_transactions"]
        external_transactions = (
            list(map(ExternalTransaction.from_dict, _external_transactions)) if _external_transactions else []
        )

        strategy = enum_member(ReconciliationStrategy, d["strategy"])

        matching_rule_ids = cast(list[str], d["matching_rule_ids"])

        grouping_criteria = d.get("grouping_criteria")

        dry_run = d.get("dry_run")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        instant_reconciliation_request = cls(
            external_transactions,
            strategy,
            matching_rule_ids,
            grouping_criteria,
            dry_run,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 3 + ("grouping_criteria" in d) + ("dry_run" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "external_transactions",
                    "strategy",
                    "matching_rule_ids",
                    "grouping_criteria",
                    "dry_run",
                }
            }
            instant_reconciliation_request.additional_properties = extra

        return instant_reconciliation_request

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


from ..models.external_transaction import ExternalTransaction
