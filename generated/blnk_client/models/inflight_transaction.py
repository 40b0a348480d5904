# Generated: rendered by overlays/templates/model.py.jinja from the schema InflightTransaction of spec/blnk-openapi.resolved.json; edit overlays/documents/releases.yaml, overlays/documents/transactions.yaml or the template.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member, parse_datetime
from .._validation import utc_text
from ..models.transaction_status import TransactionStatus

T = TypeVar("T", bound="InflightTransaction")


@_dataclass(slots=True, weakref_slot=True)
class InflightTransaction:
    """The answer of PUT /transactions/inflight/{transaction_id}: the transaction whose id was given, as stored (QUEUED for
    a queued create's id, INFLIGHT for a skip_queue hold), plus queued true when the action was queued (the default), or
    the new APPLIED or VOID child (no queued field) with skip_queue.

        Attributes:
            transaction_id (str): txn_<uuid>
            parent_transaction (str): The parent row (a queued create, a hold, a bulk_<uuid> batch); empty when none.
            precise_amount (int | None): Minor units, any size.
            amount (float): Major units.
            amount_string (None | str): The exact decimal amount; only when the server converted from precise_amount.
            precision (float): 0 on GET /transactions/reference/{reference}.
            overdraft_limit (float):
            source (None | str): A balance id; what you sent (e.g. @World) in a QUEUED answer.
            destination (None | str):
            sources (list[Distribution]):
            destinations (list[Distribution]):
            reference (str):
            currency (str):
            description (None | str):
            status (TransactionStatus): The row returned by a queued create stays QUEUED; its outcome is a child row. A
                committed hold's child is APPLIED, an expired or voided one's VOID.
            hash_ (str): Empty on GET /transactions/reference/{reference}.
            allow_overdraft (bool): Always false on reads (the flag is kept in meta_data).
            inflight (bool):
            skip_queue (bool):
            atomic (bool): Always false on reads.
            created_at (datetime.datetime):
            effective_date (datetime.datetime | None): Left out by GET /transactions/{transaction_id} and by-reference
                reads.
            scheduled_for (datetime.datetime): Zero time when unset.
            inflight_expiry_date (datetime.datetime): Zero time when unset.
            inflight_commit_date (datetime.datetime | None): Zero time when unset. Added in Blnk v0.14.1: older servers
                neither send nor read it (None).
            meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
                pass through float64 on the server: integers beyond 2**53 come back rounded.
            queued (bool | None): True when the action was queued for the workers. Added in Blnk v0.15.0: older servers
                neither send nor read it (None).
            rate (float | None): The conversion rate of the posting (1 on a create, 0 on reads). Sent by Blnk up to v0.14.5
                only (removed in the next release); None from newer servers.
    """

    transaction_id: str
    parent_transaction: str
    amount: float
    precision: float
    overdraft_limit: float
    sources: list[Distribution]
    destinations: list[Distribution]
    reference: str
    currency: str
    status: TransactionStatus
    hash_: str
    allow_overdraft: bool
    inflight: bool
    skip_queue: bool
    atomic: bool
    created_at: datetime.datetime
    scheduled_for: datetime.datetime
    inflight_expiry_date: datetime.datetime
    precise_amount: int | None = None
    amount_string: None | str = None
    source: None | str = None
    destination: None | str = None
    description: None | str = None
    effective_date: datetime.datetime | None = None
    inflight_commit_date: datetime.datetime | None = None
    meta_data: MetaData | None = None
    queued: bool | None = None
    rate: float | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(
            self,
            [
                "precise_amount",
                "amount_string",
                "source",
                "destination",
                "description",
                "effective_date",
                "inflight_commit_date",
                "meta_data",
                "queued",
                "rate",
            ],
        )

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        parent_transaction = self.parent_transaction

        precise_amount: int | None
        if self.precise_amount is None:
            precise_amount = None
        else:
            precise_amount = self.precise_amount

        amount = self.amount

        amount_string: None | str
        if self.amount_string is None:
            amount_string = None
        else:
            amount_string = self.amount_string

        precision = self.precision

        overdraft_limit = self.overdraft_limit

        source: None | str
        if self.source is None:
            source = None
        else:
            source = self.source

        destination: None | str
        if self.destination is None:
            destination = None
        else:
            destination = self.destination

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)

        reference = self.reference

        currency = self.currency

        description: None | str
        if self.description is None:
            description = None
        else:
            description = self.description

        status = self.status.value

        hash_ = self.hash_

        allow_overdraft = self.allow_overdraft

        inflight = self.inflight

        skip_queue = self.skip_queue

        atomic = self.atomic

        created_at = utc_text(self.created_at, "created_at")

        effective_date: None | str
        if self.effective_date is None:
            effective_date = None
        else:
            effective_date = utc_text(self.effective_date, "effective_date")

        scheduled_for = utc_text(self.scheduled_for, "scheduled_for")

        inflight_expiry_date = utc_text(self.inflight_expiry_date, "inflight_expiry_date")

        inflight_commit_date: None | str
        if self.inflight_commit_date is None:
            inflight_commit_date = None
        else:
            inflight_commit_date = utc_text(self.inflight_commit_date, "inflight_commit_date")

        meta_data: dict[str, Any] | None
        if self.meta_data is None:
            meta_data = None
        else:
            meta_data = self.meta_data.to_dict()

        queued: bool | None
        if self.queued is None:
            queued = None
        else:
            queued = self.queued

        rate: float | None
        if self.rate is None:
            rate = None
        else:
            rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "parent_transaction": parent_transaction,
                "amount": amount,
                "precision": precision,
                "overdraft_limit": overdraft_limit,
                "sources": sources,
                "destinations": destinations,
                "reference": reference,
                "currency": currency,
                "status": status,
                "hash": hash_,
                "allow_overdraft": allow_overdraft,
                "inflight": inflight,
                "skip_queue": skip_queue,
                "atomic": atomic,
                "created_at": created_at,
                "scheduled_for": scheduled_for,
                "inflight_expiry_date": inflight_expiry_date,
            }
        )
        if precise_amount is not None:
            field_dict["precise_amount"] = precise_amount
        if amount_string is not None:
            field_dict["amount_string"] = amount_string
        if source is not None:
            field_dict["source"] = source
        if destination is not None:
            field_dict["destination"] = destination
        if description is not None:
            field_dict["description"] = description
        if effective_date is not None:
            field_dict["effective_date"] = effective_date
        if inflight_commit_date is not None:
            field_dict["inflight_commit_date"] = inflight_commit_date
        if meta_data is not None:
            field_dict["meta_data"] = meta_data
        if queued is not None:
            field_dict["queued"] = queued
        if rate is not None:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transaction_id = d["transaction_id"]

        parent_transaction = d["parent_transaction"]

        precise_amount = d.get("precise_amount")

        amount = d["amount"]

        amount_string = d.get("amount_string")

        precision = d["precision"]

        overdraft_limit = d["overdraft_limit"]

        source = d.get("source")

        destination = d.get("destination")

        _sources = d.get("sources")
        sources = list(map(Distribution.from_dict, _sources)) if _sources else []

        _destinations = d.get("destinations")
        destinations = list(map(Distribution.from_dict, _destinations)) if _destinations else []

        reference = d["reference"]

        currency = d["currency"]

        description = d.get("description")

        status = enum_member(TransactionStatus, d["status"])

        hash_ = d["hash"]

        allow_overdraft = d["allow_overdraft"]

        inflight = d["inflight"]

        skip_queue = d["skip_queue"]

        atomic = d["atomic"]

        created_at = parse_datetime(d["created_at"])

        _effective_date = d.get("effective_date")
        effective_date: datetime.datetime | None
        if _effective_date is None:
            effective_date = _effective_date
        else:
            effective_date_type_0 = parse_datetime(_effective_date)

            effective_date = effective_date_type_0

        scheduled_for = parse_datetime(d["scheduled_for"])

        inflight_expiry_date = parse_datetime(d["inflight_expiry_date"])

        _inflight_commit_date = d.get("inflight_commit_date")
        inflight_commit_date: datetime.datetime | None
        if _inflight_commit_date is None:
            inflight_commit_date = _inflight_commit_date
        else:
            inflight_commit_date_type_0 = parse_datetime(_inflight_commit_date)

            inflight_commit_date = inflight_commit_date_type_0

        _meta_data = d.get("meta_data")
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        queued = d.get("queued")

        rate = d.get("rate")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        inflight_transaction = cls(
            transaction_id,
            parent_transaction,
            amount,
            precision,
            overdraft_limit,
            sources,
            destinations,
            reference,
            currency,
            status,
            hash_,
            allow_overdraft,
            inflight,
            skip_queue,
            atomic,
            created_at,
            scheduled_for,
            inflight_expiry_date,
            precise_amount,
            amount_string,
            source,
            destination,
            description,
            effective_date,
            inflight_commit_date,
            meta_data,
            queued,
            rate,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 16 + ("precise_amount" in d) + ("amount_string" in d) + ("source" in d) + ("destination" in d) + (
            "sources" in d
        ) + ("destinations" in d) + ("description" in d) + ("effective_date" in d) + ("inflight_commit_date" in d) + (
            "meta_data" in d
        ) + ("queued" in d) + ("rate" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "transaction_id",
                    "parent_transaction",
                    "precise_amount",
                    "amount",
                    "amount_string",
                    "precision",
                    "overdraft_limit",
                    "source",
                    "destination",
                    "sources",
                    "destinations",
                    "reference",
                    "currency",
                    "description",
                    "status",
                    "hash",
                    "allow_overdraft",
                    "inflight",
                    "skip_queue",
                    "atomic",
                    "created_at",
                    "effective_date",
                    "scheduled_for",
                    "inflight_expiry_date",
                    "inflight_commit_date",
                    "meta_data",
                    "queued",
                    "rate",
                }
            }
            inflight_transaction.additional_properties = extra

        return inflight_transaction

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
