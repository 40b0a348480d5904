# Generated: rendered by overlays/templates/model.py.jinja from the schema CreateTransactionRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import parse_datetime
from .._validation import utc_text

T = TypeVar("T", bound="CreateTransactionRequest")


@_dataclass(slots=True, weakref_slot=True)
class CreateTransactionRequest:
    """
    Attributes:
        amount (float | None): Major units, at most 15 significant digits; 0 counts as not given. A Decimal is sent
            exactly instead, as precise_amount at precision (x-blnk-decimal).
        precise_amount (int | None): Minor units, any size; sent as a bare JSON integer.
        precision (float | None): The minor-units multiplier (100 for cents); an integer value; 0 or absent means 1.
        currency (str):
        reference (str): Unique across all transactions.
        description (str):
        source (None | str): A balance id or an @indicator (created on demand).
        sources (list[Distribution] | None):
        destination (None | str): A balance id or an @indicator (created on demand).
        destinations (list[Distribution] | None):
        allow_overdraft (bool | None): Without overdraft_limit the funds check is skipped entirely. Default: False.
        overdraft_limit (float | None): Major units the source may go below zero, whatever allow_overdraft says.
        inflight (bool | None): Hold the funds until a commit or void. Default: False.
        inflight_expiry_date (datetime.datetime | None): The hold is voided at this time.
        inflight_commit_date (datetime.datetime | None): The hold is committed at this time.
        scheduled_for (datetime.datetime | None): Status SCHEDULED until then; ignored with skip_queue.
        effective_date (datetime.datetime | None): Back- or forward-dating; created_at by default.
        skip_queue (bool | None): Apply synchronously; errors come back in the response. Default: False.
        atomic (bool | None): For splits, roll back every leg when one fails. Default: False.
        dry_run (bool | None): Answer 200 with a projection and write nothing. Default: False.
        meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
            pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    currency: str
    reference: str
    description: str
    amount: float | None = None
    precise_amount: int | None = None
    precision: float | None = None
    source: None | str = None
    sources: list[Distribution] | None = None
    destination: None | str = None
    destinations: list[Distribution] | None = None
    allow_overdraft: bool | None = None
    overdraft_limit: float | None = None
    inflight: bool | None = None
    inflight_expiry_date: datetime.datetime | None = None
    inflight_commit_date: datetime.datetime | None = None
    scheduled_for: datetime.datetime | None = None
    effective_date: datetime.datetime | None = None
    skip_queue: bool | None = None
    atomic: bool | None = None
    dry_run: bool | None = None
    meta_data: MetaData | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(
            self,
            [
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
            ],
        )

    def to_dict(self) -> dict[str, Any]:
        amount: float | None
        if self.amount is None:
            amount = None
        else:
            amount = self.amount

        precise_amount: int | None
        if self.precise_amount is None:
            precise_amount = None
        else:
            precise_amount = self.precise_amount

        precision: float | None
        if self.precision is None:
            precision = None
        else:
            precision = self.precision

        currency = self.currency

        reference = self.reference

        description = self.description

        source: None | str
        if self.source is None:
            source = None
        else:
            source = self.source

        sources: list[dict[str, Any]] | None
        if self.sources is None:
            sources = None
        else:
            sources = []
            for sources_type_0_item_data in self.sources:
                sources_type_0_item = sources_type_0_item_data.to_dict()
                sources.append(sources_type_0_item)

        destination: None | str
        if self.destination is None:
            destination = None
        else:
            destination = self.destination

        destinations: list[dict[str, Any]] | None
        if self.destinations is None:
            destinations = None
        else:
            destinations = []
            for destinations_type_0_item_data in self.destinations:
                destinations_type_0_item = destinations_type_0_item_data.to_dict()
                destinations.append(destinations_type_0_item)

        allow_overdraft: bool | None
        if self.allow_overdraft is None:
            allow_overdraft = None
        else:
            allow_overdraft = self.allow_overdraft

        overdraft_limit: float | None
        if self.overdraft_limit is None:
            overdraft_limit = None
        else:
            overdraft_limit = self.overdraft_limit

        inflight: bool | None
        if self.inflight is None:
            inflight = None
        else:
            inflight = self.inflight

        inflight_expiry_date: None | str
        if self.inflight_expiry_date is None:
            inflight_expiry_date = None
        else:
            inflight_expiry_date = utc_text(self.inflight_expiry_date, "inflight_expiry_date")

        inflight_commit_date: None | str
        if self.inflight_commit_date is None:
            inflight_commit_date = None
        else:
            inflight_commit_date = utc_text(self.inflight_commit_date, "inflight_commit_date")

        scheduled_for: None | str
        if self.scheduled_for is None:
            scheduled_for = None
        else:
            scheduled_for = utc_text(self.scheduled_for, "scheduled_for")

        effective_date: None | str
        if self.effective_date is None:
            effective_date = None
        else:
            effective_date = utc_text(self.effective_date, "effective_date")

        skip_queue: bool | None
        if self.skip_queue is None:
            skip_queue = None
        else:
            skip_queue = self.skip_queue

        atomic: bool | None
        if self.atomic is None:
            atomic = None
        else:
            atomic = self.atomic

        dry_run: bool | None
        if self.dry_run is None:
            dry_run = None
        else:
            dry_run = self.dry_run

        meta_data: dict[str, Any] | None
        if self.meta_data is None:
            meta_data = None
        else:
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "reference": reference,
                "description": description,
            }
        )
        if amount is not None:
            field_dict["amount"] = amount
        if precise_amount is not None:
            field_dict["precise_amount"] = precise_amount
        if precision is not None:
            field_dict["precision"] = precision
        if source is not None:
            field_dict["source"] = source
        if sources is not None:
            field_dict["sources"] = sources
        if destination is not None:
            field_dict["destination"] = destination
        if destinations is not None:
            field_dict["destinations"] = destinations
        if allow_overdraft is not None:
            field_dict["allow_overdraft"] = allow_overdraft
        if overdraft_limit is not None:
            field_dict["overdraft_limit"] = overdraft_limit
        if inflight is not None:
            field_dict["inflight"] = inflight
        if inflight_expiry_date is not None:
            field_dict["inflight_expiry_date"] = inflight_expiry_date
        if inflight_commit_date is not None:
            field_dict["inflight_commit_date"] = inflight_commit_date
        if scheduled_for is not None:
            field_dict["scheduled_for"] = scheduled_for
        if effective_date is not None:
            field_dict["effective_date"] = effective_date
        if skip_queue is not None:
            field_dict["skip_queue"] = skip_queue
        if atomic is not None:
            field_dict["atomic"] = atomic
        if dry_run is not None:
            field_dict["dry_run"] = dry_run
        if meta_data is not None:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        amount = d.get("amount")

        precise_amount = d.get("precise_amount")

        precision = d.get("precision")

        currency = d["currency"]

        reference = d["reference"]

        description = d["description"]

        source = d.get("source")

        _sources = d.get("sources")
        sources: list[Distribution] | None
        if _sources is None:
            sources = _sources
        else:
            _sources_type_0 = _sources
            sources_type_0 = list(map(Distribution.from_dict, _sources_type_0)) if _sources_type_0 else []

            sources = sources_type_0

        destination = d.get("destination")

        _destinations = d.get("destinations")
        destinations: list[Distribution] | None
        if _destinations is None:
            destinations = _destinations
        else:
            _destinations_type_0 = _destinations
            destinations_type_0 = (
                list(map(Distribution.from_dict, _destinations_type_0)) if _destinations_type_0 else []
            )

            destinations = destinations_type_0

        allow_overdraft = d.get("allow_overdraft")

        overdraft_limit = d.get("overdraft_limit")

        inflight = d.get("inflight")

        _inflight_expiry_date = d.get("inflight_expiry_date")
        inflight_expiry_date: datetime.datetime | None
        if _inflight_expiry_date is None:
            inflight_expiry_date = _inflight_expiry_date
        else:
            inflight_expiry_date_type_0 = parse_datetime(_inflight_expiry_date)

            inflight_expiry_date = inflight_expiry_date_type_0

        _inflight_commit_date = d.get("inflight_commit_date")
        inflight_commit_date: datetime.datetime | None
        if _inflight_commit_date is None:
            inflight_commit_date = _inflight_commit_date
        else:
            inflight_commit_date_type_0 = parse_datetime(_inflight_commit_date)

            inflight_commit_date = inflight_commit_date_type_0

        _scheduled_for = d.get("scheduled_for")
        scheduled_for: datetime.datetime | None
        if _scheduled_for is None:
            scheduled_for = _scheduled_for
        else:
            scheduled_for_type_0 = parse_datetime(_scheduled_for)

            scheduled_for = scheduled_for_type_0

        _effective_date = d.get("effective_date")
        effective_date: datetime.datetime | None
        if _effective_date is None:
            effective_date = _effective_date
        else:
            effective_date_type_0 = parse_datetime(_effective_date)

            effective_date = effective_date_type_0

        skip_queue = d.get("skip_queue")

        atomic = d.get("atomic")

        dry_run = d.get("dry_run")

        _meta_data = d.get("meta_data")
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
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
                    "amount",
                    "precise_amount",
                    "precision",
                    "currency",
                    "reference",
                    "description",
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
