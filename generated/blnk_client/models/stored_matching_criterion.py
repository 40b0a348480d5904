# Generated: rendered by overlays/templates/model.py.jinja from the schema StoredMatchingCriterion of spec/blnk-openapi.resolved.json; edit overlays/documents/reconciliation.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.matching_rule_field import MatchingRuleField
from ..models.matching_rule_operator import MatchingRuleOperator

T = TypeVar("T", bound="StoredMatchingCriterion")


@_dataclass(slots=True, weakref_slot=True)
class StoredMatchingCriterion:
    """
    Attributes:
        field (MatchingRuleField):
        operator (MatchingRuleOperator):
        value (str):
        pattern (str):
        allowable_drift (float):
    """

    field: MatchingRuleField
    operator: MatchingRuleOperator
    value: str
    pattern: str
    allowable_drift: float
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        operator = self.operator.value

        value = self.value

        pattern = self.pattern

        allowable_drift = self.allowable_drift

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "value": value,
                "pattern": pattern,
                "allowable_drift": allowable_drift,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field = enum_member(MatchingRuleField, d["field"])

        operator = enum_member(MatchingRuleOperator, d["operator"])

        value = d["value"]

        pattern = d["pattern"]

        allowable_drift = d["allowable_drift"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        stored_matching_criterion = cls(
            field,
            operator,
            value,
            pattern,
            allowable_drift,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 5:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "field",
                    "operator",
                    "value",
                    "pattern",
                    "allowable_drift",
                }
            }
            stored_matching_criterion.additional_properties = extra

        return stored_matching_criterion

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
