# Generated: rendered by overlays/templates/model.py.jinja from the schema UploadExternalDataForm of spec/blnk-openapi.resolved.json; edit overlays/documents/reconciliation.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from io import BytesIO
from typing import Any, TypeVar

from .. import types
from .._model_repr import present_repr
from ..types import File

T = TypeVar("T", bound="UploadExternalDataForm")


@_dataclass(slots=True, weakref_slot=True)
class UploadExternalDataForm:
    """
    Attributes:
        file (File): A CSV or JSON file of external transactions.
        source (None | str): Where the records come from (e.g. a bank's name); stored on each record.
    """

    file: File
    source: None | str = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["source"])

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        source: None | str
        if self.source is None:
            source = None
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if source is not None:
            field_dict["source"] = source

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if self.source is not None:
            if isinstance(self.source, str):
                files.append(("source", (None, str(self.source).encode(), "text/plain")))
            else:
                files.append(("source", (None, str(self.source).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file = File(payload=BytesIO(d["file"]))

        source = d.get("source")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        upload_external_data_form = cls(
            file,
            source,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 1 + ("source" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "file",
                    "source",
                }
            }
            upload_external_data_form.additional_properties = extra

        return upload_external_data_form

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
