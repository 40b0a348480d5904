from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_data import MetaData


T = TypeVar("T", bound="RefundTransactionRequest")


@_attrs_define
class RefundTransactionRequest:
    """Optional; an empty body queues a plain refund.

    Attributes:
        skip_queue (bool | Unset):  Default: False.
        dry_run (bool | Unset):  Default: False.
        description (str | Unset): Replaces the description copied from the original.
        meta_data (MetaData | None | Unset): Free-form JSON object (Go map[string]interface{}); null when never set. Its
            numbers pass through float64 on the server: integers beyond 2**53 come back rounded.
    """

    skip_queue: bool | Unset = False
    dry_run: bool | Unset = False
    description: str | Unset = UNSET
    meta_data: MetaData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meta_data import MetaData  # noqa: PLC0415

        skip_queue = self.skip_queue

        dry_run = self.dry_run

        description = self.description

        meta_data: dict[str, Any] | None | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, MetaData):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip_queue is not UNSET:
            field_dict["skip_queue"] = skip_queue
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if description is not UNSET:
            field_dict["description"] = description
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta_data import MetaData  # noqa: PLC0415

        d = dict(src_dict)
        skip_queue = d.pop("skip_queue", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        description = d.pop("description", UNSET)

        def _parse_meta_data(data: object) -> MetaData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_meta_data_type_0 = MetaData.from_dict(data)

                return componentsschemas_meta_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetaData | None | Unset, data)

        meta_data = _parse_meta_data(d.pop("meta_data", UNSET))

        refund_transaction_request = cls(
            skip_queue=skip_queue,
            dry_run=dry_run,
            description=description,
            meta_data=meta_data,
        )

        refund_transaction_request.additional_properties = d
        return refund_transaction_request

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
