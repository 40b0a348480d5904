"""Stale or missing input is never used: a stage that needs what an earlier one makes says so in one line."""

from __future__ import annotations

import ast
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from benchmarks import bench, faults
from pipeline import __main__ as cli
from pipeline import paths
from tests.support.loopback import JSONHandler, LoopbackServer


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


class Healthy(JSONHandler):
    def answer(self) -> None:
        self.send_json(200, b"{}")


@pytest.fixture
def answering_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    server = LoopbackServer(Healthy)
    server.start()
    monkeypatch.setenv("BLNK_BASE_URL", server.url)
    monkeypatch.setenv("BLNK_API_KEY", "unused")
    yield server.url
    server.stop()


def test_bench_without_the_pulled_upstream_says_what_to_run_first(scratch_cache: Path, answering_server: str) -> None:
    with pytest.raises(SystemExit) as exited:
        bench.main()
    assert exited.value.code == f"bench: {scratch_cache} is missing: run the pull stage first (nox -s pull)"


@pytest.mark.parametrize("main", [bench.main, faults.main], ids=["bench", "faults"])
def test_bench_and_faults_without_a_server_say_so_in_one_line(
    main: Callable[[], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BLNK_BASE_URL", raising=False)
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == "set BLNK_BASE_URL and BLNK_API_KEY to a running Blnk server"
    monkeypatch.setenv("BLNK_BASE_URL", "http://127.0.0.1:9")  # nothing listens on the discard port
    monkeypatch.setenv("BLNK_API_KEY", "unused")
    with pytest.raises(SystemExit) as exited:
        main()
    assert str(exited.value.code).startswith("no Blnk server answers at http://127.0.0.1:9 (ConnectError")
    assert "\n" not in str(exited.value.code)


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
