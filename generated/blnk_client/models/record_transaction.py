from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordTransaction")


@_attrs_define
class RecordTransaction:
    """
    Example:
        {'amount': 74000, 'id': 'txn_d0440bb5-e2c2-4937-bb4c-e91b50b7df22', 'allow_overdraft': True, 'infligt': True,
            'source': '@inflighttest6', 'destination': '@inflighttest7', 'reference': 'reference', 'currency': 'NGN',
            'description': '', 'status': 'INFLIGHT', 'hash':
            '89ba8954cd8e9215feed757be7cebe0a3ec9440be22139a5ba6a0499a52f4593', 'group_ids': None, 'created_at':
            '0001-01-01T00:00:00Z', 'scheduled_for': '0001-01-01T00:00:00Z', 'inflight_expiry_date': '0001-01-01T00:00:00Z',
            'inflight_commit_date': '0001-01-01T00:00:00Z'}

    Attributes:
        amount (int):
        id (str):
        allow_overdraft (bool):
        infligt (bool):
        source (str):
        destination (str):
        reference (str):
        currency (str):
        description (str):
        status (str):
        hash_ (str):
        group_ids (None | str):
        created_at (str):
        scheduled_for (str):
        inflight_expiry_date (str | Unset): RFC3339 datetime with offset when unset shown as zero time.
        inflight_commit_date (str | Unset): RFC3339 datetime with offset when unset shown as zero time; automatic commit
            when inflight.
    """

    amount: int
    id: str
    allow_overdraft: bool
    infligt: bool
    source: str
    destination: str
    reference: str
    currency: str
    description: str
    status: str
    hash_: str
    group_ids: None | str
    created_at: str
    scheduled_for: str
    inflight_expiry_date: str | Unset = UNSET
    inflight_commit_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        id = self.id

        allow_overdraft = self.allow_overdraft

        infligt = self.infligt

        source = self.source

        destination = self.destination

        reference = self.reference

        currency = self.currency

        description = self.description

        status = self.status

        hash_ = self.hash_

        group_ids: None | str
        group_ids = self.group_ids

        created_at = self.created_at

        scheduled_for = self.scheduled_for

        inflight_expiry_date = self.inflight_expiry_date

        inflight_commit_date = self.inflight_commit_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "id": id,
                "allow_overdraft": allow_overdraft,
                "infligt": infligt,
                "source": source,
                "destination": destination,
                "reference": reference,
                "currency": currency,
                "description": description,
                "status": status,
                "hash": hash_,
                "group_ids": group_ids,
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

        id = d.pop("id")

        allow_overdraft = d.pop("allow_overdraft")

        infligt = d.pop("infligt")

        source = d.pop("source")

        destination = d.pop("destination")

        reference = d.pop("reference")

        currency = d.pop("currency")

        description = d.pop("description")

        status = d.pop("status")

        hash_ = d.pop("hash")

        def _parse_group_ids(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_ids = _parse_group_ids(d.pop("group_ids"))

        created_at = d.pop("created_at")

        scheduled_for = d.pop("scheduled_for")

        inflight_expiry_date = d.pop("inflight_expiry_date", UNSET)

        inflight_commit_date = d.pop("inflight_commit_date", UNSET)

        record_transaction = cls(
            amount=amount,
            id=id,
            allow_overdraft=allow_overdraft,
            infligt=infligt,
            source=source,
            destination=destination,
            reference=reference,
            currency=currency,
            description=description,
            status=status,
            hash_=hash_,
            group_ids=group_ids,
            created_at=created_at,
            scheduled_for=scheduled_for,
            inflight_expiry_date=inflight_expiry_date,
            inflight_commit_date=inflight_commit_date,
        )

        record_transaction.additional_properties = d
        return record_transaction

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
