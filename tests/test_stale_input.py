"""Stale or missing input is never used: a stage that needs what an earlier one makes says so in one line."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from benchmarks import bench
from pipeline import __main__ as cli
from pipeline import paths


@pytest.fixture
def scratch_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "upstream" / "openapi.json"
    monkeypatch.setattr(paths, "UPSTREAM_CACHE", cache)
    return cache


@pytest.mark.parametrize("stage", ["overlay", "check"])
def test_a_missing_cache_says_to_pull_first(
    stage: str, scratch_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([stage]) == 1
    err = capsys.readouterr().err
    assert err == f"{stage} failed: {scratch_cache} is missing: run the pull stage first (nox -s pull)\n"


@pytest.mark.parametrize("stage", ["overlay", "check"])
def test_a_cache_that_is_not_the_locked_upstream_is_refused(
    stage: str, scratch_cache: Path, upstream_source: str, capsys: pytest.CaptureFixture[str]
) -> None:
    scratch_cache.parent.mkdir(parents=True)
    scratch_cache.write_bytes(Path(upstream_source).read_bytes().replace(b"Blnk", b"Blank", 1))
    resolved_before = paths.RESOLVED_SPEC.read_bytes()
    assert cli.main([stage]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{stage} failed: {scratch_cache} has sha256 ")
    assert "run nox -s pull" in err
    assert err.count("\n") == 1
    assert paths.RESOLVED_SPEC.read_bytes() == resolved_before


def test_nox_stops_at_the_first_failing_session() -> None:
    """`nox` after a pull that found drift must not run overlay and generate on the stale cache."""
    tree = ast.parse((paths.ROOT / "noxfile.py").read_text())
    assignments = {
        ast.unparse(node.targets[0]): ast.unparse(node.value) for node in tree.body if isinstance(node, ast.Assign)
    }
    assert assignments["nox.options.stop_on_first_error"] == "True"
    assert assignments["nox.options.sessions"].startswith("['pull', 'overlay'")


def test_bench_without_the_pulled_upstream_says_what_to_run_first(
    scratch_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BLNK_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("BLNK_API_KEY", "unused")
    with pytest.raises(SystemExit) as exited:
        bench.main()
    assert exited.value.code == f"bench: {scratch_cache} is missing: run the pull stage first (nox -s pull)"


def test_bench_reports_a_failing_pipeline_stage_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "repo"
    shutil.copytree(paths.ROOT / "pipeline", root / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(paths.SPEC_DIR, root / "spec")  # no .cache/: the overlay stage refuses
    monkeypatch.setattr(bench, "ROOT", root)
    with pytest.raises(SystemExit) as exited:
        bench.bench_pipeline([])
    assert exited.value.code == (
        "bench: overlay failed: .cache/upstream/openapi.json is missing: run the pull stage first (nox -s pull)"
    )
