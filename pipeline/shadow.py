"""What each upstream change means for the client: does it reach the resolved spec, or which
overlay document and action shadow it.

The overlays are applied to the pulled spec one action at a time, watching the places each change
is about. A change reaches the resolved spec when the result differs there from the committed
resolved spec (what the overlays made of the locked version). When it does not, the action that
shadows it is the first one after which the upstream content no longer stands there as upstream
wrote it: removed, overwritten, or replaced by the overlay's own version.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from pipeline import overlay
from pipeline.drift import MISSING, ItemChange, Location, Report


def value_at(spec: Any, location: Location) -> Any:
    node = spec
    for step in location:
        in_dict = isinstance(node, dict) and isinstance(step, str) and step in node
        in_list = isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        if not (in_dict or in_list):
            return MISSING
        node = node[step]
    return node


def stands_in(upstream: Any, actual: Any) -> bool:
    """Whether `upstream` is still all there in `actual` (overlays may have added to it)."""
    if upstream is MISSING or actual is MISSING:
        return upstream is actual
    if isinstance(upstream, dict) and isinstance(actual, dict):
        return all(key in actual and stands_in(value, actual[key]) for key, value in upstream.items())
    if isinstance(upstream, list) and isinstance(actual, list):
        return len(actual) >= len(upstream) and all(stands_in(u, a) for u, a in zip(upstream, actual, strict=False))
    return type(upstream) is type(actual) and bool(upstream == actual)


def _fingerprint(value: Any) -> str:
    return "(absent)" if value is MISSING else json.dumps(value, sort_keys=True)


class _Trace:
    """The overlay actions that touched, and that first displaced, the upstream content at each watched place."""

    def __init__(self, spec: dict[str, Any], watched: list[Location]) -> None:
        self.spec = copy.deepcopy(spec)
        self.upstream = {location: copy.deepcopy(value_at(spec, location)) for location in watched}
        self.touched: dict[Location, list[overlay.ActionRef]] = {location: [] for location in watched}
        self.displaced: dict[Location, overlay.ActionRef] = {}
        self.failures: list[str] = []

    def apply(self, action: dict[str, Any], ref: overlay.ActionRef) -> None:
        before = {location: _fingerprint(value_at(self.spec, location)) for location in self.upstream}
        try:
            overlay.apply_action(self.spec, action, ref)
        except overlay.OverlayError as exc:
            self.failures.extend(exc.problems)
        for location, upstream in self.upstream.items():
            now = value_at(self.spec, location)
            if _fingerprint(now) == before[location]:
                continue
            self.touched[location].append(ref)
            if location not in self.displaced and not stands_in(upstream, now):
                self.displaced[location] = ref


def explain(report: Report, new_spec: dict[str, Any], documents: list[Path], baseline: dict[str, Any]) -> None:
    """Fill in each change's meaning, and the overlay actions that fail on `new_spec`, in place.

    `baseline` is the committed resolved spec: what the overlays made of the locked upstream.
    """
    trace = _Trace(new_spec, [location for change in report.changes for location in change.watched])
    try:
        loaded = overlay.load_documents(documents)
    except overlay.OverlayError as exc:
        trace.failures.extend(exc.problems)
        loaded = []
    for name, document in loaded:
        try:
            actions = overlay.document_actions(document, name)
        except overlay.OverlayError as exc:
            trace.failures.extend(exc.problems)
            continue
        for ref, action in actions:
            trace.apply(action, ref)
    for change in report.changes:
        change.meaning = _meaning(change, trace, baseline)
    report.overlay_failures = trace.failures


DESCRIPTION_CHARS = 60


def _refs(refs: list[overlay.ActionRef]) -> str:
    return ", ".join(_label(ref) for ref in dict.fromkeys(refs))


def _label(ref: overlay.ActionRef) -> str:
    about = ref.description if len(ref.description) <= DESCRIPTION_CHARS else ref.description[:57] + "..."
    return f"{ref.document} action #{ref.index}" + (f" ({about})" if about else "")


def _meaning(change: ItemChange, trace: _Trace, baseline: dict[str, Any]) -> str:
    watched = change.watched
    reaches = any(
        _fingerprint(value_at(trace.spec, location)) != _fingerprint(value_at(baseline, location))
        for location in watched
    )
    displaced = [trace.displaced[location] for location in watched if location in trace.displaced]
    touched = [ref for location in watched for ref in trace.touched[location]]
    if reaches:
        effect = {"added": "the client gets it", "removed": "the client loses it", "changed": "the client changes"}
        merged = f", merged with {_refs(touched)}" if touched else ""
        return f"reaches the resolved spec{merged}: {effect[change.change]} once overlay and generate run"
    if displaced and change.change == "added":
        return f"dropped by {_refs(displaced)}: the upstream addition never reaches the client"
    if displaced:
        return f"shadowed by {_refs(displaced)}: the resolved spec keeps the overlay's version"
    if change.change == "removed":
        return "no effect on the client: the resolved spec did not have it either"
    return "no effect on the client: the resolved spec already has exactly this"
