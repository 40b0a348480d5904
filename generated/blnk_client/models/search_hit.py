from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """
    Attributes:
        document (SearchHitDocument | Unset): The indexed record (its Typesense form, e.g. meta_data flattened).
        highlight (SearchHitHighlight | Unset):
        highlights (list[SearchHitHighlightsItem] | Unset):
        text_match (int | Unset):
    """

    document: SearchHitDocument | Unset = UNSET
    highlight: SearchHitHighlight | Unset = UNSET
    highlights: list[SearchHitHighlightsItem] | Unset = UNSET
    text_match: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        highlight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.highlight, Unset):
            highlight = self.highlight.to_dict()

        highlights: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.highlights, Unset):
            highlights = []
            for highlights_item_data in self.highlights:
                highlights_item = highlights_item_data.to_dict()
                highlights.append(highlights_item)

        text_match = self.text_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document is not UNSET:
            field_dict["document"] = document
        if highlight is not UNSET:
            field_dict["highlight"] = highlight
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if text_match is not UNSET:
            field_dict["text_match"] = text_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _document = d.get("document", UNSET)
        document: SearchHitDocument | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = SearchHitDocument.from_dict(_document)

        _highlight = d.get("highlight", UNSET)
        highlight: SearchHitHighlight | Unset
        if isinstance(_highlight, Unset):
            highlight = UNSET
        else:
            highlight = SearchHitHighlight.from_dict(_highlight)

        _highlights = d.get("highlights", UNSET)
        highlights: list[SearchHitHighlightsItem] | Unset = UNSET
        if _highlights is not UNSET:
            highlights = []
            for highlights_item_data in _highlights:
                highlights_item = SearchHitHighlightsItem.from_dict(highlights_item_data)

                highlights.append(highlights_item)

        text_match = d.get("text_match", UNSET)

        # Positional, in declaration order (the attrs __init__ order): keywords cost ~3 us more per row.
        search_hit = cls(
            document,
            highlight,
            highlights,
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
