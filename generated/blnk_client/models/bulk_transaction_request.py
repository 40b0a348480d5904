# Generated: rendered by overlays/templates/model.py.jinja from the schema BulkTransactionRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="BulkTransactionRequest")


@_dataclass(slots=True, weakref_slot=True)
class BulkTransactionRequest:
    """
    Attributes:
        transactions (list[CreateTransactionRequest]):
        inflight (bool | None): Overwrites every item's inflight. Default: False.
        atomic (bool | None): Roll back the batch when one item fails. Default: False.
        run_async (bool | None): Answer 202 at once and process in the background. Default: False.
        skip_queue (bool | None): Overwrites every item's skip_queue. Default: False.
        dry_run (bool | None):  Default: False.
    """

    transactions: list[CreateTransactionRequest]
    inflight: bool | None = None
    atomic: bool | None = None
    run_async: bool | None = None
    skip_queue: bool | None = None
    dry_run: bool | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["inflight", "atomic", "run_async", "skip_queue", "dry_run"])

    def to_dict(self) -> dict[str, Any]:
        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        inflight: bool | None
        if self.inflight is None:
            inflight = None
        else:
            inflight = self.inflight

        atomic: bool | None
        if self.atomic is None:
            atomic = None
        else:
            atomic = self.atomic

        run_async: bool | None
        if self.run_async is None:
            run_async = None
        else:
            run_async = self.run_async

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
                "transactions": transactions,
            }
        )
        if inflight is not None:
            field_dict["inflight"] = inflight
        if atomic is not None:
            field_dict["atomic"] = atomic
        if run_async is not None:
            field_dict["run_async"] = run_async
        if skip_queue is not None:
            field_dict["skip_queue"] = skip_queue
        if dry_run is not None:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _transactions = d["transactions"]
        transactions = list(map(CreateTransactionRequest.from_dict, _transactions)) if _transactions else []

        inflight = d.get("inflight")

        atomic = d.get("atomic")

        run_async = d.get("run_async")

        skip_queue = d.get("skip_queue")

        dry_run = d.get("dry_run")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
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
