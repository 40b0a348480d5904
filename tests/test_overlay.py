"""The Overlay 1.0 engine, and the project's overlays against every upstream version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline import overlay, paths


def _doc(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_objects_concatenates_arrays_and_replaces_primitives() -> None:
    spec: dict[str, Any] = {"a": {"b": 1, "list": [1], "keep": True}, "tags": [{"name": "x"}]}
    overlay.apply_document(
        spec,
        _doc(
            {"target": "$.a", "update": {"b": 2, "list": [2], "new": {"c": 3}}},
            {"target": "$.tags", "update": {"name": "y"}},
        ),
        "doc.yaml",
    )
    assert spec == {
        "a": {"b": 2, "list": [1, 2], "keep": True, "new": {"c": 3}},
        "tags": [{"name": "x"}, {"name": "y"}],
    }


def test_remove_deletes_every_selected_node() -> None:
    spec: dict[str, Any] = {
        "paths": {"/a": {"get": {"x": 1}, "post": {"x": 2}}, "/b": {"get": {"x": 3}}},
        "l": [0, 1, 2, 3],
    }
    overlay.apply_document(
        spec,
        _doc(
            {"target": "$.paths.*.get", "remove": True},
            {"target": "$.l[1,2]", "remove": True},
        ),
        "doc.yaml",
    )
    assert spec == {"paths": {"/a": {"post": {"x": 2}}, "/b": {}}, "l": [0, 3]}


def test_a_target_that_matches_nothing_names_the_document_and_the_action() -> None:
    spec: dict[str, Any] = {"paths": {}}
    with pytest.raises(
        overlay.OverlayError, match=r"fix\.yaml: action #2 \(gone\): target \$\.paths\['/x'\] matches nothing"
    ):
        overlay.apply_document(
            spec,
            _doc(
                {"target": "$.paths", "update": {"/y": {}}},
                {"target": "$.paths['/x']", "description": "gone", "remove": True},
            ),
            "fix.yaml",
        )


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            {"overlay": "2.0.0", "info": {"title": "t", "version": "1"}, "actions": [{"target": "$", "update": {}}]},
            "1.0.x",
        ),
        (_doc({"target": "paths", "update": {}}), "must be a JSONPath"),
        (_doc({"target": "$.a"}), "needs 'update' or 'remove: true'"),
        (_doc({"target": "$.a", "update": {"b": {"c": 1}}}), "cannot merge dict into int"),
        (_doc({"target": "$.a.b", "update": 2}), "target its parent object"),
        (_doc({"target": "$.a[", "update": {}}), "invalid JSONPath"),
    ],
)
def test_malformed_documents_and_actions_are_refused(document: dict[str, Any], message: str) -> None:
    with pytest.raises(overlay.OverlayError, match=message):
        overlay.apply_document({"a": {"b": 1}}, document, "bad.yaml")


def test_every_failing_action_of_every_document_is_reported_at_once(tmp_path: Path) -> None:
    first = tmp_path / "first.yaml"
    first.write_text(
        yaml.safe_dump(
            _doc(
                {"target": "$.paths['/gone']", "remove": True},
                {"target": "$.paths", "update": {"/kept": {}}},
                {"target": "$.info", "description": "why", "update": 1},
            )
        )
    )
    second = tmp_path / "second.yaml"
    second.write_text(yaml.safe_dump(_doc({"target": "$.components.schemas.Vanished", "remove": True})))
    with pytest.raises(overlay.OverlayError) as raised:
        overlay.resolve({"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {}}, [first, second])
    assert raised.value.problems == [
        "first.yaml: action #1: target $.paths['/gone'] matches nothing",
        "first.yaml: action #3 (why): $['info'] is an object, so 'update' must be an object",
        "second.yaml: action #1: target $.components.schemas.Vanished matches nothing",
    ]
    assert str(raised.value).startswith("3 overlay problems:\n  first.yaml: action #1")


def test_the_index_lists_every_overlay_document_once() -> None:
    listed = yaml.safe_load(paths.OVERLAY_INDEX.read_text())
    on_disk = sorted(p.name for p in (paths.OVERLAYS / "documents").glob("*.yaml"))
    assert sorted(listed) == on_disk
    assert len(set(listed)) == len(listed)


def test_the_resolved_spec_is_what_the_overlays_make_of_the_upstream(upstream_source: str) -> None:
    from pipeline import sources

    upstream = json.loads(sources.fetch_bytes(upstream_source))
    resolved = overlay.resolve(upstream, overlay.load_index())  # also validates it as OpenAPI
    assert overlay.dumps(resolved) == paths.RESOLVED_SPEC.read_text()


def test_overlays_fail_loudly_on_an_upstream_whose_targets_vanished(history: list[Path]) -> None:
    oldest = json.loads(history[0].read_text())  # 2024-02-20: no security schemes at all
    with pytest.raises(overlay.OverlayError, match=r"auth\.yaml: action #1 .*securitySchemes\.basic matches nothing"):
        overlay.resolve(oldest, overlay.load_index())


def test_overlays_still_apply_to_the_recent_upstream_versions(history: list[Path]) -> None:
    for version in history[2:]:  # 2026-05-07, 2026-06-25: small upstream changes
        resolved = overlay.resolve(json.loads(version.read_text()), overlay.load_index())
        assert "/balances/{balance_id}/lineage" in resolved["paths"]
