from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkTransactionRequest")


@_attrs_define
class BulkTransactionRequest:
    """
    Attributes:
        transactions (list[CreateTransactionRequest]):
        inflight (bool | Unset): Overwrites every item's inflight. Default: False.
        atomic (bool | Unset): Roll back the batch when one item fails. Default: False.
        run_async (bool | Unset): Answer 202 at once and process in the background. Default: False.
        skip_queue (bool | Unset): Overwrites every item's skip_queue. Default: False.
        dry_run (bool | Unset):  Default: False.
    """

    transactions: list[CreateTransactionRequest]
    inflight: bool | Unset = False
    atomic: bool | Unset = False
    run_async: bool | Unset = False
    skip_queue: bool | Unset = False
    dry_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        inflight = self.inflight

        atomic = self.atomic

        run_async = self.run_async

        skip_queue = self.skip_queue

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactions": transactions,
            }
        )
        if inflight is not UNSET:
            field_dict["inflight"] = inflight
        if atomic is not UNSET:
            field_dict["atomic"] = atomic
        if run_async is not UNSET:
            field_dict["run_async"] = run_async
        if skip_queue is not UNSET:
            field_dict["skip_queue"] = skip_queue
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transactions = []
        _transactions = d["transactions"]
        for transactions_item_data in _transactions:
            transactions_item = CreateTransactionRequest.from_dict(transactions_item_data)

            transactions.append(transactions_item)

        inflight = d.get("inflight", UNSET)

        atomic = d.get("atomic", UNSET)

        run_async = d.get("run_async", UNSET)

        skip_queue = d.get("skip_queue", UNSET)

        dry_run = d.get("dry_run", UNSET)

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        bulk_transaction_request = cls(
            transactions,
            inflight,
            atomic,
            run_async,
            skip_queue,
            dry_run,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("inflight" in d) + ("atomic" in d) + ("run_async" in d) + ("skip_queue" in d) + (
            "dry_run" in d
        ):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "transactions",
                    "inflight",
                    "atomic",
                    "run_async",
                    "skip_queue",
                    "dry_run",
                }
            }
            bulk_transaction_request.additional_properties = extra

        return bulk_transaction_request

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


from ..models.create_transaction_request import CreateTransactionRequest
