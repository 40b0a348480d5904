# Generated: rendered by overlays/templates/model.py.jinja from the schema BalanceAtTime of spec/blnk-openapi.resolved.json; edit overlays/documents/balances.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="BalanceAtTime")


@_dataclass(slots=True, weakref_slot=True)
class BalanceAtTime:
    """
    Attributes:
        balance (BalanceAmountsAt):
        timestamp (datetime.datetime):
        from_source (bool):
    """

    balance: BalanceAmountsAt
    timestamp: datetime.datetime
    from_source: bool
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance.to_dict()

        timestamp = utc_text(self.timestamp, "timestamp")

        from_source = self.from_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "timestamp": timestamp,
                "from_source": from_source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        balance = BalanceAmountsAt.from_dict(d["balance"])

        timestamp = parse_datetime(d["timestamp"])

        from_source = d["from_source"]

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        balance_at_time = cls(
            balance,
            timestamp,
            from_source,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 3:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "balance",
                    "timestamp",
                    "from_source",
                }
            }
            balance_at_time.additional_properties = extra

        return balance_at_time

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


from ..models.balance_amounts_at import BalanceAmountsAt
