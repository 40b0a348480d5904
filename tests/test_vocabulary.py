"""overlays/vocabulary.yaml: the overlay stage refuses any extension it does not list, misplaced or misshapen,
and it lists exactly the extensions the code reads."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline import overlay, paths, vocabulary

HINT = " (overlays/vocabulary.yaml lists the known ones)"
OP = "$['paths']['/things']['get']"


def _spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"get": {"responses": {"200": {"description": "ok"}}}}},
        "components": {"schemas": {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}}},
    }


def _doc(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def _problems(*actions: dict[str, Any], spec: dict[str, Any] | None = None) -> list[str]:
    with pytest.raises(overlay.OverlayError) as raised:
        overlay.apply_document(spec or _spec(), _doc(*actions), "bad.yaml")
    return raised.value.problems


OPERATION = "$.paths['/things'].get"
THING = "$.components.schemas.Thing"


@pytest.mark.parametrize(
    ("action", "problem"),
    [
        pytest.param(
            {"target": OPERATION, "update": {"x-blnk-paginat": {"id": "thing_id"}}},
            f"unknown extension x-blnk-paginat at {OP}; did you mean x-blnk-paginate?{HINT}",
            id="typo",
        ),
        pytest.param(
            {"target": OPERATION, "update": {"x-blnk-idempotent": True}},
            f"unknown extension x-blnk-idempotent at {OP}; did you mean x-blnk-retry-safe?{HINT}",
            id="former-name",
        ),
        pytest.param(
            {"target": THING, "update": {"x-client-absent-is-none": True}},
            "x-client-absent-is-none at $['components']['schemas']['Thing'] is set by the pipeline, never by an overlay",
            id="pipeline-mark",
        ),
        pytest.param(
            {"target": OPERATION, "update": {"x-codegen": 1}},
            f"unknown extension x-codegen at {OP}{HINT}",
            id="unknown-not-blnk",
        ),
        pytest.param(
            {"target": OPERATION, "update": {"x-blnk-deduplication": True}},
            f"x-blnk-deduplication at {OP}: True is not of type 'object'",
            id="bool-for-dict",
        ),
        pytest.param(
            {"target": OPERATION, "update": {"x-blnk-retry-safe": {"key": "reference"}}},
            f"x-blnk-retry-safe at {OP}: {{'key': 'reference'}} is not of type 'boolean'",
            id="dict-for-bool",
        ),
        pytest.param(
            {"target": OPERATION, "update": {"x-blnk-paginate": {}}},
            f"x-blnk-paginate at {OP}: 'id' is a required property",
            id="missing-member",
        ),
        pytest.param(
            {"target": OPERATION, "update": {"x-blnk-paginate": {"id": "thing_id", "size": 10}}},
            f"x-blnk-paginate at {OP}: Additional properties are not allowed ('size' was unexpected)",
            id="extra-member",
        ),
        pytest.param(
            {"target": OPERATION, "update": {"x-blnk-returns-when": {"when": "dry_run", "returns": 3}}},
            f"x-blnk-returns-when at {OP}: ['returns']: 3 is not of type 'string'",
            id="nested-member",
        ),
        pytest.param(
            {"target": OPERATION, "update": {"x-blnk-since": "0.15.0"}},
            f"x-blnk-since at {OP}: '0.15.0' does not match ^(v\\d+\\.\\d+\\.\\d+|[0-9a-f]{{8}})$",
            id="release-without-v",
        ),
        pytest.param(
            {"target": OPERATION, "update": {"x-required-scope": "transactions"}},
            f"x-required-scope at {OP}: 'transactions' does not match ^[a-z][a-z0-9-]*:(read|write|delete)$",
            id="scope-without-action",
        ),
        pytest.param(
            {"target": OPERATION, "update": {"x-master-key-only": False}},
            f"x-master-key-only at {OP}: True was expected",
            id="false-mark",
        ),
        pytest.param(
            {"target": THING, "update": {"x-blnk-method": "get"}},
            "x-blnk-method may not appear at $['components']['schemas']['Thing'] (a component), only on: operation",
            id="operation-extension-on-a-component",
        ),
        pytest.param(
            {"target": OPERATION, "update": {"x-blnk-until": "v0.14.5"}},
            f"x-blnk-until may not appear at {OP} (an operation), only on: property",
            id="field-extension-on-an-operation",
        ),
        pytest.param(
            {"target": f"{THING}.properties", "update": {"tags": {"type": "array", "items": {"x-blnk-secret": True}}}},
            "x-blnk-secret may not appear at $['components']['schemas']['Thing']['properties']['tags']['items'] "
            "(a schema), only on: property, component",
            id="property-extension-on-items",
        ),
        pytest.param(
            {"target": "$.info", "update": {"x-blnk-releases": ["v0.15.2", "v0.15.2"]}},
            "x-blnk-releases at $['info']: ['v0.15.2', 'v0.15.2'] has non-unique elements",
            id="releases-twice",
        ),
        pytest.param(
            {"target": f"{OPERATION}.parameters", "update": {"name": "q", "in": "query", "x-blnk-since": "v0.15.0"}},
            f"x-blnk-since may not appear at {OP}['parameters'][0] (a parameter), only on: operation, property",
            id="appended-list-item",
        ),
    ],
)
def test_a_bad_extension_is_one_line_naming_the_document_and_the_action(action: dict[str, Any], problem: str) -> None:
    spec = _spec()
    spec["paths"]["/things"]["get"]["parameters"] = []
    assert _problems({**action, "description": "why"}, spec=spec) == [f"bad.yaml: action #1 (why): {problem}"]


def test_every_bad_action_of_every_document_is_reported_at_once(tmp_path: Path) -> None:
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text(
        yaml.safe_dump(
            _doc(
                {"target": OPERATION, "update": {"x-blnk-method": "list", "x-blnk-paginat": {"id": "thing_id"}}},
                {"target": THING, "update": {"x-blnk-json-object": True}},
                {"target": THING, "description": "misplaced", "update": {"x-blnk-paginate": {"id": "thing_id"}}},
            )
        )
    )
    second.write_text(yaml.safe_dump(_doc({"target": OPERATION, "update": {"x-blnk-retry-safe": "yes"}})))
    with pytest.raises(overlay.OverlayError) as raised:
        overlay.resolve(_spec(), [first, second])
    assert raised.value.problems == [
        f"first.yaml: action #1: unknown extension x-blnk-paginat at {OP}; did you mean x-blnk-paginate?{HINT}",
        "first.yaml: action #3 (misplaced): x-blnk-paginate may not appear at $['components']['schemas']['Thing'] "
        "(a component), only on: operation",
        f"second.yaml: action #1: x-blnk-retry-safe at {OP}: 'yes' is not of type 'boolean'",
    ]


def test_names_and_data_that_start_with_x_are_no_extensions() -> None:
    spec = _spec()
    overlay.apply_document(
        spec,
        _doc(
            {"target": f"{THING}.properties", "update": {"x-ray": {"type": "string", "example": {"x-any": 1}}}},
            {"target": f"{THING}.properties.name", "update": {"x-blnk-since": "v0.15.0", "default": {"x-y": 2}}},
        ),
        "good.yaml",
    )
    assert spec["components"]["schemas"]["Thing"]["properties"]["x-ray"]["example"] == {"x-any": 1}


def test_an_action_editing_inside_an_extension_is_checked_on_the_merged_value() -> None:
    spec = _spec()
    spec["paths"]["/things"]["get"]["x-blnk-paginate"] = {"id": "thing_id"}
    target = f"{OPERATION}['x-blnk-paginate']"
    assert _problems({"target": target, "update": {"size": 3}}, spec=spec) == [
        f"bad.yaml: action #1: x-blnk-paginate at {OP}: Additional properties are not allowed ('size' was unexpected)"
    ]
    spec["paths"]["/things"]["get"]["x-blnk-paginate"] = {"id": "thing_id"}
    overlay.apply_document(spec, _doc({"target": target, "update": {"id": "name"}}), "good.yaml")
    assert spec["paths"]["/things"]["get"]["x-blnk-paginate"] == {"id": "name"}


def test_the_resolved_spec_keeps_no_unknown_x_blnk_key_and_no_misshapen_extension(tmp_path: Path) -> None:
    upstream = _spec()
    upstream["info"]["x-logo"] = {"url": "upstream's own extension: left alone"}
    upstream["info"]["x-blnk-audit-trail"] = "red"
    with pytest.raises(overlay.OverlayError) as raised:
        overlay.resolve(upstream, [])
    assert raised.value.problems == [f"resolved spec: unknown extension x-blnk-audit-trail at $['info']{HINT}"]

    broken = tmp_path / "broken.yaml"
    broken.write_text(
        yaml.safe_dump(
            _doc(
                {"target": OPERATION, "update": {"x-blnk-paginate": {"id": "thing_id"}}},
                {"target": f"{OPERATION}['x-blnk-paginate'].id", "remove": True},
            )
        )
    )
    with pytest.raises(overlay.OverlayError) as raised:
        overlay.resolve(_spec(), [broken])
    assert raised.value.problems == [f"resolved spec: x-blnk-paginate at {OP}: 'id' is a required property"]


def test_a_malformed_vocabulary_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "vocabulary.yaml"
    file.write_text(
        yaml.safe_dump(
            {
                "extensions": {
                    "x-blnk-a": {"where": ["operations"], "means": "m", "read-by": [], "shape": {}},
                    "x-blnk-b": {"where": ["schema"], "means": "m", "read-by": [], "shape": {"type": "text"}},
                },
                "renamed": {"x-blnk-old": "x-blnk-gone"},
            }
        )
    )
    with pytest.raises(vocabulary.VocabularyError) as raised:
        vocabulary.load(file)
    assert str(raised.value) == (
        f"{file}: x-blnk-a: 'where' must list some of {', '.join(vocabulary.PLACES)}; "
        "x-blnk-b: shape is no JSON Schema: 'text' is not valid under any of the given schemas; "
        "renamed: x-blnk-old -> x-blnk-gone must name a former and a current extension"
    )


EXTENSION = re.compile(r"\bx-[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def _code_files() -> list[Path]:
    return sorted(
        [*(paths.ROOT / "pipeline").glob("*.py"), *paths.TEMPLATES.rglob("*.jinja"), *paths.RUNTIME.glob("*.py")]
    )


def _text_of(reader: str) -> str:
    """The source of a repository file, or of an installed package (a generator reading its own extension)."""
    if "/" in reader:
        return (paths.ROOT / reader).read_text()
    spec = importlib.util.find_spec(reader)
    assert spec is not None and spec.origin is not None, f"{reader} is not installed"
    return "".join(p.read_text() for p in Path(spec.origin).parent.rglob("*.py"))


def test_every_extension_of_the_vocabulary_is_read_by_the_code_it_names() -> None:
    for name, entry in vocabulary.load().extensions.items():
        assert entry["read-by"], f"{name} is read by nothing: drop it or make some code read it"
        for reader in entry["read-by"]:
            reads = name in _text_of(reader)
            assert reads, f"{name}: {reader} does not read it"


def test_every_extension_the_code_names_is_in_the_vocabulary() -> None:
    known = {**vocabulary.load().extensions, **vocabulary.load().pipeline_marks}
    named = {
        (match, file.relative_to(paths.ROOT).as_posix())
        for file in _code_files()
        for match in EXTENSION.findall(file.read_text())
        if match != "x-blnk"  # the prefix itself, as in "x-blnk-*"
    }
    assert len({n for n, _ in named}) >= 20
    assert sorted((n, f) for n, f in named if n not in known) == []
