# Generated: rendered by overlays/templates/model.py.jinja from the schema UploadExternalDataFromURL of spec/blnk-openapi.resolved.json; edit overlays/documents/reconciliation.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="UploadExternalDataFromURL")


@_dataclass(slots=True, weakref_slot=True)
class UploadExternalDataFromURL:
    """
    Attributes:
        url (str): An http(s) URL whose host is in server.upload_whitelist.
        source (None | str):
    """

    url: str
    source: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["source"])

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        source: None | str
        if self.source is None:
            source = None
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if source is not None:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d["url"]

        source = d.get("source")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        upload_external_data_from_url = cls(
            url,
            source,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("source" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "url",
                    "source",
                }
            }
            upload_external_data_from_url.additional_properties = extra

        return upload_external_data_from_url

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
