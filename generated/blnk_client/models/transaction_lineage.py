from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fund_allocation import FundAllocation
    from ..models.transaction import Transaction


T = TypeVar("T", bound="TransactionLineage")


@_attrs_define
class TransactionLineage:
    """
    Attributes:
        transaction_id (str):
        shadow_transactions (list[Transaction] | None): null when the transaction has none.
        fund_allocation (list[FundAllocation] | Unset): Which providers' funds a debit spent
            (meta_data.BLNK_FUND_ALLOCATION).
    """

    transaction_id: str
    shadow_transactions: list[Transaction] | None
    fund_allocation: list[FundAllocation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        shadow_transactions: list[dict[str, Any]] | None
        if isinstance(self.shadow_transactions, list):
            shadow_transactions = []
            for shadow_transactions_type_0_item_data in self.shadow_transactions:
                shadow_transactions_type_0_item = shadow_transactions_type_0_item_data.to_dict()
                shadow_transactions.append(shadow_transactions_type_0_item)

        else:
            shadow_transactions = self.shadow_transactions

        fund_allocation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fund_allocation, Unset):
            fund_allocation = []
            for fund_allocation_item_data in self.fund_allocation:
                fund_allocation_item = fund_allocation_item_data.to_dict()
                fund_allocation.append(fund_allocation_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "shadow_transactions": shadow_transactions,
            }
        )
        if fund_allocation is not UNSET:
            field_dict["fund_allocation"] = fund_allocation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fund_allocation import FundAllocation  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415

        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        def _parse_shadow_transactions(data: object) -> list[Transaction] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shadow_transactions_type_0 = []
                _shadow_transactions_type_0 = data
                for shadow_transactions_type_0_item_data in _shadow_transactions_type_0:
                    shadow_transactions_type_0_item = Transaction.from_dict(shadow_transactions_type_0_item_data)

                    shadow_transactions_type_0.append(shadow_transactions_type_0_item)

                return shadow_transactions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Transaction] | None, data)

        shadow_transactions = _parse_shadow_transactions(d.pop("shadow_transactions"))

        _fund_allocation = d.pop("fund_allocation", UNSET)
        fund_allocation: list[FundAllocation] | Unset = UNSET
        if _fund_allocation is not UNSET:
            fund_allocation = []
            for fund_allocation_item_data in _fund_allocation:
                fund_allocation_item = FundAllocation.from_dict(fund_allocation_item_data)

                fund_allocation.append(fund_allocation_item)

        transaction_lineage = cls(
            transaction_id=transaction_id,
            shadow_transactions=shadow_transactions,
            fund_allocation=fund_allocation,
        )

        transaction_lineage.additional_properties = d
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
