# Generated: copied from overlays/runtime/_types.py; edit that file.
"""Small types shared by the runtime and the generated resources."""

from __future__ import annotations

from typing import Final, Literal, TypeAlias

import httpx

JSONValue: TypeAlias = str | int | float | bool | None | list["JSONValue"] | dict[str, "JSONValue"]
"""Any value JSON can carry; what `meta_data` holds."""

TimeoutTypes: TypeAlias = float | httpx.Timeout | None


class NotGiven:
    """Marks an argument the caller left out, where `None` would mean something."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
