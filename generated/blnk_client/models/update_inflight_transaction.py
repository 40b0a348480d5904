from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInflightTransaction")


@_attrs_define
class UpdateInflightTransaction:
    """
    Example:
        {'amount': 74000, 'precision': 0, 'transaction_id': 'txn_bd9ab37f-e353-450d-8210-1958bd50254a',
            'parent_transaction': 'txn_bd9ab37f-e353-450d-8210-1958bd50254a', 'allow_overdraft': False, 'infligt': False,
            'source': 'bln_8ab15e8f-da33-428f-b3f8-ab3d1c1dda09', 'destination': 'bln_76ceff93-fcac-47e0-84ee-88e086359064',
            'reference': 'reference', 'currency': 'NGN', 'description': '', 'status': 'APPLIED', 'hash':
            '032af5e26c8a2c2690f1bb70bdd7c044bbdf9c7f5576fc0f693200baf65a9ee3', 'created_at':
            '2024-04-07T08:20:06.494307542Z', 'scheduled_for': '0001-01-01T00:00:00Z', 'inflight_expiry_date':
            '0001-01-01T00:00:00Z', 'inflight_commit_date': '0001-01-01T00:00:00Z'}

    Attributes:
        amount (int):
        precision (int):
        transaction_id (str):
        parent_transaction (str):
        allow_overdraft (bool):
        infligt (bool):
        source (str):
        destination (str):
        reference (str):
        currency (str):
        description (str):
        status (str):
        hash_ (str):
        created_at (str):
        scheduled_for (str):
        inflight_expiry_date (str | Unset):
        inflight_commit_date (str | Unset):
    """

    amount: int
    precision: int
    transaction_id: str
    parent_transaction: str
    allow_overdraft: bool
    infligt: bool
    source: str
    destination: str
    reference: str
    currency: str
    description: str
    status: str
    hash_: str
    created_at: str
    scheduled_for: str
    inflight_expiry_date: str | Unset = UNSET
    inflight_commit_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        precision = self.precision

        transaction_id = self.transaction_id

        parent_transaction = self.parent_transaction

        allow_overdraft = self.allow_overdraft

        infligt = self.infligt

        source = self.source

        destination = self.destination

        reference = self.reference

        currency = self.currency

        description = self.description

        status = self.status

        hash_ = self.hash_

        created_at = self.created_at

        scheduled_for = self.scheduled_for

        inflight_expiry_date = self.inflight_expiry_date

        inflight_commit_date = self.inflight_commit_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "precision": precision,
                "transaction_id": transaction_id,
                "parent_transaction": parent_transaction,
                "allow_overdraft": allow_overdraft,
                "infligt": infligt,
                "source": source,
                "destination": destination,
                "reference": reference,
                "currency": currency,
                "description": description,
                "status": status,
                "hash": hash_,
                "created_at": created_at,
                "scheduled_for": scheduled_for,
            }
        )
        if inflight_expiry_date is not UNSET:
            field_dict["inflight_expiry_date"] = inflight_expiry_date
        if inflight_commit_date is not UNSET:
            field_dict["inflight_commit_date"] = inflight_commit_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        precision = d.pop("precision")

        transaction_id = d.pop("transaction_id")

        parent_transaction = d.pop("parent_transaction")

        allow_overdraft = d.pop("allow_overdraft")

        infligt = d.pop("infligt")

        source = d.pop("source")

        destination = d.pop("destination")

        reference = d.pop("reference")

        currency = d.pop("currency")

        description = d.pop("description")

        status = d.pop("status")

        hash_ = d.pop("hash")

        created_at = d.pop("created_at")

        scheduled_for = d.pop("scheduled_for")

        inflight_expiry_date = d.pop("inflight_expiry_date", UNSET)

        inflight_commit_date = d.pop("inflight_commit_date", UNSET)

        update_inflight_transaction = cls(
            amount=amount,
            precision=precision,
            transaction_id=transaction_id,
            parent_transaction=parent_transaction,
            allow_overdraft=allow_overdraft,
            infligt=infligt,
            source=source,
            destination=destination,
            reference=reference,
            currency=currency,
            description=description,
            status=status,
            hash_=hash_,
            created_at=created_at,
            scheduled_for=scheduled_for,
            inflight_expiry_date=inflight_expiry_date,
            inflight_commit_date=inflight_commit_date,
        )

        update_inflight_transaction.additional_properties = d
        return update_inflight_transaction

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
