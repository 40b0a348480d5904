"""Pulling into a scratch lock and cache, as the drift tests do."""

from __future__ import annotations

from pathlib import Path

from pipeline import pull

# The pinned URL the scratch locks record: nothing listens on the discard port, so no test reaches a network.
UNREACHABLE_PINNED = "http://127.0.0.1:9/blnkfinance/blnk-docs/" + "0" * 40 + "/openapi.json"


def pull_into(tmp_path: Path, source: Path | str, accept: bool = False) -> pull.PullResult:
    return pull.pull(
        source=str(source),
        accept=accept,
        pinned_url=UNREACHABLE_PINNED,
        cache=tmp_path / "cache.json",
        lock_file=tmp_path / "lock.json",
        shared_file=tmp_path / "no-shared.json",
    )
