from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meta_data_1 import MetaData1


T = TypeVar("T", bound="RefundTransaction")


@_attrs_define
class RefundTransaction:
    """
    Example:
        {'id': 'txn_043d4ac3-4caf-4149-9c0d-927ae637d83f', 'tag': 'Refund', 'reference':
            'ref_70ffd90f-7bcf-43b8-90ba-70505c113b52', 'amount': 300, 'currency': 'NGN', 'payment_method': '',
            'description': '', 'drcr': 'Debit', 'status': 'APPLIED', 'ledger_id': 'ldg_073f7ffe-9dfd-42ce-
            aa50-d1dca1788adc', 'balance_id': 'bln_0be360ca-86fe-457d-be43-daa3f966d8f0', 'credit_balance_before': 600,
            'debit_balance_before': 0, 'credit_balance_after': 600, 'debit_balance_after': 300, 'balance_before': 600,
            'balance_after': 300, 'created_at': '2024-02-20T05:40:52.630481718Z', 'scheduled_for': '0001-01-01T00:00:00Z',
            'risk_tolerance_threshold': 0, 'risk_score': 0.03108, 'meta_data': {'refunded_transaction_id':
            'txn_5bbbe4d3-2d82-4da1-8191-aaa491d025de'}, 'group_ids': None}

    Attributes:
        id (str):
        tag (str):
        reference (str):
        amount (int):
        currency (str):
        payment_method (str):
        description (str):
        drcr (str):
        status (str):
        ledger_id (str):
        balance_id (str):
        credit_balance_before (int):
        debit_balance_before (int):
        credit_balance_after (int):
        debit_balance_after (int):
        balance_before (int):
        balance_after (int):
        created_at (str):
        scheduled_for (str):
        risk_tolerance_threshold (int):
        risk_score (float):
        meta_data (MetaData1):  Example: {'refunded_transaction_id': 'txn_5bbbe4d3-2d82-4da1-8191-aaa491d025de'}.
        group_ids (None | str):
    """

    id: str
    tag: str
    reference: str
    amount: int
    currency: str
    payment_method: str
    description: str
    drcr: str
    status: str
    ledger_id: str
    balance_id: str
    credit_balance_before: int
    debit_balance_before: int
    credit_balance_after: int
    debit_balance_after: int
    balance_before: int
    balance_after: int
    created_at: str
    scheduled_for: str
    risk_tolerance_threshold: int
    risk_score: float
    meta_data: MetaData1
    group_ids: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tag = self.tag

        reference = self.reference

        amount = self.amount

        currency = self.currency

        payment_method = self.payment_method

        description = self.description

        drcr = self.drcr

        status = self.status

        ledger_id = self.ledger_id

        balance_id = self.balance_id

        credit_balance_before = self.credit_balance_before

        debit_balance_before = self.debit_balance_before

        credit_balance_after = self.credit_balance_after

        debit_balance_after = self.debit_balance_after

        balance_before = self.balance_before

        balance_after = self.balance_after

        created_at = self.created_at

        scheduled_for = self.scheduled_for

        risk_tolerance_threshold = self.risk_tolerance_threshold

        risk_score = self.risk_score

        meta_data = self.meta_data.to_dict()

        group_ids: None | str
        group_ids = self.group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tag": tag,
                "reference": reference,
                "amount": amount,
                "currency": currency,
                "payment_method": payment_method,
                "description": description,
                "drcr": drcr,
                "status": status,
                "ledger_id": ledger_id,
                "balance_id": balance_id,
                "credit_balance_before": credit_balance_before,
                "debit_balance_before": debit_balance_before,
                "credit_balance_after": credit_balance_after,
                "debit_balance_after": debit_balance_after,
                "balance_before": balance_before,
                "balance_after": balance_after,
                "created_at": created_at,
                "scheduled_for": scheduled_for,
                "risk_tolerance_threshold": risk_tolerance_threshold,
                "risk_score": risk_score,
                "meta_data": meta_data,
                "group_ids": group_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta_data_1 import MetaData1  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        tag = d.pop("tag")

        reference = d.pop("reference")

        amount = d.pop("amount")

        currency = d.pop("currency")

        payment_method = d.pop("payment_method")

        description = d.pop("description")

        drcr = d.pop("drcr")

        status = d.pop("status")

        ledger_id = d.pop("ledger_id")

        balance_id = d.pop("balance_id")

        credit_balance_before = d.pop("credit_balance_before")

        debit_balance_before = d.pop("debit_balance_before")

        credit_balance_after = d.pop("credit_balance_after")

        debit_balance_after = d.pop("debit_balance_after")

        balance_before = d.pop("balance_before")

        balance_after = d.pop("balance_after")

        created_at = d.pop("created_at")

        scheduled_for = d.pop("scheduled_for")

        risk_tolerance_threshold = d.pop("risk_tolerance_threshold")

        risk_score = d.pop("risk_score")

        meta_data = MetaData1.from_dict(d.pop("meta_data"))

        def _parse_group_ids(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_ids = _parse_group_ids(d.pop("group_ids"))

        refund_transaction = cls(
            id=id,
            tag=tag,
            reference=reference,
            amount=amount,
            currency=currency,
            payment_method=payment_method,
            description=description,
            drcr=drcr,
            status=status,
            ledger_id=ledger_id,
            balance_id=balance_id,
            credit_balance_before=credit_balance_before,
            debit_balance_before=debit_balance_before,
            credit_balance_after=credit_balance_after,
            debit_balance_after=debit_balance_after,
            balance_before=balance_before,
            balance_after=balance_after,
            created_at=created_at,
            scheduled_for=scheduled_for,
            risk_tolerance_threshold=risk_tolerance_threshold,
            risk_score=risk_score,
            meta_data=meta_data,
            group_ids=group_ids,
        )

        refund_transaction.additional_properties = d
        return refund_transaction

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
