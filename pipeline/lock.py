"""spec/upstream.lock.json: the accepted upstream's sha256 and inventory, and where its bytes came from.

- `read_from`: the source the accepted bytes were actually read from (a URL, or a file path).
- `moving_url`: the docs URL, whose content changes; only drift checks (the pull stage) read it.
- `pinned_url`: an immutable URL of exactly these bytes; a fresh clone's tests download them from it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

FIELDS = ("sha256", "read_from", "moving_url", "pinned_url", "inventory")


class LockError(Exception):
    """The lock file is unreadable or lacks a field."""


@dataclass(frozen=True)
class Lock:
    sha256: str
    read_from: str
    moving_url: str
    pinned_url: str
    inventory: dict[str, Any]


def read(lock_file: Path) -> Lock | None:
    if not lock_file.exists():
        return None
    try:
        data = json.loads(lock_file.read_text())
    except ValueError as exc:
        raise LockError(f"{lock_file} is not JSON: {exc}") from exc
    missing = [name for name in FIELDS if not isinstance(data, dict) or name not in data]
    if missing:
        raise LockError(f"{lock_file} lacks {', '.join(missing)}")
    return Lock(**{name: data[name] for name in FIELDS})


def write(lock: Lock, lock_file: Path) -> None:
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    lock_file.write_text(json.dumps(asdict(lock), indent=2, sort_keys=True) + "\n")


def require(lock_file: Path) -> Lock:
    found = read(lock_file)
    if found is None:
        raise LockError(f"{lock_file} is missing: run the pull stage first (nox -s pull)")
    return found
