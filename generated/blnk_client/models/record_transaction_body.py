from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination import Destination
    from ..models.source import Source


T = TypeVar("T", bound="RecordTransactionBody")


@_attrs_define
class RecordTransactionBody:
    """
    Attributes:
        amount (int):
        reference (str):
        sources (list[Source]):
        destinations (list[Destination]):
        currency (str):
        source (str):
        destination (str):
        allow_over_draft (bool):
        inflight (bool):
        inflight_expiry_date (str | Unset): RFC3339 datetime with offset (e.g. 2024-04-22T15:28:03+00:00). When inflight
            is true, the transaction is voided after this time.
        inflight_commit_date (str | Unset): RFC3339 datetime with offset. When inflight is true, Blnk automatically
            commits at this time. See /transactions/inflight/updating-inflight docs.
    """

    amount: int
    reference: str
    sources: list[Source]
    destinations: list[Destination]
    currency: str
    source: str
    destination: str
    allow_over_draft: bool
    inflight: bool
    inflight_expiry_date: str | Unset = UNSET
    inflight_commit_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        reference = self.reference

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)

        currency = self.currency

        source = self.source

        destination = self.destination

        allow_over_draft = self.allow_over_draft

        inflight = self.inflight

        inflight_expiry_date = self.inflight_expiry_date

        inflight_commit_date = self.inflight_commit_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "reference": reference,
                "sources": sources,
                "destinations": destinations,
                "currency": currency,
                "source": source,
                "destination": destination,
                "allow_over_draft": allow_over_draft,
                "inflight": inflight,
            }
        )
        if inflight_expiry_date is not UNSET:
            field_dict["inflight_expiry_date"] = inflight_expiry_date
        if inflight_commit_date is not UNSET:
            field_dict["inflight_commit_date"] = inflight_commit_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.destination import Destination  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        reference = d.pop("reference")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in _destinations:
            destinations_item = Destination.from_dict(destinations_item_data)

            destinations.append(destinations_item)

        currency = d.pop("currency")

        source = d.pop("source")

        destination = d.pop("destination")

        allow_over_draft = d.pop("allow_over_draft")

        inflight = d.pop("inflight")

        inflight_expiry_date = d.pop("inflight_expiry_date", UNSET)

        inflight_commit_date = d.pop("inflight_commit_date", UNSET)

        record_transaction_body = cls(
            amount=amount,
            reference=reference,
            sources=sources,
            destinations=destinations,
            currency=currency,
            source=source,
            destination=destination,
            allow_over_draft=allow_over_draft,
            inflight=inflight,
            inflight_expiry_date=inflight_expiry_date,
            inflight_commit_date=inflight_commit_date,
        )

        record_transaction_body.additional_properties = d
        return record_transaction_body

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
