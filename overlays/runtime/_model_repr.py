"""The repr of a model: the fields an answer carried, not the None of each one it left out."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from typing import TYPE_CHECKING

from ._secrets import REDACTED

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


def present_repr(model: DataclassInstance, optional: Collection[str]) -> str:
    """`Name(a=1, b='x')`: an optional field is shown when it is not None, extra keys when there are any,
    and a secret field as REDACTED."""
    shown = []
    for field in dataclasses.fields(model):
        value = getattr(model, field.name)
        if value is None and field.name in optional:
            continue
        if field.name == "additional_properties" and not value:
            continue
        shown.append(f"{field.name}={REDACTED!r}" if field.metadata.get("secret") else f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"
