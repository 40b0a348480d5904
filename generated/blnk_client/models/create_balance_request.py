# Generated: rendered by overlays/templates/model.py.jinja from the schema CreateBalanceRequest of spec/blnk-openapi.resolved.json; edit overlays/documents/balances.yaml, overlays/documents/releases.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr
from .._parsing import enum_member
from ..models.allocation_strategy import AllocationStrategy

T = TypeVar("T", bound="CreateBalanceRequest")


@_dataclass(slots=True, weakref_slot=True)
class CreateBalanceRequest:
    """
    Attributes:
        ledger_id (str):
        currency (str): Free text; the server checks no ISO list.
        identity_id (None | str): Required when track_fund_lineage is true.
        track_fund_lineage (bool | None): Record which provider funded this balance; cannot change later. Added in Blnk
            v0.13.0: older servers neither send nor read it (None). Default: False.
        allocation_strategy (AllocationStrategy | None): Added in Blnk v0.13.0: older servers neither send nor read it
            (None).
        meta_data (MetaData | None): Free-form JSON object (Go map[string]interface{}); null when never set. Its numbers
            pass through float64 on the server: integers beyond 2**53 come back rounded.
        indicator (None | str): Only for balances of general_ledger_id; unique per currency.
    """

    ledger_id: str
    currency: str
    identity_id: None | str = None
    track_fund_lineage: bool | None = None
    allocation_strategy: AllocationStrategy | None = None
    meta_data: MetaData | None = None
    indicator: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(
            self, ["identity_id", "track_fund_lineage", "allocation_strategy", "meta_data", "indicator"]
        )

    def to_dict(self) -> dict[str, Any]:
        ledger_id = self.ledger_id

        currency = self.currency

        identity_id: None | str
        if self.identity_id is None:
            identity_id = None
        else:
            identity_id = self.identity_id

        track_fund_lineage: bool | None
        if self.track_fund_lineage is None:
            track_fund_lineage = None
        else:
            track_fund_lineage = self.track_fund_lineage

        allocation_strategy: None | str
        if self.allocation_strategy is None:
            allocation_strategy = None
        else:
            allocation_strategy = self.allocation_strategy.value

        meta_data: dict[str, Any] | None
        if self.meta_data is None:
            meta_data = None
        else:
            meta_data = self.meta_data.to_dict()

        indicator: None | str
        if self.indicator is None:
            indicator = None
        else:
            indicator = self.indicator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ledger_id": ledger_id,
                "currency": currency,
            }
        )
        if identity_id is not None:
            field_dict["identity_id"] = identity_id
        if track_fund_lineage is not None:
            field_dict["track_fund_lineage"] = track_fund_lineage
        if allocation_strategy is not None:
            field_dict["allocation_strategy"] = allocation_strategy
        if meta_data is not None:
            field_dict["meta_data"] = meta_data
        if indicator is not None:
            field_dict["indicator"] = indicator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ledger_id = d["ledger_id"]

        currency = d["currency"]

        identity_id = d.get("identity_id")

        track_fund_lineage = d.get("track_fund_lineage")

        _allocation_strategy = d.get("allocation_strategy")
        allocation_strategy: AllocationStrategy | None
        if _allocation_strategy is None:
            allocation_strategy = _allocation_strategy
        else:
            allocation_strategy_type_1 = enum_member(AllocationStrategy, _allocation_strategy)

            allocation_strategy = allocation_strategy_type_1

        _meta_data = d.get("meta_data")
        meta_data: MetaData | None
        if _meta_data is None:
            meta_data = _meta_data
        else:
            componentsschemas_meta_data_type_0 = MetaData.from_dict(_meta_data)

            meta_data = componentsschemas_meta_data_type_0

        indicator = d.get("indicator")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
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
