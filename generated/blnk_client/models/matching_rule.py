# Generated: rendered by overlays/templates/model.py.jinja from the schema MatchingRule of spec/blnk-openapi.resolved.json; edit overlays/documents/reconciliation.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="MatchingRule")


@_dataclass(slots=True, weakref_slot=True)
class MatchingRule:
    """
    Attributes:
        rule_id (str): rule_<uuid>
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        name (str):
        description (str):
        criteria (list[StoredMatchingCriterion]):
    """

    rule_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    name: str
    description: str
    criteria: list[StoredMatchingCriterion]
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        rule_id = self.rule_id

        created_at = utc_text(self.created_at, "created_at")

        updated_at = utc_text(self.updated_at, "updated_at")

        name = self.name

        description = self.description

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_id": rule_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "name": name,
                "description": description,
                "criteria": criteria,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rule_id = d["rule_id"]

        created_at = parse_datetime(d["created_at"])

        updated_at = parse_datetime(d["updated_at"])

        name = d["name"]

        description = d["description"]

        _criteria = d["criteria"]
        criteria = list(map(StoredMatchingCriterion.from_dict, _criteria)) if _criteria else []

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        matching_rule = cls(
            rule_id,
            created_at,
            updated_at,
            name,
            description,
            criteria,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 6:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "rule_id",
                    "created_at",
                    "updated_at",
                    "name",
                    "description",
                    "criteria",
                }
            }
            matching_rule.additional_properties = extra

        return matching_rule

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


from ..models.stored_matching_criterion import StoredMatchingCriterion
