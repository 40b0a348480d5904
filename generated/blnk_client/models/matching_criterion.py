# Generated: rendered by overlays/templates/model.py.jinja from the schema MatchingCriterion of spec/blnk-openapi.resolved.json; edit overlays/documents/reconciliation.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.matching_rule_field import MatchingRuleField
from ..models.matching_rule_operator import MatchingRuleOperator

T = TypeVar("T", bound="MatchingCriterion")


@_dataclass(slots=True, weakref_slot=True)
class MatchingCriterion:
    """
    Attributes:
        field (MatchingRuleField):
        operator (MatchingRuleOperator):
        value (None | str):
        pattern (None | str):
        allowable_drift (float | None): With `equals`: for amount a fraction between 0 and 1 (0.01 = 1%), for date
            seconds (not negative); ignored otherwise.
    """

    field: MatchingRuleField
    operator: MatchingRuleOperator
    value: None | str = None
    pattern: None | str = None
    allowable_drift: float | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["value", "pattern", "allowable_drift"])

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        operator = self.operator.value

        value: None | str
        if self.value is None:
            value = None
        else:
            value = self.value

        pattern: None | str
        if self.pattern is None:
            pattern = None
        else:
            pattern = self.pattern

        allowable_drift: float | None
        if self.allowable_drift is None:
            allowable_drift = None
        else:
            allowable_drift = self.allowable_drift

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
            }
        )
        if value is not None:
            field_dict["value"] = value
        if pattern is not None:
            field_dict["pattern"] = pattern
        if allowable_drift is not None:
            field_dict["allowable_drift"] = allowable_drift

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field = enum_member(MatchingRuleField, d["field"])

        operator = enum_member(MatchingRuleOperator, d["operator"])

        value = d.get("value")

        pattern = d.get("pattern")

        allowable_drift = d.get("allowable_drift")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        matching_criterion = cls(
            field,
            operator,
            value,
            pattern,
            allowable_drift,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2 + ("value" in d) + ("pattern" in d) + ("allowable_drift" in d):
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
            matching_criterion.additional_properties = extra

        return matching_criterion

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
