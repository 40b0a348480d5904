"""The pull stage and the overlays against changes made here from the locked upstream.

Every guarantee tests/test_pull_drift.py proves with the real earlier versions (which a fresh clone
may lack) is proven again on synthetic changes: an operation removed, a field added or its type
changed, a `required` list changed, enum values, a security scheme removed, changes outside paths
and schemas, and overlay targets that vanished.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pipeline import drift, drift_render, lock, overlay, paths, pull, sources
from tests.support.pulls import UNREACHABLE_PINNED, pull_into

Spec = dict[str, Any]


@pytest.fixture(scope="module")
def locked_spec(upstream_source: str) -> Spec:
    spec: Spec = json.loads(Path(upstream_source).read_bytes())
    return spec


def _write(spec: Spec, path: Path) -> Path:
    path.write_text(json.dumps(spec, indent=2))
    return path


def _pull(source: Path, tmp_path: Path, accept: bool = False) -> pull.PullResult:
    return pull_into(tmp_path, source, accept)


def _drifted(locked_spec: Spec, tmp_path: Path, change: Callable[[Spec], None]) -> tuple[Path, Path]:
    """The locked upstream pulled into a scratch lock, and a changed copy of it beside it."""
    base = _write(locked_spec, tmp_path / "locked.json")
    _pull(base, tmp_path)
    changed = copy.deepcopy(locked_spec)
    change(changed)
    return base, _write(changed, tmp_path / "changed.json")


def _report(locked_spec: Spec, tmp_path: Path, change: Callable[[Spec], None]) -> drift.Report:
    _, changed = _drifted(locked_spec, tmp_path, change)
    result = _pull(changed, tmp_path, accept=True)
    assert result.report is not None
    return result.report


def _changed_spec(tmp_path: Path) -> Spec:
    spec: Spec = json.loads((tmp_path / "changed.json").read_text())
    return spec


def _schemas(spec: Spec) -> Spec:
    schemas: Spec = spec["components"]["schemas"]
    return schemas


def _remove_operation(spec: Spec) -> None:
    del spec["paths"]["/backup"]


def _add_field(spec: Spec) -> None:
    _schemas(spec)["Balance"]["properties"]["currency_multiplier"] = {"type": "integer", "format": "int32"}


def _retype_field(spec: Spec) -> None:
    _schemas(spec)["Ledger"]["properties"]["name"] = {"type": "integer"}


def _require_more(spec: Spec) -> None:
    _schemas(spec)["CreateledgerRequest"]["required"] = ["name"]


def _enum_values(spec: Spec) -> None:
    _schemas(spec)["RecordTransaction"]["properties"]["status"]["enum"] = ["QUEUED", "APPLIED"]


def _remove_security_scheme(spec: Spec) -> None:
    del spec["components"]["securitySchemes"]["basic"]


def _describe_only(spec: Spec) -> None:
    spec["paths"]["/ledgers"]["post"]["summary"] = "Create a ledger (reworded)"


def _outside_paths_and_schemas(spec: Spec) -> None:
    spec["servers"] = [{"url": "https://api.example.invalid"}]
    spec["components"]["parameters"] = {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}
    spec["paths"]["/ledgers"]["parameters"] = [{"name": "X-Trace", "in": "header", "schema": {"type": "string"}}]


def _add_operation(spec: Spec) -> None:
    spec["paths"]["/upstream-new"] = {
        "get": {"operationId": "upstreamNew", "responses": {"200": {"description": "ok"}}}
    }


CHANGES: list[tuple[Callable[[Spec], None], str, str, str]] = [
    # (the change, kind, item, how the report says it changed)
    (_remove_operation, "operations", "POST /backup", "operation removed"),
    (_add_field, "fields", "Balance.currency_multiplier", "field added"),
    (_retype_field, "fields", "Ledger.name", "type string -> integer"),
    (_require_more, "schemas", "CreateledgerRequest", "required changed (-meta_data)"),
    (_enum_values, "fields", "RecordTransaction.status", "enum values changed (+QUEUED +APPLIED)"),
    (_remove_security_scheme, "other", "securitySchemes.basic", "security scheme removed"),
    (_describe_only, "operations", "POST /ledgers", "example or description only"),
    (_outside_paths_and_schemas, "other", "servers", "value changed"),
    (_outside_paths_and_schemas, "other", "parameters.Limit", "parameter added"),
    (_outside_paths_and_schemas, "other", "paths['/ledgers'].parameters", "path-level parameters added"),
    (_add_operation, "operations", "GET /upstream-new", "operation added"),
]


def test_first_pull_writes_a_lock_and_the_cache(locked_spec: Spec, tmp_path: Path) -> None:
    source = _write(locked_spec, tmp_path / "locked.json")
    result = _pull(source, tmp_path)
    written = lock.require(tmp_path / "lock.json")
    assert result.report is None
    assert written.sha256 == sources.sha256_of(source.read_bytes()) == result.sha256
    assert (written.read_from, written.moving_url, written.pinned_url) == (
        sources.describe(str(source)),
        paths.MOVING_SPEC_URL,
        UNREACHABLE_PINNED,
    )
    assert "POST /ledgers" in written.inventory["operations"]
    assert (tmp_path / "cache.json").read_bytes() == source.read_bytes()


@pytest.mark.parametrize(("change", "kind", "name", "how"), CHANGES, ids=[f"{row[2]}" for row in CHANGES])
def test_each_change_is_named_with_how_it_changed(
    change: Callable[[Spec], None], kind: str, name: str, how: str, locked_spec: Spec, tmp_path: Path
) -> None:
    report = _report(locked_spec, tmp_path, change)
    assert report.find(kind, name).how == [how]
    sign = {"added": "+", "removed": "-", "changed": "~"}[report.find(kind, name).change]
    assert f"    {sign} {name}: {how}\n" in drift_render.render(report) + "\n"


def test_drift_stops_the_pull_and_leaves_the_lock_and_the_cache(locked_spec: Spec, tmp_path: Path) -> None:
    base, changed = _drifted(locked_spec, tmp_path, lambda spec: [c[0](spec) for c in CHANGES])
    lock_before = (tmp_path / "lock.json").read_bytes()
    with pytest.raises(pull.DriftError) as raised:
        _pull(changed, tmp_path)
    message = str(raised.value)
    for _, _, name, how in CHANGES:
        assert f"{name}: {how}" in message
    assert "nox -s pull -- --accept" in message
    assert (tmp_path / "lock.json").read_bytes() == lock_before
    assert (tmp_path / "cache.json").read_bytes() == base.read_bytes()


def test_an_addition_the_overlays_drop_is_shown_as_dropped(locked_spec: Spec, tmp_path: Path) -> None:
    report = _report(locked_spec, tmp_path, _add_field)  # what blnk-docs 193c07e did to Balance
    added = report.find("fields", "Balance.currency_multiplier")
    assert added.meaning.startswith("dropped by balances.yaml action #6 (")
    assert added.meaning.endswith("the upstream addition never reaches the client")
    resolved = overlay.resolve(_changed_spec(tmp_path), overlay.load_index())
    # releases.yaml describes the field as v0.12.2 ... v0.14.5 sent it; upstream's int32 never arrives
    assert resolved["components"]["schemas"]["Balance"]["properties"]["currency_multiplier"] == {
        "type": "number",
        "description": "The balance's currency multiplier.",
        "x-blnk-until": "v0.14.5",
    }


def test_a_change_that_reaches_the_resolved_spec_says_so(locked_spec: Spec, tmp_path: Path) -> None:
    report = _report(locked_spec, tmp_path, _add_operation)
    assert report.find("operations", "GET /upstream-new").meaning.startswith("reaches the resolved spec")
    assert "/upstream-new" in overlay.resolve(_changed_spec(tmp_path), overlay.load_index())["paths"]


def test_shadowed_changes_name_the_overlay_document_and_action(locked_spec: Spec, tmp_path: Path) -> None:
    report = _report(locked_spec, tmp_path, lambda spec: (_retype_field(spec), _require_more(spec)))
    for kind, name in (("fields", "Ledger.name"), ("schemas", "CreateledgerRequest")):
        meaning = report.find(kind, name).meaning
        assert meaning.startswith("shadowed by ledgers.yaml action #"), meaning
    assert "0 of 2 changes reach the resolved spec; 2 are shadowed by overlays" in drift_render.render(report)


def test_the_report_shows_the_change_itself_from_the_locked_version(locked_spec: Spec, tmp_path: Path) -> None:
    text = drift_render.render(_report(locked_spec, tmp_path, _retype_field))
    assert "(locked version read from " in text
    assert '        type: "string" -> "integer"' in text


def test_without_the_locked_version_the_report_still_says_how(locked_spec: Spec, tmp_path: Path) -> None:
    _, changed = _drifted(locked_spec, tmp_path, lambda spec: (_retype_field(spec), _require_more(spec)))
    (tmp_path / "cache.json").unlink()  # and the pinned URL cannot be reached: only the lock's inventory
    report = _pull(changed, tmp_path, accept=True).report
    assert report is not None
    assert report.locked_version.startswith("the locked version is unavailable, so kinds of change only: ")
    assert report.find("fields", "Ledger.name").how == ["type changed"]
    assert report.find("schemas", "CreateledgerRequest").how == ["required changed"]
    assert report.find("fields", "Ledger.name").meaning.startswith("shadowed by ledgers.yaml")


def test_overlay_targets_that_vanished_are_in_the_report(locked_spec: Spec, tmp_path: Path) -> None:
    report = _report(locked_spec, tmp_path, _remove_security_scheme)
    assert any(f.startswith("auth.yaml: action #1 ") and "matches nothing" in f for f in report.overlay_failures)
    assert "overlays on this version: " in drift_render.render(report)
    removed = report.find("other", "securitySchemes.basic")
    assert removed.meaning == "no effect on the client: the resolved spec did not have it either"


def test_accept_rewrites_the_lock_and_pulling_again_is_quiet(locked_spec: Spec, tmp_path: Path) -> None:
    _, changed = _drifted(locked_spec, tmp_path, lambda spec: (_remove_operation(spec), _add_field(spec)))
    result = _pull(changed, tmp_path, accept=True)
    assert result.report is not None
    assert result.report.operations.removed == ["POST /backup"]
    assert result.report.fields.added == ["Balance.currency_multiplier"]
    assert lock.require(tmp_path / "lock.json").sha256 == result.sha256
    assert _pull(changed, tmp_path).report is None


def test_accept_needs_an_immutable_url_of_the_new_bytes(locked_spec: Spec, tmp_path: Path) -> None:
    _, changed = _drifted(locked_spec, tmp_path, _remove_operation)
    lock_before = (tmp_path / "lock.json").read_bytes()
    with pytest.raises(pull.PullError, match="needs --pinned-url"):
        pull.pull(source=str(changed), accept=True, cache=tmp_path / "cache.json", lock_file=tmp_path / "lock.json")
    assert (tmp_path / "lock.json").read_bytes() == lock_before


def test_overlays_fail_loudly_and_completely_on_an_upstream_whose_targets_vanished(locked_spec: Spec) -> None:
    vanished = copy.deepcopy(locked_spec)
    del vanished["components"]["securitySchemes"]
    with pytest.raises(overlay.OverlayError) as raised:
        overlay.resolve(vanished, overlay.load_index())
    failing = [problem.split(" (", 1)[0].split(":")[0:2] for problem in raised.value.problems]
    assert [doc for doc, _ in failing] == ["auth.yaml", "auth.yaml", "system.yaml"]
    assert all("securitySchemes" in problem for problem in raised.value.problems)


def test_overlays_still_apply_to_small_upstream_changes(locked_spec: Spec) -> None:
    small = copy.deepcopy(locked_spec)
    _describe_only(small)
    _add_field(small)
    resolved = overlay.resolve(small, overlay.load_index())
    assert "/balances/{balance_id}/lineage" in resolved["paths"]
