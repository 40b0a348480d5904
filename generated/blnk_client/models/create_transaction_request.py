from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import parse_datetime
from .._validation import utc_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTransactionRequest")


@_attrs_define
class CreateTransactionRequest:
    """
    Attributes:
        currency (str):
        reference (str): Unique across all transactions.
        description (str):
        amount (float | Unset): Major units, at most 15 significant digits; 0 counts as not given. A Decimal is sent
            exactly instead, as precise_amount at precision (x-blnk-decimal).
        precise_amount (int | Unset): Minor units, any size; sent as a bare JSON integer.
        precision (float | Unset): The minor-units multiplier (100 for cents); an integer value; 0 or absent means 1.
        source (str | Unset): A balance id or an @indicator (created on demand).
        sources (list[Distribution] | Unset):
        destination (str | Unset): A balance id or an @indicator (created on demand).
        destinations (list[Distribution] | Unset):
        allow_overdraft (bool | Unset): Without overdraft_limit the funds check is skipped entirely. Default: False.
        overdraft_limit (float | Unset): Major units the source may go below zero, whatever allow_overdraft says.
        inflight (bool | Unset): Hold the funds until a commit or void. Default: False.
        inflight_expiry_date (datetime.datetime | Unset): The hold is voided at this time.
        inflight_commit_date (datetime.datetime | Unset): The hold is committed at this time.
        scheduled_for (datetime.datetime | Unset): Status SCHEDULED until then; ignored with skip_queue.
        effective_date (datetime.datetime | Unset): Back- or forward-dating; created_at by default.
        skip_queue (bool | Unset): Apply synchronously; errors come back in the response. Default: False.
        atomic (bool | Unset): For splits, roll back every leg when one fails. Default: False.
        dry_run (bool | Unset): Answer 200 with a projection and write nothing. Default: False.
        meta_data (MetaData | None | Unset): Free-form JSON object (Go map[string]interface{}); null when never set. Its
            numbers pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    currency: str
    reference: str
    description: str
    amount: float | Unset = UNSET
    precise_amount: int | Unset = UNSET
    precision: float | Unset = UNSET
    source: str | Unset = UNSET
    sources: list[Distribution] | Unset = UNSET
    destination: str | Unset = UNSET
    destinations: list[Distribution] | Unset = UNSET
    allow_overdraft: bool | Unset = False
    overdraft_limit: float | Unset = UNSET
    inflight: bool | Unset = False
    inflight_expiry_date: datetime.datetime | Unset = UNSET
    inflight_commit_date: datetime.datetime | Unset = UNSET
    scheduled_for: datetime.datetime | Unset = UNSET
    effective_date: datetime.datetime | Unset = UNSET
    skip_queue: bool | Unset = False
    atomic: bool | Unset = False
    dry_run: bool | Unset = False
    meta_data: MetaData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        reference = self.reference

        description = self.description

        amount = self.amount

        precise_amount = self.precise_amount

        precision = self.precision

        source = self.source

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        destination = self.destination

        destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = []
            for destinations_item_data in self.destinations:
                destinations_item = destinations_item_data.to_dict()
                destinations.append(destinations_item)

        allow_overdraft = self.allow_overdraft

        overdraft_limit = self.overdraft_limit

        inflight = self.inflight

        inflight_expiry_date: str | Unset = UNSET
        if not isinstance(self.inflight_expiry_date, Unset):
            inflight_expiry_date = utc_text(self.inflight_expiry_date, "inflight_expiry_date")

        inflight_commit_date: str | Unset = UNSET
        if not isinstance(self.inflight_commit_date, Unset):
            inflight_commit_date = utc_text(self.inflight_commit_date, "inflight_commit_date")

        scheduled_for: str | Unset = UNSET
        if not isinstance(self.scheduled_for, Unset):
            scheduled_for = utc_text(self.scheduled_for, "scheduled_for")

        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = utc_text(self.effective_date, "effective_date")

        skip_queue = self.skip_queue

        atomic = self.atomic

        dry_run = self.dry_run

        meta_data: dict[str, Any] | None | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, MetaData):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "reference": reference,
                "description": description,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if precise_amount is not UNSET:
            field_dict["precise_amount"] = precise_amount
        if precision is not UNSET:
            field_dict["precision"] = precision
        if source is not UNSET:
            field_dict["source"] = source
        if sources is not UNSET:
            field_dict["sources"] = sources
        if destination is not UNSET:
            field_dict["destination"] = destination
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if allow_overdraft is not UNSET:
            field_dict["allow_overdraft"] = allow_overdraft
        if overdraft_limit is not UNSET:
            field_dict["overdraft_limit"] = overdraft_limit
        if inflight is not UNSET:
            field_dict["inflight"] = inflight
        if inflight_expiry_date is not UNSET:
            field_dict["inflight_expiry_date"] = inflight_expiry_date
        if inflight_commit_date is not UNSET:
            field_dict["inflight_commit_date"] = inflight_commit_date
        if scheduled_for is not UNSET:
            field_dict["scheduled_for"] = scheduled_for
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date
        if skip_queue is not UNSET:
            field_dict["skip_queue"] = skip_queue
        if atomic is not UNSET:
            field_dict["atomic"] = atomic
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        currency = d["currency"]

        reference = d["reference"]

        description = d["description"]

        amount = d.get("amount", UNSET)

        precise_amount = d.get("precise_amount", UNSET)

        precision = d.get("precision", UNSET)

        source = d.get("source", UNSET)

        _sources = d.get("sources", UNSET)
        sources: list[Distribution] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Distribution.from_dict(sources_item_data)

                sources.append(sources_item)

        destination = d.get("destination", UNSET)

        _destinations = d.get("destinations", UNSET)
        destinations: list[Distribution] | Unset = UNSET
        if _destinations is not UNSET:
            destinations = []
            for destinations_item_data in _destinations:
                destinations_item = Distribution.from_dict(destinations_item_data)

                destinations.append(destinations_item)

        allow_overdraft = d.get("allow_overdraft", UNSET)

        overdraft_limit = d.get("overdraft_limit", UNSET)

        inflight = d.get("inflight", UNSET)

        _inflight_expiry_date = d.get("inflight_expiry_date", UNSET)
        inflight_expiry_date: datetime.datetime | Unset
        if isinstance(_inflight_expiry_date, Unset):
            inflight_expiry_date = UNSET
        else:
            inflight_expiry_date = parse_datetime(_inflight_expiry_date)

        _inflight_commit_date = d.get("inflight_commit_date", UNSET)
        inflight_commit_date: datetime.datetime | Unset
        if isinstance(_inflight_commit_date, Unset):
            inflight_commit_date = UNSET
        else:
            inflight_commit_date = parse_datetime(_inflight_commit_date)

        _scheduled_for = d.get("scheduled_for", UNSET)
        scheduled_for: datetime.datetime | Unset
        if isinstance(_scheduled_for, Unset):
            scheduled_for = UNSET
        else:
            scheduled_for = parse_datetime(_scheduled_for)

        _effective_date = d.get("effective_date", UNSET)
        effective_date: datetime.datetime | Unset
        if isinstance(_effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = parse_datetime(_effective_date)

        skip_queue = d.get("skip_queue", UNSET)

        atomic = d.get("atomic", UNSET)

        dry_run = d.get("dry_run", UNSET)

        _meta_data = d.get("meta_data", UNSET)
        meta_data: MetaData | None | Unset
        if _meta_data is None or _meta_data is UNSET:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        create_transaction_request = cls(
            currency,
            reference,
            description,
            amount,
            precise_amount,
            precision,
            source,
            sources,
            destination,
            destinations,
            allow_overdraft,
            overdraft_limit,
            inflight,
            inflight_expiry_date,
            inflight_commit_date,
            scheduled_for,
            effective_date,
            skip_queue,
            atomic,
            dry_run,
            meta_data,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 3 + ("amount" in d) + ("precise_amount" in d) + ("precision" in d) + ("source" in d) + (
            "sources" in d
        ) + ("destination" in d) + ("destinations" in d) + ("allow_overdraft" in d) + ("overdraft_limit" in d) + (
            "inflight" in d
        ) + ("inflight_expiry_date" in d) + ("inflight_commit_date" in d) + ("scheduled_for" in d) + (
            "effective_date" in d
        ) + ("skip_queue" in d) + ("atomic" in d) + ("dry_run" in d) + ("meta_data" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "currency",
                    "reference",
                    "description",
                    "amount",
                    "precise_amount",
                    "precision",
                    "source",
                    "sources",
                    "destination",
                    "destinations",
                    "allow_overdraft",
                    "overdraft_limit",
                    "inflight",
                    "inflight_expiry_date",
                    "inflight_commit_date",
                    "scheduled_for",
                    "effective_date",
                    "skip_queue",
                    "atomic",
                    "dry_run",
                    "meta_data",
                }
            }
            create_transaction_request.additional_properties = extra

        return create_transaction_request

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


from ..models.distribution import Distribution
from ..models.meta_data import MetaData
