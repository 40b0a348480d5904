from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import enum_member
from ..models.allocation_strategy import AllocationStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBalanceRequest")


@_attrs_define
class CreateBalanceRequest:
    """
    Attributes:
        ledger_id (str):
        currency (str): Free text; the server checks no ISO list.
        identity_id (str | Unset): Required when track_fund_lineage is true.
        track_fund_lineage (bool | Unset): Record which provider funded this balance; cannot change later. Added in Blnk
            v0.13.0: older servers neither send nor read it (UNSET). Default: False.
        allocation_strategy (AllocationStrategy | Unset): The order in which lineage spends provider funds. The server
            also takes "fifo" or " lifo " (it trims and upper-cases what it receives); this client takes the exact values
            only.
        meta_data (MetaData | None | Unset): Free-form JSON object (Go map[string]interface{}); null when never set. Its
            numbers pass through float64 on the server: integers beyond 2**53 come back rounded.
        indicator (str | Unset): Only for balances of general_ledger_id; unique per currency.
    """

    ledger_id: str
    currency: str
    identity_id: str | Unset = UNSET
    track_fund_lineage: bool | Unset = False
    allocation_strategy: AllocationStrategy | Unset = UNSET
    meta_data: MetaData | None | Unset = UNSET
    indicator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ledger_id = self.ledger_id

        currency = self.currency

        identity_id = self.identity_id

        track_fund_lineage = self.track_fund_lineage

        allocation_strategy: str | Unset = UNSET
        if not isinstance(self.allocation_strategy, Unset):
            allocation_strategy = self.allocation_strategy.value

        meta_data: dict[str, Any] | None | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, MetaData):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        indicator = self.indicator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ledger_id": ledger_id,
                "currency": currency,
            }
        )
        if identity_id is not UNSET:
            field_dict["identity_id"] = identity_id
        if track_fund_lineage is not UNSET:
            field_dict["track_fund_lineage"] = track_fund_lineage
        if allocation_strategy is not UNSET:
            field_dict["allocation_strategy"] = allocation_strategy
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if indicator is not UNSET:
            field_dict["indicator"] = indicator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ledger_id = d["ledger_id"]

        currency = d["currency"]

        identity_id = d.get("identity_id", UNSET)

        track_fund_lineage = d.get("track_fund_lineage", UNSET)

        _allocation_strategy = d.get("allocation_strategy", UNSET)
        allocation_strategy: AllocationStrategy | Unset
        if isinstance(_allocation_strategy, Unset):
            allocation_strategy = UNSET
        else:
            allocation_strategy = enum_member(AllocationStrategy, _allocation_strategy)

        _meta_data = d.get("meta_data", UNSET)
        meta_data: MetaData | None | Unset
        if _meta_data is None or _meta_data is UNSET:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        indicator = d.get("indicator", UNSET)

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        create_balance_request = cls(
            ledger_id,
            currency,
            identity_id,
            track_fund_lineage,
            allocation_strategy,
            meta_data,
            indicator,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2 + ("identity_id" in d) + ("track_fund_lineage" in d) + ("allocation_strategy" in d) + (
            "meta_data" in d
        ) + ("indicator" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "ledger_id",
                    "currency",
                    "identity_id",
                    "track_fund_lineage",
                    "allocation_strategy",
                    "meta_data",
                    "indicator",
                }
            }
            create_balance_request.additional_properties = extra

        return create_balance_request

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


from ..models.meta_data import MetaData
