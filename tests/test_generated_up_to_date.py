"""generated/ and spec/ are pure pipeline outputs: a fresh run reproduces them byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import check, sources


@pytest.mark.slow
def test_regenerating_changes_nothing(upstream_source: str, tmp_path: Path) -> None:
    cache = tmp_path / "upstream.json"
    cache.write_bytes(sources.fetch_bytes(upstream_source))
    assert check.stale_outputs(upstream_file=cache) == []


def test_a_hand_edit_is_detected(tmp_path: Path) -> None:
    expected = tmp_path / "expected"
    actual = tmp_path / "actual"
    for tree in (expected, actual):
        (tree / "pkg").mkdir(parents=True)
        (tree / "pkg" / "a.py").write_text("x = 1\n")
    (actual / "pkg" / "a.py").write_text("x = 2  # edited by hand\n")
    (actual / "pkg" / "extra.py").write_text("")
    assert check._tree_differences(expected, actual) == [
        "differs: pkg/a.py",
        "not produced by the pipeline: pkg/extra.py",
    ]
