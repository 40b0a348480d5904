# Generated: rendered by overlays/templates/model.py.jinja from the schema BulkCommitInflightItem of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="BulkCommitInflightItem")


@_dataclass(slots=True, weakref_slot=True)
class BulkCommitInflightItem:
    """
    Attributes:
        transaction_id (str):
        amount (float | None): 0 or absent commits all that remains.
        precise_amount (int | None): Wins over amount.
    """

    transaction_id: str
    amount: float | None = None
    precise_amount: int | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["amount", "precise_amount"])

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        amount: float | None
        if self.amount is None:
            amount = None
        else:
            amount = self.amount

        precise_amount: int | None
        if self.precise_amount is None:
            precise_amount = None
        else:
            precise_amount = self.precise_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
            }
        )
        if amount is not None:
            field_dict["amount"] = amount
        if precise_amount is not None:
            field_dict["precise_amount"] = precise_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transaction_id = d["transaction_id"]

        amount = d.get("amount")

        precise_amount = d.get("precise_amount")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        bulk_commit_inflight_item = cls(
            transaction_id,
            amount,
            precise_amount,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("amount" in d) + ("precise_amount" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "transaction_id",
                    "amount",
                    "precise_amount",
                }
            }
            bulk_commit_inflight_item.additional_properties = extra

        return bulk_commit_inflight_item

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
