# Generated: rendered by overlays/templates/model.py.jinja from the schema RefundTransactionRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="RefundTransactionRequest")


@_dataclass(slots=True, weakref_slot=True)
class RefundTransactionRequest:
    """Optional; an empty body queues a plain refund.

    Attributes:
        skip_queue (bool | None):  Default: False.
        dry_run (bool | None):  Default: False.
        description (None | str): Replaces the description copied from the original.
        meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
            pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    skip_queue: bool | None = None
    dry_run: bool | None = None
    description: None | str = None
    meta_data: MetaData | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["skip_queue", "dry_run", "description", "meta_data"])

    def to_dict(self) -> dict[str, Any]:
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

        description: None | str
        if self.description is None:
            description = None
        else:
            description = self.description

        meta_data: dict[str, Any] | None
        if self.meta_data is None:
            meta_data = None
        else:
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip_queue is not None:
            field_dict["skip_queue"] = skip_queue
        if dry_run is not None:
            field_dict["dry_run"] = dry_run
        if description is not None:
            field_dict["description"] = description
        if meta_data is not None:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        skip_queue = d.get("skip_queue")

        dry_run = d.get("dry_run")

        description = d.get("description")

        _meta_data = d.get("meta_data")
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        refund_transaction_request = cls(
            skip_queue,
            dry_run,
            description,
            meta_data,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 0 + ("skip_queue" in d) + ("dry_run" in d) + ("description" in d) + ("meta_data" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "skip_queue",
                    "dry_run",
                    "description",
                    "meta_data",
                }
            }
            refund_transaction_request.additional_properties = extra

        return refund_transaction_request

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


from ..models.meta_data import MetaData
