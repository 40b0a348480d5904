"""The extensions the overlays may write (overlays/vocabulary.yaml): which exist, where each goes, its shape.

An extension's node is known by its location in the OpenAPI document: `paths./x.post` is an
operation, `components.schemas.X` a component, `components.schemas.X.properties.y` a property,
and so on. Values that are data (example, default, enum, const) and extension values are not
searched for further extensions.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, ValidationError

from pipeline import paths

Location = tuple[str | int, ...]

PLACES = ("document", "info", "operation", "parameter", "component", "property", "schema")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ENTRY_KEYS = {"where", "means", "read-by", "shape"}
UNLISTED = "unlisted node"
DATA = frozenset({"example", "examples", "default", "enum", "const"})

_SCHEMA = {"items": "schema", "additionalProperties": "schema", "not": "schema"} | {
    k: "schema-list" for k in ("allOf", "oneOf", "anyOf")
}
# kind -> {key: kind of the child}; "*" is any name, "#" any list index; anything else is an "unlisted node".
STEPS: dict[str, dict[str, str]] = {
    "document": {"info": "info", "paths": "paths", "components": "components"},
    "paths": {"*": "path-item"},
    "path-item": {m: "operation" for m in HTTP_METHODS} | {"parameters": "parameter-list"},
    "operation": {"parameters": "parameter-list", "requestBody": "request-body", "responses": "responses"},
    "parameter-list": {"#": "parameter"},
    "parameter": {"schema": "schema", "content": "content"},
    "request-body": {"content": "content"},
    "responses": {"*": "response"},
    "response": {"content": "content"},
    "content": {"*": "media-type"},
    "media-type": {"schema": "schema"},
    "components": {
        "schemas": "component-map",
        "parameters": "parameter-map",
        "responses": "response-map",
        "requestBodies": "request-body-map",
    },
    "component-map": {"*": "component"},
    "parameter-map": {"*": "parameter"},
    "response-map": {"*": "response"},
    "request-body-map": {"*": "request-body"},
    "component": _SCHEMA | {"properties": "fields"},
    "property": _SCHEMA | {"properties": "nested-fields"},
    "schema": _SCHEMA | {"properties": "nested-fields"},
    "fields": {"*": "property"},
    "nested-fields": {"*": "schema"},
    "schema-list": {"#": "schema"},
}
# Every key of these is a name, even one starting "x-" (a field may be called so).
NAME_MAPS = frozenset(
    {"component-map", "parameter-map", "response-map", "request-body-map", "fields", "nested-fields", "content"}
)


class VocabularyError(Exception):
    """overlays/vocabulary.yaml is malformed."""


@dataclass(frozen=True)
class Vocabulary:
    extensions: dict[str, dict[str, Any]]  # name -> its entry, with a `validator` of its shape
    renamed: dict[str, str]  # former name -> the name now
    pipeline_marks: dict[str, str]  # name -> its meaning: put on the generators' view by the pipeline alone


@cache
def load(file: Path = paths.VOCABULARY) -> Vocabulary:
    document = yaml.safe_load(file.read_text())
    extensions, defs = document.get("extensions") or {}, document.get("$defs") or {}
    renamed = dict(document.get("renamed") or {})
    problems = []
    for name, entry in extensions.items():
        if not name.startswith("x-") or not isinstance(entry, dict) or set(entry) != ENTRY_KEYS:
            problems.append(f"{name}: needs exactly {sorted(ENTRY_KEYS)} and a name starting x-")
            continue
        if not entry["where"] or not set(entry["where"]) <= set(PLACES):
            problems.append(f"{name}: 'where' must list some of {', '.join(PLACES)}")
        try:
            Draft202012Validator.check_schema({**entry["shape"], "$defs": defs})
        except SchemaError as exc:
            problems.append(f"{name}: shape is no JSON Schema: {exc.message}")
    for old, new in renamed.items():
        if old in extensions or new not in extensions:
            problems.append(f"renamed: {old} -> {new} must name a former and a current extension")
    if problems:
        raise VocabularyError(f"{file}: " + "; ".join(problems))
    validated = {
        name: {**entry, "validator": Draft202012Validator({**entry["shape"], "$defs": defs})}
        for name, entry in extensions.items()
    }
    return Vocabulary(validated, renamed, dict(document.get("pipeline-marks") or {}))


def _is_extension(kind: str, key: str | int) -> bool:
    return isinstance(key, str) and key.startswith("x-") and kind not in NAME_MAPS


def _step(kind: str, key: str | int) -> str:
    if isinstance(key, str) and key in DATA and kind not in NAME_MAPS:
        return "data"
    table = STEPS.get(kind, {})
    return table.get("#", UNLISTED) if isinstance(key, int) else table.get(key, table.get("*", UNLISTED))


def _extensions(node: Any, at: Location, kind: str) -> Iterator[tuple[str, Location, str]]:
    """(extension, the location of the node carrying it, that node's kind) for each extension in `node`."""
    if kind == "data" or not isinstance(node, (dict, list)):
        return
    for key, child in enumerate(node) if isinstance(node, list) else node.items():
        if isinstance(key, str) and _is_extension(kind, key):
            yield key, at, kind
        else:
            yield from _extensions(child, (*at, key), _step(kind, key))


def _path(at: Location) -> str:
    return "$" + "".join(f"[{s}]" if isinstance(s, int) else "['" + s.replace("'", "\\'") + "']" for s in at)


def _problem(spec: Any, key: str, at: Location, kind: str, *, strict: bool) -> str | None:
    vocabulary = load()
    entry = vocabulary.extensions.get(key)
    if entry is None:
        if key in vocabulary.pipeline_marks:
            return f"{key} at {_path(at)} is set by the pipeline, never by an overlay"
        if not strict and not key.startswith("x-blnk-"):
            return None  # the upstream's own extensions are its business
        near = [vocabulary.renamed[key]] if key in vocabulary.renamed else []
        near = near or difflib.get_close_matches(key, vocabulary.extensions, n=1, cutoff=0.8)
        hint = f"; did you mean {near[0]}?" if near else ""
        return f"unknown extension {key} at {_path(at)}{hint} (overlays/vocabulary.yaml lists the known ones)"
    if kind not in entry["where"]:
        article = "an" if kind[0] in "aeiou" else "a"
        return f"{key} may not appear at {_path(at)} ({article} {kind}), only on: {', '.join(entry['where'])}"
    node = spec
    for step in at:
        node = node[step]
    errors = sorted(entry["validator"].iter_errors(node[key]), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return None
    return f"{key} at {_path(at)}: " + "; ".join(map(_message, errors))


def _message(error: ValidationError) -> str:
    pattern = error.validator == "pattern"  # shown as written, not as its repr
    text = f"{error.instance!r} does not match {error.validator_value}" if pattern else error.message
    inner = "".join(f"[{s!r}]" for s in error.absolute_path)
    return f"{inner}: {text}" if inner else text


def check_written(spec: dict[str, Any], target: Location, update: Any) -> list[str]:
    """What is wrong with the extensions `update` wrote at `target`, as they now stand in `spec`."""
    kind = "document"
    for index, step in enumerate(target):
        if kind == "data":
            return []
        if _is_extension(kind, step):  # the action edited the inside of one extension's value
            problem = _problem(spec, str(step), target[:index], kind, strict=True)
            return [problem] if problem else []
        kind = _step(kind, step)
    found = (_problem(spec, key, at, k, strict=True) for key, at, k in _extensions(update, target, kind))
    return [p for p in found if p]


def check_resolved(spec: dict[str, Any]) -> list[str]:
    """What is wrong with the extensions of the resolved spec: an unknown x-blnk one, or a known one misplaced or misshapen."""
    found = (_problem(spec, key, at, kind, strict=False) for key, at, kind in _extensions(spec, (), "document"))
    return [p for p in found if p]
