# Generated: copied from overlays/runtime/_deferred.py; edit that file.
"""A module a resource imports on first use, at no cost to the calls after it."""

from __future__ import annotations

import importlib
from typing import Any


class DeferredModule:
    """Stands in `namespace[name]` for `module` (relative to the namespace's package) until an
    attribute is read: that read imports the module and puts the module itself in its place."""

    __slots__ = ("_module", "_name", "_namespace")

    def __init__(self, namespace: dict[str, Any], name: str, module: str) -> None:
        self._namespace = namespace
        self._name = name
        self._module = module

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self._module, self._namespace["__name__"])
        self._namespace[self._name] = module
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<deferred module {self._module!r} of {self._namespace['__name__']}>"
