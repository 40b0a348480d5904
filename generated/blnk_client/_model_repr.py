# Generated: copied from overlays/runtime/_model_repr.py; edit that file.
"""The repr of a model: the fields an answer carried, not the None of each one it left out."""

from __future__ import annotations

from collections.abc import Collection

import attrs


def present_repr(model: attrs.AttrsInstance, optional: Collection[str]) -> str:
    """`Name(a=1, b='x')`: an optional field is shown when it is not None, extra keys when there are any."""
    shown = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if field.repr is False or (value is None and field.name in optional):
            continue
        if field.name == "additional_properties" and not value:
            continue
        shown.append(f"{field.name}={field.repr(value) if callable(field.repr) else repr(value)}")
    return f"{type(model).__name__}({', '.join(shown)})"
