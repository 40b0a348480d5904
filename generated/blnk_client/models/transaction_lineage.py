# Generated: rendered by overlays/templates/model.py.jinja from the schema TransactionLineage of spec/blnk-openapi.resolved.json; edit overlays/documents/transactions.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="TransactionLineage")


@_dataclass(slots=True, weakref_slot=True)
class TransactionLineage:
    """
    Attributes:
        transaction_id (str):
        fund_allocation (list[FundAllocation]): Which providers' funds a debit spent (meta_data.BLNK_FUND_ALLOCATION).
        shadow_transactions (list[Transaction] | None): null when the transaction has none.
    """

    transaction_id: str
    fund_allocation: list[FundAllocation]
    shadow_transactions: list[Transaction] | None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, [])

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        fund_allocation = []
        for fund_allocation_item_data in self.fund_allocation:
            fund_allocation_item = fund_allocation_item_data.to_dict()
            fund_allocation.append(fund_allocation_item)

        shadow_transactions: list[dict[str, Any]] | None
        if self.shadow_transactions is None:
            shadow_transactions = None
        else:
            shadow_transactions = []
            for shadow_transactions_type_0_item_data in self.shadow_transactions:
                shadow_transactions_type_0_item = shadow_transactions_type_0_item_data.to_dict()
                shadow_transactions.append(shadow_transactions_type_0_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "fund_allocation": fund_allocation,
                "shadow_transactions": shadow_transactions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transaction_id = d["transaction_id"]

        _fund_allocation = d.get("fund_allocation")
        fund_allocation = list(map(FundAllocation.from_dict, _fund_allocation)) if _fund_allocation else []

        _shadow_transactions = d["shadow_transactions"]
        shadow_transactions: list[Transaction] | None
        if _shadow_transactions is None:
            shadow_transactions = _shadow_transactions
        else:
            _shadow_transactions_type_0 = _shadow_transactions
            shadow_transactions_type_0 = (
                list(map(Transaction.from_dict, _shadow_transactions_type_0)) if _shadow_transactions_type_0 else []
            )

            shadow_transactions = shadow_transactions_type_0

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        transaction_lineage = cls(
            transaction_id,
            fund_allocation,
            shadow_transactions,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 2 + ("fund_allocation" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "transaction_id",
                    "fund_allocation",
                    "shadow_transactions",
                }
            }
            transaction_lineage.additional_properties = extra

        return transaction_lineage

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


from ..models.fund_allocation import FundAllocation
from ..models.transaction import Transaction
