"""Small types shared by the runtime and the generated resources, and what a file upload takes.

It replaces the generator's own types.py (copied over it), so that the package has one types module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, BinaryIO, Final, Literal, TypeAlias

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


# What httpx's `files=` accepts, as the generator's templates name it.
FileContent: TypeAlias = IO[bytes] | bytes | str
FileTypes: TypeAlias = (
    tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles: TypeAlias = list[tuple[str, FileTypes]]


class File:
    """A file to upload: its bytes, and optionally the name and media type the form gives it."""

    __slots__ = ("file_name", "mime_type", "payload")
    payload: BinaryIO
    file_name: str | None
    mime_type: str | None

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def __repr__(self) -> str:
        return f"File(file_name={self.file_name!r}, mime_type={self.mime_type!r})"

    def to_tuple(self) -> FileTypes:
        """The (name, file, media type) tuple httpx writes into a multipart/form-data body."""
        return self.file_name, self.payload, self.mime_type
