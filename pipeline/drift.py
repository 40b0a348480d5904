"""What changed between the locked upstream spec and a pulled one, item by item, and how.

Items are operations (`POST /ledgers`), schemas (`Ledger`, without its properties), fields
(`Ledger.name`) and everything else (`securitySchemes.basic`, `servers`, `parameters.Limit`,
`paths['/x'].parameters`). The lock keeps each item's inventory: one digest per aspect (its type,
`required`, enum values, request body, ...) computed without descriptions and examples, plus one
`docs` digest of the whole item. That tells how an item changed with no earlier copy of the
upstream file, which is never committed; with that copy (`old_spec`) the report shows the change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KINDS = ("operations", "schemas", "fields", "other")
KIND_TITLES = {"other": "other (security schemes, servers, components, path-level items)"}

# Keys that document rather than define; a change confined to them is "example or description only".
DOC_KEYS = frozenset({"description", "example", "examples", "summary", "title", "externalDocs"})
# Maps whose keys are names (a property may well be called "description"), never documentation.
NAMED_MAPS = frozenset(
    {"properties", "patternProperties", "paths", "responses", "content", "schemas", "headers", "variables"}
    | {"securitySchemes", "parameters", "requestBodies", "links", "callbacks", "encoding", "mapping"}
)
ASPECTS: dict[str, dict[str, tuple[str, ...]]] = {
    "operations": {
        "parameters": ("parameters",),
        "request body": ("requestBody",),
        "responses": ("responses",),
        "security": ("security",),
    },
    "schemas": {
        "type": ("type", "format", "$ref", "items", "nullable", "allOf", "oneOf", "anyOf", "not"),
        "additional properties": ("additionalProperties",),
        "required": ("required",),
        "enum values": ("enum",),
    },
}
DOCS = "docs"
COMPONENT_NOUNS = {
    "securitySchemes": "security scheme",
    "parameters": "parameter",
    "responses": "response",
    "requestBodies": "request body",
    "headers": "header",
    "examples": "example",
}

Location = tuple[str | int, ...]
Change = Literal["added", "removed", "changed"]


class _Missing:
    def __repr__(self) -> str:
        return "(absent)"


MISSING: Any = _Missing()


def _digest(value: Any) -> str:
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def without_docs(value: Any, parent: str = "") -> Any:
    """`value` with descriptions and examples removed at every depth (but not from maps of names)."""
    if isinstance(value, dict):
        return {k: without_docs(v, k) for k, v in value.items() if parent in NAMED_MAPS or k not in DOC_KEYS}
    if isinstance(value, list):
        return [without_docs(v) for v in value]
    return value


def _aspects_of(kind: str) -> dict[str, tuple[str, ...]]:
    return ASPECTS["operations"] if kind == "operations" else ASPECTS["schemas"]


def _aspect_keys(kind: str, node: Any) -> dict[str, tuple[str, ...]]:
    """Each aspect of `node` and the keys it covers; a key no aspect names is an aspect of its own."""
    if not isinstance(node, dict):
        return {"value": ()}
    named = _aspects_of(kind)
    covered = {key for keys in named.values() for key in keys}
    aspects = {label: keys for label, keys in named.items() if any(k in node for k in keys)}
    aspects.update({key: (key,) for key in node if key not in covered and key not in DOC_KEYS})
    return aspects


def item_digests(kind: str, node: Any) -> dict[str, str]:
    stripped = without_docs(node)
    digests = {DOCS: _digest(node)}
    for label, keys in _aspect_keys(kind, node).items():
        digests[label] = _digest(stripped if not keys else {k: stripped[k] for k in keys if k in stripped})
    return digests


@dataclass(frozen=True)
class Item:
    location: Location
    node: Any


def _schema_body(schema: Any) -> Any:
    return {k: v for k, v in schema.items() if k != "properties"} if isinstance(schema, dict) else schema


def items(spec: dict[str, Any]) -> dict[str, dict[str, Item]]:
    """Every item of `spec` by kind and name."""
    found: dict[str, dict[str, Item]] = {kind: {} for kind in KINDS}
    for path, path_item in (spec.get("paths") or {}).items():
        for key, value in path_item.items():
            if key in HTTP_METHODS:
                found["operations"][f"{key.upper()} {path}"] = Item(("paths", path, key), value)
            else:
                found["other"][f"paths['{path}'].{key}"] = Item(("paths", path, key), value)
    for section, entries in (spec.get("components") or {}).items():
        for name, entry in entries.items():
            if section != "schemas":
                found["other"][f"{section}.{name}"] = Item(("components", section, name), entry)
                continue
            found["schemas"][name] = Item(("components", "schemas", name), _schema_body(entry))
            properties = entry.get("properties") if isinstance(entry, dict) else None
            for prop_name, prop in (properties or {}).items():
                location = ("components", "schemas", name, "properties", prop_name)
                found["fields"][f"{name}.{prop_name}"] = Item(location, prop)
    for key, value in spec.items():
        if key not in ("paths", "components"):
            found["other"][key] = Item((key,), value)
    return found


def location_of(kind: str, name: str) -> Location:
    """Where the item `name` lives in a spec: the inverse of the names `items` gives."""
    if kind == "operations":
        method, path = name.split(" ", 1)
        return ("paths", path, method.lower())
    if kind == "schemas":
        return ("components", "schemas", name)
    if kind == "fields":
        schema, prop = name.split(".", 1)
        return ("components", "schemas", schema, "properties", prop)
    if name.startswith("paths['"):
        path, key = name.removeprefix("paths['").split("'].", 1)
        return ("paths", path, key)
    if "." in name:
        section, entry = name.split(".", 1)
        return ("components", section, entry)
    return (name,)


def inventory(spec: dict[str, Any]) -> dict[str, dict[str, dict[str, str]]]:
    return {
        kind: {name: item_digests(kind, item.node) for name, item in by_name.items()}
        for kind, by_name in items(spec).items()
    }


@dataclass
class ItemChange:
    kind: str
    name: str
    change: Change
    location: Location
    how: list[str]
    was: Any = MISSING  # the locked version's item, when that version could be read
    now: Any = MISSING
    meaning: str = ""  # what it means for the client (pipeline.shadow fills it in)

    @property
    def differences(self) -> list[tuple[Location, Any, Any]]:
        """The innermost places in the item that changed, when the locked version could be read."""
        if self.change != "changed" or self.was is MISSING:
            return []
        return list(leaf_differences(self.was, self.now))

    @property
    def watched(self) -> list[Location]:
        """The places in the spec whose content this change is about: the whole item unless known better."""
        return [(*self.location, *where) for where, _, _ in self.differences] or [self.location]


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class Report:
    changes: list[ItemChange]
    locked_version: str  # where the locked version was read from, or why it could not be
    overlay_failures: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def of(self, kind: str) -> Changes:
        grouped = Changes()
        for change in self.changes:
            if change.kind == kind:
                getattr(grouped, change.change).append(change.name)
        return grouped

    @property
    def operations(self) -> Changes:
        return self.of("operations")

    @property
    def schemas(self) -> Changes:
        return self.of("schemas")

    @property
    def fields(self) -> Changes:
        return self.of("fields")

    @property
    def other(self) -> Changes:
        return self.of("other")

    def find(self, kind: str, name: str) -> ItemChange:
        return next(c for c in self.changes if c.kind == kind and c.name == name)


def _noun(kind: str, name: str) -> str:
    if kind != "other":
        return kind.removesuffix("s")
    if name.startswith("paths['"):
        return "path-level " + name.rsplit(".", 1)[1]
    section = name.split(".", 1)[0]
    return COMPONENT_NOUNS.get(section, section) if "." in name else name


def _how_changed(kind: str, before: dict[str, str], after: dict[str, str], was: Any, now: Any) -> list[str]:
    aspects = sorted((set(before) | set(after)) - {DOCS}, key=lambda a: (a not in _aspects_of(kind), a))
    changed = [a for a in aspects if before.get(a) != after.get(a)]
    if not changed:
        return ["example or description only"]
    return [_aspect_change(a, was, now) for a in changed]


def _aspect_change(aspect: str, was: Any, now: Any) -> str:
    if was is MISSING or not isinstance(was, dict) or not isinstance(now, dict):
        return f"{aspect} changed"
    if aspect in ("required", "enum values"):
        key = "required" if aspect == "required" else "enum"
        old, new = was.get(key) or [], now.get(key) or []
        added = [f"+{v}" for v in new if v not in old]
        removed = [f"-{v}" for v in old if v not in new]
        return f"{aspect} changed ({' '.join(added + removed) or 'order only'})"
    if aspect == "type" and ("type" in was or "type" in now) and was.get("type") != now.get("type"):
        return f"type {was.get('type', '(none)')} -> {now.get('type', '(none)')}"
    return f"{aspect} changed"


def compare(old: dict[str, dict[str, Any]], new_spec: dict[str, Any], old_spec: dict[str, Any] | None = None) -> Report:
    """The changes from the locked inventory `old` to `new_spec`; `old_spec` (the locked version) adds detail."""
    new_items = items(new_spec)
    old_items = items(old_spec) if old_spec is not None else None
    new = inventory(new_spec)
    changes = []
    for kind in KINDS:
        before, after = old.get(kind, {}), new[kind]
        for name in sorted(set(before) | set(after)):
            if before.get(name) == after.get(name):
                continue
            now = new_items[kind][name].node if name in after else MISSING
            was = old_items[kind][name].node if old_items is not None and name in old_items[kind] else MISSING
            changes.append(_item_change(kind, name, before.get(name), after.get(name), was, now))
    return Report(changes, locked_version="")


def _item_change(
    kind: str, name: str, before: dict[str, str] | None, after: dict[str, str] | None, was: Any, now: Any
) -> ItemChange:
    location = location_of(kind, name)
    if before is None:
        return ItemChange(kind, name, "added", location, [f"{_noun(kind, name)} added"], now=now)
    if after is None:
        return ItemChange(kind, name, "removed", location, [f"{_noun(kind, name)} removed"], was=was)
    how = _how_changed(kind, before, after, was, now)
    return ItemChange(kind, name, "changed", location, how, was=was, now=now)


def leaf_differences(was: Any, now: Any, where: Location = ()) -> Iterator[tuple[Location, Any, Any]]:
    """The innermost places where `was` and `now` differ: (location inside them, old value, new value)."""
    if isinstance(was, dict) and isinstance(now, dict):
        for key in sorted(set(was) | set(now), key=str):
            yield from leaf_differences(was.get(key, MISSING), now.get(key, MISSING), (*where, key))
    elif isinstance(was, list) and isinstance(now, list) and len(was) == len(now):
        for index, (old, new) in enumerate(zip(was, now, strict=True)):
            yield from leaf_differences(old, new, (*where, index))
    elif was != now or type(was) is not type(now):
        yield where, was, now
