# Generated: rendered by overlays/templates/model.py.jinja from the schema SearchHit of spec/blnk-openapi.resolved.json; edit overlays/documents/search.yaml or the template.
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from typing import Any, TypeVar

from .._model_repr import present_repr

T = TypeVar("T", bound="SearchHit")


@_dataclass(slots=True, weakref_slot=True)
class SearchHit:
    """
    Attributes:
        document (None | SearchHitDocument): The indexed record (its Typesense form, e.g. meta_data flattened).
        highlight (None | SearchHitHighlight):
        highlights (list[SearchHitHighlightsItem]):
        text_match (int | None):
    """

    highlights: list[SearchHitHighlightsItem]
    document: None | SearchHitDocument = None
    highlight: None | SearchHitHighlight = None
    text_match: int | None = None
    additional_properties: dict[str, Any] = _field(init=False, default_factory=dict)

    def __repr__(self) -> str:
        return present_repr(self, ["document", "highlight", "text_match"])

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] | None
        if self.document is None:
            document = None
        else:
            document = self.document.to_dict()

        highlight: dict[str, Any] | None
        if self.highlight is None:
            highlight = None
        else:
            highlight = self.highlight.to_dict()

        highlights = []
        for highlights_item_data in self.highlights:
            highlights_item = highlights_item_data.to_dict()
            highlights.append(highlights_item)

        text_match: int | None
        if self.text_match is None:
            text_match = None
        else:
            text_match = self.text_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "highlights": highlights,
            }
        )
        if document is not None:
            field_dict["document"] = document
        if highlight is not None:
            field_dict["highlight"] = highlight
        if text_match is not None:
            field_dict["text_match"] = text_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _document = d.get("document")
        document: None | SearchHitDocument
        if _document is None:
            document = _document
        else:
            document_type_1 = SearchHitDocument.from_dict(_document)

            document = document_type_1

        _highlight = d.get("highlight")
        highlight: None | SearchHitHighlight
        if _highlight is None:
            highlight = _highlight
        else:
            highlight_type_1 = SearchHitHighlight.from_dict(_highlight)

            highlight = highlight_type_1

        _highlights = d.get("highlights")
        highlights = list(map(SearchHitHighlightsItem.from_dict, _highlights)) if _highlights else []

        text_match = d.get("text_match")

        # Positional, in declaration order (the dataclass __init__ order): keywords cost ~3 us more per row.
        search_hit = cls(
            highlights,
            document,
            highlight,
            text_match,
        )

        # Counting the known keys that are present is cheaper than a set difference on every row.
        if len(d) > 0 + ("document" in d) + ("highlight" in d) + ("highlights" in d) + ("text_match" in d):
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "document",
                    "highlight",
                    "highlights",
                    "text_match",
                }
            }
            search_hit.additional_properties = extra

        return search_hit

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


from ..models.search_hit_document import SearchHitDocument
from ..models.search_hit_highlight import SearchHitHighlight
from ..models.search_hit_highlights_item import SearchHitHighlightsItem
