"""The drift report as text: per item, how it changed, what it means for the client, and the change itself."""

from __future__ import annotations

import json
from typing import Any

from pipeline.drift import KIND_TITLES, KINDS, MISSING, ItemChange, Location, Report

SIGNS = {"added": "+", "removed": "-", "changed": "~"}
SHOWN_DIFFERENCES = 4
SHOWN_CHARS = 160


def render(report: Report) -> str:
    lines = [f"Upstream drift against spec/upstream.lock.json ({report.locked_version}):"]
    shadowed = [c for c in report.changes if c.meaning.startswith(("shadowed", "dropped"))]
    dropped = [c for c in shadowed if c.change == "added"]
    reaching = [c for c in report.changes if c.meaning.startswith("reaches")]
    if any(c.meaning for c in report.changes):
        lines.append(
            f"  {len(reaching)} of {len(report.changes)} changes reach the resolved spec; {len(shadowed)} are "
            f"shadowed by overlays ({len(dropped)} upstream additions dropped)"
        )
    for kind in KINDS:
        changes = [c for c in report.changes if c.kind == kind]
        counts = {change: sum(1 for c in changes if c.change == change) for change in SIGNS}
        title = KIND_TITLES.get(kind, kind)
        lines.append(f"  {title}: {counts['added']} added, {counts['removed']} removed, {counts['changed']} changed")
        for change in changes:
            lines.extend(_item_lines(change))
    if report.overlay_failures:
        lines.append(f"  overlays on this version: {len(report.overlay_failures)} actions fail (nox -s overlay stops):")
        lines.extend(f"    {failure}" for failure in report.overlay_failures)
    return "\n".join(lines)


def _item_lines(change: ItemChange) -> list[str]:
    lines = [f"    {SIGNS[change.change]} {change.name}: {'; '.join(change.how)}"]
    if change.meaning:
        lines.append(f"        {change.meaning}")
    if change.change == "added":
        lines.append(f"        now: {_compact(change.now)}")
    elif change.change == "removed" and change.was is not MISSING:
        lines.append(f"        was: {_compact(change.was)}")
    elif change.change == "changed" and change.was is not MISSING:
        differences = change.differences
        for where, old, new in differences[:SHOWN_DIFFERENCES]:
            lines.append(f"        {_dotted(where)}: {_shown_change(old, new)}")
        if len(differences) > SHOWN_DIFFERENCES:
            lines.append(f"        ... and {len(differences) - SHOWN_DIFFERENCES} more differences")
    return lines


def _compact(value: Any) -> str:
    if value is MISSING:
        return "(absent)"
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 3] + "..."


def _dotted(where: Location) -> str:
    text = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in where).lstrip(".")
    return text or "(value)"


def _shown_change(old: Any, new: Any) -> str:
    scalars = (str, int, float, bool)
    if isinstance(old, list) and isinstance(new, list) and all(isinstance(v, scalars) for v in old + new):
        added = [f"+{_compact(v)}" for v in new if v not in old]
        removed = [f"-{_compact(v)}" for v in old if v not in new]
        return " ".join(added + removed) or "order changed"
    return f"{_compact(old)} -> {_compact(new)}"
