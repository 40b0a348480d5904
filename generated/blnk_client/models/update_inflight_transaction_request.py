# Generated: rendered by overlays/templates/model.py.jinja from the schema UpdateInflightTransactionRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.inflight_action import InflightAction

T = TypeVar("T", bound="UpdateInflightTransactionRequest")


@_dataclass(slots=True, weakref_slot=True)
class UpdateInflightTransactionRequest:
    """
    Attributes:
        status (InflightAction): Lower-case and case-sensitive on the server.
        amount (float | None): A partial commit in major units (the hold's stored precision applies); 0 or absent
            commits all that remains.
        precise_amount (int | None): A partial commit in minor units; wins over amount. Ignored by a void.
        skip_queue (bool | None):  Default: False.
        dry_run (bool | None):  Default: False.
    """

    status: InflightAction
    amount: float | None = None
    precise_amount: int | None = None
    skip_queue: bool | None = None
    dry_run: bool | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["amount", "precise_amount", "skip_queue", "dry_run"])

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

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

        skip_queue: bool | None
        if self.skip_queue is None:
            skip_queue = None
        else:
            skip_queue = self.skip_queue

        dry_run: bool | None
        if self.dry_run is None:
            dry_run = None
        else:
            dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if amount is not None:
            field_dict["amount"] = amount
        if precise_amount is not None:
            field_dict["precise_amount"] = precise_amount
        if skip_queue is not None:
            field_dict["skip_queue"] = skip_queue
        if dry_run is not None:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = enum_member(InflightAction, d["status"])

        amount = d.get("amount")

        precise_amount = d.get("precise_amount")

        skip_queue = d.get("skip_queue")

        dry_run = d.get("dry_run")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        update_inflight_transaction_request = cls(
            status,
            amount,
            precise_amount,
            skip_queue,
            dry_run,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("amount" in d) + ("precise_amount" in d) + ("skip_queue" in d) + ("dry_run" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "status",
                    "amount",
                    "precise_amount",
                    "skip_queue",
                    "dry_run",
                }
            }
            update_inflight_transaction_request.additional_properties = extra

        return update_inflight_transaction_request

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
