from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import enum_member
from ..models.inflight_action import InflightAction
from ..models.transaction_status import TransactionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionPreview")


@_attrs_define
class TransactionPreview:
    """What a transaction, commit, void or refund would do; nothing is written and the reference is not used up. Amounts
    are strings here, unlike Transaction.

        Attributes:
            dry_run (bool):
            would_apply (bool):
            currency (str):
            amount (float):
            precise_amount (str): Minor units as an integer string.
            precision (float):
            balances (list[BalanceProjection] | None):
            rejection (PreviewRejection | Unset):
            operation (InflightAction | Unset): Lower-case and case-sensitive on the server.
            status (TransactionStatus | Unset): The row returned by a queued create stays QUEUED; its outcome is a child
                row. A committed hold's child is APPLIED, an expired or voided one's VOID.
            reference (str | Unset):
            legs (list[LegProjection] | Unset):
            notes (list[str] | Unset):
    """

    dry_run: bool
    would_apply: bool
    currency: str
    amount: float
    precise_amount: str
    precision: float
    balances: list[BalanceProjection] | None
    rejection: PreviewRejection | Unset = UNSET
    operation: InflightAction | Unset = UNSET
    status: TransactionStatus | Unset = UNSET
    reference: str | Unset = UNSET
    legs: list[LegProjection] | Unset = UNSET
    notes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        would_apply = self.would_apply

        currency = self.currency

        amount = self.amount

        precise_amount = self.precise_amount

        precision = self.precision

        balances: list[dict[str, Any]] | None
        if isinstance(self.balances, list):
            balances = []
            for balances_type_0_item_data in self.balances:
                balances_type_0_item = balances_type_0_item_data.to_dict()
                balances.append(balances_type_0_item)

        else:
            balances = self.balances

        rejection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rejection, Unset):
            rejection = self.rejection.to_dict()

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        reference = self.reference

        legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.legs, Unset):
            legs = []
            for legs_item_data in self.legs:
                legs_item = legs_item_data.to_dict()
                legs.append(legs_item)

        notes: list[str] | Unset = UNSET
        if not isinstance(self.notes, Unset):
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
            }
        )
        if rejection is not UNSET:
            field_dict["rejection"] = rejection
        if operation is not UNSET:
            field_dict["operation"] = operation
        if status is not UNSET:
            field_dict["status"] = status
        if reference is not UNSET:
            field_dict["reference"] = reference
        if legs is not UNSET:
            field_dict["legs"] = legs
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dry_run = d["dry_run"]

        would_apply = d["would_apply"]

        currency = d["currency"]

        amount = d["amount"]

        precise_amount = d["precise_amount"]

        precision = d["precision"]

        _balances = d["balances"]
        balances: list[BalanceProjection] | None
        if _balances is None:
            balances = _balances
        else:
            balances_type_0 = []
            _balances_type_0 = _balances
            for balances_type_0_item_data in _balances_type_0:
                balances_type_0_item = BalanceProjection.from_dict(balances_type_0_item_data)

                balances_type_0.append(balances_type_0_item)

            balances = balances_type_0

        _rejection = d.get("rejection", UNSET)
        rejection: PreviewRejection | Unset
        if isinstance(_rejection, Unset):
            rejection = UNSET
        else:
            rejection = PreviewRejection.from_dict(_rejection)

        _operation = d.get("operation", UNSET)
        operation: InflightAction | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = enum_member(InflightAction, _operation)

        _status = d.get("status", UNSET)
        status: TransactionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(TransactionStatus, _status)

        reference = d.get("reference", UNSET)

        _legs = d.get("legs", UNSET)
        legs: list[LegProjection] | Unset = UNSET
        if _legs is not UNSET:
            legs = []
            for legs_item_data in _legs:
                legs_item = LegProjection.from_dict(legs_item_data)

                legs.append(legs_item)

        notes = cast(list[str], d.get("notes", UNSET))

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        transaction_preview = cls(
            dry_run,
            would_apply,
            currency,
            amount,
            precise_amount,
            precision,
            balances,
            rejection,
            operation,
            status,
            reference,
            legs,
            notes,
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
                    "currency",
                    "amount",
                    "precise_amount",
                    "precision",
                    "balances",
                    "rejection",
                    "operation",
                    "status",
                    "reference",
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
