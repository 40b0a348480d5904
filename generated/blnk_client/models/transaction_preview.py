# Generated: rendered by overlays/templates/model.py.jinja from the schema TransactionPreview of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar, cast

from .._model_repr import present_repr
from .._parsing import enum_member, or_zero
from ..models.inflight_action import InflightAction
from ..models.transaction_status import TransactionStatus

T = TypeVar("T", bound="TransactionPreview")


@_dataclass(slots=True, weakref_slot=True)
class TransactionPreview:
    """What a transaction, commit, void or refund would do; nothing is written and the reference is not used up. Amounts
    are strings here, unlike Transaction.

        Attributes:
            dry_run (bool):
            would_apply (bool):
            rejection (None | PreviewRejection):
            operation (InflightAction | None): Lower-case and case-sensitive on the server.
            status (None | TransactionStatus): The row returned by a queued create stays QUEUED; its outcome is a child row.
                A committed hold's child is APPLIED, an expired or voided one's VOID.
            reference (None | str):
            currency (str):
            amount (float):
            precise_amount (str): Minor units as an integer string.
            precision (float):
            balances (list[BalanceProjection] | None):
            legs (list[LegProjection]):
            notes (list[str]):
    """

    dry_run: bool
    would_apply: bool
    currency: str
    amount: float
    precise_amount: str
    precision: float
    balances: list[BalanceProjection] | None
    legs: list[LegProjection]
    notes: list[str]
    rejection: None | PreviewRejection = None
    operation: InflightAction | None = None
    status: None | TransactionStatus = None
    reference: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["rejection", "operation", "status", "reference"])

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        would_apply = self.would_apply

        rejection: dict[str, Any] | None
        if self.rejection is None:
            rejection = None
        else:
            rejection = self.rejection.to_dict()

        operation: None | str
        if self.operation is None:
            operation = None
        else:
            operation = self.operation.value

        status: None | str
        if self.status is None:
            status = None
        else:
            status = self.status.value

        reference: None | str
        if self.reference is None:
            reference = None
        else:
            reference = self.reference

        currency = self.currency

        amount = self.amount

        precise_amount = self.precise_amount

        precision = self.precision

        balances: list[dict[str, Any]] | None
        if self.balances is None:
            balances = None
        else:
            balances = []
            for balances_type_0_item_data in self.balances:
                balances_type_0_item = balances_type_0_item_data.to_dict()
                balances.append(balances_type_0_item)

        legs = []
        for legs_item_data in self.legs:
            legs_item = legs_item_data.to_dict()
            legs.append(legs_item)

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dry_run": dry_run,
                "would_apply": would_apply,
                "currency": currency,
                "amount": amount,
                "precise_amount": precise_amount,
                "precision": precision,
                "balances": balances,
                "legs": legs,
                "notes": notes,
            }
        )
        if rejection is not None:
            field_dict["rejection"] = rejection
        if operation is not None:
            field_dict["operation"] = operation
        if status is not None:
            field_dict["status"] = status
        if reference is not None:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dry_run = d["dry_run"]

        would_apply = d["would_apply"]

        _rejection = d.get("rejection")
        rejection: None | PreviewRejection
        if _rejection is None:
            rejection = _rejection
        else:
            rejection_type_1 = PreviewRejection.from_dict(_rejection)

            rejection = rejection_type_1

        _operation = d.get("operation")
        operation: InflightAction | None
        if _operation is None:
            operation = _operation
        else:
            operation_type_1 = enum_member(InflightAction, _operation)

            operation = operation_type_1

        _status = d.get("status")
        status: None | TransactionStatus
        if _status is None:
            status = _status
        else:
            status_type_1 = enum_member(TransactionStatus, _status)

            status = status_type_1

        reference = d.get("reference")

        currency = d["currency"]

        amount = d["amount"]

        precise_amount = d["precise_amount"]

        precision = d["precision"]

        _balances = d["balances"]
        balances: list[BalanceProjection] | None
        if _balances is None:
            balances = _balances
        else:
            _balances_type_0 = _balances
            balances_type_0 = list(map(BalanceProjection.from_dict, _balances_type_0)) if _balances_type_0 else []

            balances = balances_type_0

        _legs = d.get("legs")
        legs = list(map(LegProjection.from_dict, _legs)) if _legs else []

        notes = cast(list[str], or_zero(d.get("notes"), []))

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        transaction_preview = cls(
            dry_run,
            would_apply,
            currency,
            amount,
            precise_amount,
            precision,
            balances,
            legs,
            notes,
            rejection,
            operation,
            status,
            reference,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 7 + ("rejection" in d) + ("operation" in d) + ("status" in d) + ("reference" in d) + (
            "legs" in d
        ) + ("notes" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "dry_run",
                    "would_apply",
                    "rejection",
                    "operation",
                    "status",
                    "reference",
                    "currency",
                    "amount",
                    "precise_amount",
                    "precision",
                    "balances",
                    "legs",
                    "notes",
                }
            }
            transaction_preview.additional_properties = extra

        return transaction_preview

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


from ..models.balance_projection import BalanceProjection
from ..models.leg_projection import LegProjection
from ..models.preview_rejection import PreviewRejection
