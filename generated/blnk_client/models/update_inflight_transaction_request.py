from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inflight_action import InflightAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInflightTransactionRequest")


@_attrs_define
class UpdateInflightTransactionRequest:
    """
    Attributes:
        status (InflightAction): Lower-case and case-sensitive on the server.
        amount (float | Unset): A partial commit in major units (the hold's stored precision applies); 0 or absent
            commits all that remains.
        precise_amount (int | Unset): A partial commit in minor units; wins over amount. Ignored by a void.
        skip_queue (bool | Unset):  Default: False.
        dry_run (bool | Unset):  Default: False.
    """

    status: InflightAction
    amount: float | Unset = UNSET
    precise_amount: int | Unset = UNSET
    skip_queue: bool | Unset = False
    dry_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        amount = self.amount

        precise_amount = self.precise_amount

        skip_queue = self.skip_queue

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if precise_amount is not UNSET:
            field_dict["precise_amount"] = precise_amount
        if skip_queue is not UNSET:
            field_dict["skip_queue"] = skip_queue
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = InflightAction(d.pop("status"))

        amount = d.pop("amount", UNSET)

        precise_amount = d.pop("precise_amount", UNSET)

        skip_queue = d.pop("skip_queue", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        update_inflight_transaction_request = cls(
            status=status,
            amount=amount,
            precise_amount=precise_amount,
            skip_queue=skip_queue,
            dry_run=dry_run,
        )

        update_inflight_transaction_request.additional_properties = d
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
