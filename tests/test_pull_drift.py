"""The pull stage against the real earlier upstream versions in ../shared/upstream/history.

Where the history is absent these skip; tests/test_drift_synthetic.py proves the same on synthetic changes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import drift, paths, pull, sources
from tests.support.pulls import UNREACHABLE_PINNED, pull_into


def _pull(source: Path | str, tmp_path: Path, accept: bool = False) -> pull.PullResult:
    return pull_into(tmp_path, source, accept)


def test_first_pull_writes_a_lock_and_the_cache(history: list[Path], tmp_path: Path) -> None:
    result = _pull(history[0], tmp_path)
    lock = json.loads((tmp_path / "lock.json").read_text())
    assert result.report is None
    assert lock["sha256"] == sources.sha256_of(history[0].read_bytes()) == result.sha256
    assert lock["read_from"] == sources.describe(str(history[0]))  # the bytes came from this file
    assert lock["moving_url"] == paths.MOVING_SPEC_URL
    assert lock["pinned_url"] == UNREACHABLE_PINNED
    assert "POST /events" in lock["inventory"]["operations"]
    assert (tmp_path / "cache.json").read_bytes() == history[0].read_bytes()


def test_drift_stops_the_pull_and_names_what_changed(history: list[Path], tmp_path: Path) -> None:
    _pull(history[0], tmp_path)  # 2024-02-20
    with pytest.raises(pull.DriftError) as raised:
        _pull(history[1], tmp_path)  # 2024-06-09
    message = str(raised.value)
    for line in (
        "- POST /events",
        "- PUT /event-mappers/{id}",
        "+ PUT /transactions/inflight/{txID}",
        "+ POST /backup/s3",
        "~ POST /transactions",
        "- CreateEventMapper",
        "+ CreateBalance.indicator",
    ):
        assert line in message
    assert "nox -s pull -- --accept" in message
    # the rejected pull leaves the lock and the cache as they were
    assert json.loads((tmp_path / "lock.json").read_text())["sha256"] == sources.sha256_of(history[0].read_bytes())
    assert (tmp_path / "cache.json").read_bytes() == history[0].read_bytes()


def test_accept_rewrites_the_lock(history: list[Path], tmp_path: Path) -> None:
    _pull(history[2], tmp_path)  # 2026-05-07
    result = _pull(history[3], tmp_path, accept=True)  # 2026-06-25: CreateBalance lost precision
    assert result.report is not None
    assert result.report.fields.removed == ["CreateBalance.precision"]
    assert result.report.fields.changed == ["RecordTransactionRequest.inflight_commit_date"]
    assert result.report.operations.changed == ["POST /balances", "POST /transactions"]
    assert json.loads((tmp_path / "lock.json").read_text())["sha256"] == result.sha256
    assert _pull(history[3], tmp_path).report is None  # accepted: pulling it again is quiet


def test_every_history_step_reports_some_drift(history: list[Path]) -> None:
    specs = [json.loads(f.read_text()) for f in history]
    for before, after in zip(specs, specs[1:], strict=False):
        assert drift.compare(drift.inventory(before), after, before)


def test_the_committed_lock_matches_the_upstream_the_tests_use(upstream_source: str, tmp_path: Path) -> None:
    lock = json.loads(paths.LOCK_FILE.read_text())
    data = sources.fetch_bytes(upstream_source)
    assert sources.sha256_of(data) == lock["sha256"], "upstream drifted: run nox -s pull and review the report"
    assert drift.inventory(json.loads(data)) == lock["inventory"]


def test_unreadable_source_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(pull.PullError, match="BLNK_SPEC_URL"):
        _pull(tmp_path / "missing.json", tmp_path)
