"""What changed between two upstream specs, named by operation, schema and field.

An inventory maps each operation (`POST /ledgers`), schema (`Ledger`) and field (`Ledger.name`)
to a short digest of its JSON. Two inventories compare into a Report; the lock keeps the
inventory of the accepted spec so the comparison needs no earlier copy of the upstream file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KINDS = ("operations", "schemas", "fields")


def _digest(value: Any) -> str:
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def inventory(spec: dict[str, Any]) -> dict[str, dict[str, str]]:
    operations: dict[str, str] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                operations[f"{method.upper()} {path}"] = _digest(item[method])

    schemas: dict[str, str] = {}
    fields: dict[str, str] = {}
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        properties = schema.get("properties") or {}
        schemas[name] = _digest({k: v for k, v in schema.items() if k != "properties"})
        for prop_name, prop in properties.items():
            fields[f"{name}.{prop_name}"] = _digest(prop)
    return {"operations": operations, "schemas": schemas, "fields": fields}


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class Report:
    operations: Changes
    schemas: Changes
    fields: Changes

    def __bool__(self) -> bool:
        return bool(self.operations or self.schemas or self.fields)

    def render(self) -> str:
        lines = ["Upstream drift against spec/upstream.lock.json:"]
        for kind in KINDS:
            changes: Changes = getattr(self, kind)
            lines.append(
                f"  {kind}: {len(changes.added)} added, {len(changes.removed)} removed, {len(changes.changed)} changed"
            )
            for sign, names in (("+", changes.added), ("-", changes.removed), ("~", changes.changed)):
                lines.extend(f"    {sign} {name}" for name in names)
        return "\n".join(lines)


def compare(old: dict[str, dict[str, str]], new: dict[str, dict[str, str]]) -> Report:
    def changes(kind: str) -> Changes:
        before, after = old.get(kind, {}), new.get(kind, {})
        return Changes(
            added=sorted(after.keys() - before.keys()),
            removed=sorted(before.keys() - after.keys()),
            changed=sorted(k for k in before.keys() & after.keys() if before[k] != after[k]),
        )

    return Report(operations=changes("operations"), schemas=changes("schemas"), fields=changes("fields"))
