# Generated: rendered by overlays/templates/model.py.jinja from the schema BulkInflightResult of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.bulk_inflight_item_code import BulkInflightItemCode
from ..models.bulk_inflight_item_status import BulkInflightItemStatus

T = TypeVar("T", bound="BulkInflightResult")


@_dataclass(slots=True, weakref_slot=True)
class BulkInflightResult:
    """
    Attributes:
        transaction_id (str):
        status (BulkInflightItemStatus):
        code (BulkInflightItemCode | None): Per-item codes of the bulk inflight routes; not the error catalog's.
        message (None | str):
    """

    transaction_id: str
    status: BulkInflightItemStatus
    code: BulkInflightItemCode | None = None
    message: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["code", "message"])

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        status = self.status.value

        code: None | str
        if self.code is None:
            code = None
        else:
            code = self.code.value

        message: None | str
        if self.message is None:
            message = None
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "status": status,
            }
        )
        if code is not None:
            field_dict["code"] = code
        if message is not None:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transaction_id = d["transaction_id"]

        status = enum_member(BulkInflightItemStatus, d["status"])

        _code = d.get("code")
        code: BulkInflightItemCode | None
        if _code is None:
            code = _code
        else:
            code_type_1 = enum_member(BulkInflightItemCode, _code)

            code = code_type_1

        message = d.get("message")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        bulk_inflight_result = cls(
            transaction_id,
            status,
            code,
            message,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2 + ("code" in d) + ("message" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "transaction_id",
                    "status",
                    "code",
                    "message",
                }
            }
            bulk_inflight_result.additional_properties = extra

        return bulk_inflight_result

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
