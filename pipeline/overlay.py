"""Stage 2: apply the OpenAPI Overlay 1.0 documents in `overlays/index.yaml` to the pulled spec.

Semantics (Overlay 1.0, with the merge rules the 1.1 text spells out):
- `target` is an RFC 9535 JSONPath query; an action whose target selects nothing is an error
  that names the document and the action, so an overlay can never go stale silently.
- `remove: true` deletes every selected node from its parent.
- `update` on an object merges recursively: objects merge, arrays concatenate, a primitive
  replaces a primitive; any other combination is an error. On an array it appends one entry.
  To replace an array or change a node's kind, remove it first.
- Every extension (x-*) an action writes must be in overlays/vocabulary.yaml, on a node it may
  appear on and of its shape; the resolved spec may carry no unknown x-blnk-* key.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
import yaml
from openapi_spec_validator import validate as validate_openapi

from pipeline import paths, vocabulary

OVERLAY_VERSION = re.compile(r"^1\.0\.\d+$")


class OverlayError(Exception):
    """Overlay documents are malformed or actions cannot be applied: one problem per line."""

    def __init__(self, *problems: str) -> None:
        self.problems = list(problems)
        super().__init__(
            problems[0] if len(problems) == 1 else f"{len(problems)} overlay problems:\n  " + "\n  ".join(problems)
        )


@dataclass(frozen=True)
class ActionRef:
    document: str
    index: int
    description: str

    def __str__(self) -> str:
        about = f" ({self.description})" if self.description else ""
        return f"{self.document}: action #{self.index}{about}"


def load_index(index_file: Path = paths.OVERLAY_INDEX) -> list[Path]:
    names = yaml.safe_load(index_file.read_text())
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise OverlayError(f"{index_file}: must be a YAML list of overlay file names")
    documents = [index_file.parent / "documents" / name for name in names]
    missing = [str(d) for d in documents if not d.exists()]
    if missing:
        raise OverlayError(f"{index_file}: listed overlay documents do not exist: {missing}")
    return documents


def _merge(target: dict[str, Any], update: dict[str, Any], where: str, ref: ActionRef) -> None:
    for key, new in update.items():
        if key not in target:
            target[key] = copy.deepcopy(new)
            continue
        old = target[key]
        if isinstance(old, dict) and isinstance(new, dict):
            _merge(old, new, f"{where}.{key}", ref)
        elif isinstance(old, list) and isinstance(new, list):
            old.extend(copy.deepcopy(new))
        elif not isinstance(old, (dict, list)) and not isinstance(new, (dict, list)):
            target[key] = copy.deepcopy(new)
        else:
            raise OverlayError(
                f"{ref}: cannot merge {type(new).__name__} into {type(old).__name__} at {where}.{key}; "
                "remove the node first"
            )


def _location_order(node: jsonpath_rfc9535.JSONPathNode) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, step, "") if isinstance(step, int) else (1, 0, step) for step in node.location)


def _parent_and_key(root: Any, location: tuple[str | int, ...]) -> tuple[Any, str | int]:
    parent = root
    for step in location[:-1]:
        parent = parent[step]
    return parent, location[-1]


def document_actions(document: dict[str, Any], name: str) -> list[tuple[ActionRef, dict[str, Any]]]:
    """The actions of one overlay document, each with the reference its errors name."""
    version = str(document.get("overlay", ""))
    if not OVERLAY_VERSION.match(version):
        raise OverlayError(f"{name}: 'overlay' must be a 1.0.x version, got {version!r}")
    info = document.get("info") or {}
    if not info.get("title") or not info.get("version"):
        raise OverlayError(f"{name}: 'info' needs a title and a version")
    actions = document.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{name}: 'actions' must be a non-empty list")
    refs = []
    for index, action in enumerate(actions, start=1):
        if not isinstance(action, dict):
            raise OverlayError(f"{name}: action #{index} is not a mapping")
        refs.append((ActionRef(name, index, str(action.get("description", ""))), action))
    return refs


def apply_action(spec: dict[str, Any], action: dict[str, Any], ref: ActionRef) -> None:
    """Apply one overlay action to `spec` in place."""
    target = action.get("target")
    if not isinstance(target, str) or not target.startswith("$"):
        raise OverlayError(f"{ref}: 'target' must be a JSONPath starting with '$'")
    if "update" not in action and not action.get("remove"):
        raise OverlayError(f"{ref}: needs 'update' or 'remove: true'")
    try:
        nodes = list(jsonpath_rfc9535.find(target, spec))
    except jsonpath_rfc9535.JSONPathError as exc:
        raise OverlayError(f"{ref}: invalid JSONPath {target!r}: {exc}") from exc
    if not nodes:
        raise OverlayError(f"{ref}: target {target} matches nothing")

    if action.get("remove"):
        # Deepest and highest-index nodes first, so earlier removals cannot shift later ones.
        for node in sorted(nodes, key=_location_order, reverse=True):
            if not node.location:
                raise OverlayError(f"{ref}: cannot remove the document root")
            parent, key = _parent_and_key(spec, node.location)
            del parent[key]
        return

    update = action["update"]
    written = []
    for node in nodes:
        value = node.value
        if isinstance(value, dict):
            if not isinstance(update, dict):
                raise OverlayError(f"{ref}: {node.path()} is an object, so 'update' must be an object")
            _merge(value, update, node.path(), ref)
            written.append(tuple(node.location))
        elif isinstance(value, list):
            value.append(copy.deepcopy(update))
            written.append((*node.location, len(value) - 1))
        else:
            raise OverlayError(f"{ref}: {node.path()} is a {type(value).__name__}; target its parent object instead")
    problems = [p for at in written for p in vocabulary.check_written(spec, at, update)]
    if problems:
        raise OverlayError(*(f"{ref}: {p}" for p in problems))


def _attempt_all(steps: Iterable[Callable[[], None]]) -> None:
    """Run every step, then raise one OverlayError naming every problem of every step, not only the first."""
    problems = []
    for step in steps:
        try:
            step()
        except OverlayError as exc:
            problems.extend(exc.problems)
    if problems:
        raise OverlayError(*problems)


def apply_document(spec: dict[str, Any], document: dict[str, Any], name: str) -> None:
    """Apply one overlay document to `spec` in place."""
    _attempt_all(partial(apply_action, spec, action, ref) for ref, action in document_actions(document, name))


def load_documents(documents: list[Path]) -> list[tuple[str, dict[str, Any]]]:
    """Each overlay document by name, parsed; every unreadable one is named."""
    loaded, problems = [], []
    for path in documents:
        try:
            document = yaml.safe_load(path.read_text())
        except yaml.YAMLError as exc:
            problems.append(f"{path.name}: not valid YAML: {exc}")
            continue
        if not isinstance(document, dict):
            problems.append(f"{path.name}: not a YAML mapping")
            continue
        loaded.append((path.name, document))
    if problems:
        raise OverlayError(*problems)
    return loaded


def resolve(upstream: dict[str, Any], documents: list[Path]) -> dict[str, Any]:
    spec = copy.deepcopy(upstream)
    _attempt_all(partial(apply_document, spec, document, name) for name, document in load_documents(documents))
    problems = vocabulary.check_resolved(spec)
    if problems:
        raise OverlayError(*(f"resolved spec: {p}" for p in problems))
    validate_openapi(spec)
    return spec


def dumps(spec: dict[str, Any]) -> str:
    return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"


def run(
    upstream_file: Path = paths.UPSTREAM_CACHE,
    index_file: Path = paths.OVERLAY_INDEX,
    output: Path = paths.RESOLVED_SPEC,
) -> dict[str, Any]:
    if not upstream_file.exists():
        raise OverlayError(f"{upstream_file} is missing: run the pull stage first (nox -s pull)")
    spec = resolve(json.loads(upstream_file.read_text()), load_index(index_file))
    output.write_text(dumps(spec))
    return spec
