# Generated: rendered by overlays/templates/model.py.jinja from the schema MatchingRuleRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/reconciliation.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="MatchingRuleRequest")


@_dataclass(slots=True, weakref_slot=True)
class MatchingRuleRequest:
    """
    Attributes:
        name (str):
        description (None | str):
        criteria (list[MatchingCriterion]):
    """

    name: str
    criteria: list[MatchingCriterion]
    description: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["description"])

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str
        if self.description is None:
            description = None
        else:
            description = self.description

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "criteria": criteria,
            }
        )
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        description = d.get("description")

        _criteria = d["criteria"]
        criteria = list(map(MatchingCriterion.from_dict, _criteria)) if _criteria else []

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        matching_rule_request = cls(
            name,
            criteria,
            description,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2 + ("description" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "name",
                    "description",
                    "criteria",
                }
            }
            matching_rule_request.additional_properties = extra

        return matching_rule_request

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


from ..models.matching_criterion import MatchingCriterion
