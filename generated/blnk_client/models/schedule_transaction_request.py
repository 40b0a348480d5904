from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScheduleTransactionRequest")


@_attrs_define
class ScheduleTransactionRequest:
    """
    Example:
        {'precise_amount': 100000, 'precision': 100, 'tag': 'hello', 'reference': 'Pt3744ee33errrddde3r222r3eee1',
            'currency': 'NGN', 'source': '@tax', 'destination': '@firs', 'allow_over_draft': True, 'scheduled_for':
            '2025-10-06T12:00:00Z'}

    Attributes:
        amount (int):
        tag (str):
        reference (str):
        currency (str):
        source (str):
        destination (str):
        allow_over_draft (bool):
        scheduled_for (str):
    """

    amount: int
    tag: str
    reference: str
    currency: str
    source: str
    destination: str
    allow_over_draft: bool
    scheduled_for: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        tag = self.tag

        reference = self.reference

        currency = self.currency

        source = self.source

        destination = self.destination

        allow_over_draft = self.allow_over_draft

        scheduled_for = self.scheduled_for

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "tag": tag,
                "reference": reference,
                "currency": currency,
                "source": source,
                "destination": destination,
                "allow_over_draft": allow_over_draft,
                "scheduled_for": scheduled_for,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        tag = d.pop("tag")

        reference = d.pop("reference")

        currency = d.pop("currency")

        source = d.pop("source")

        destination = d.pop("destination")

        allow_over_draft = d.pop("allow_over_draft")

        scheduled_for = d.pop("scheduled_for")

        schedule_transaction_request = cls(
            amount=amount,
            tag=tag,
            reference=reference,
            currency=currency,
            source=source,
            destination=destination,
            allow_over_draft=allow_over_draft,
            scheduled_for=scheduled_for,
        )

        schedule_transaction_request.additional_properties = d
        return schedule_transaction_request

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
