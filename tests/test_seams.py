"""Each generator is reached through one seam module, which names the version it supports."""

from __future__ import annotations

import ast
import importlib.util
import tomllib
from pathlib import Path

import pytest

from pipeline import generate, paths, seam_datamodel_code_generator, seam_openapi_python_client

SEAMS = {
    "openapi_python_client": seam_openapi_python_client,
    "datamodel_code_generator": seam_datamodel_code_generator,
}


def test_the_seams_support_the_pinned_versions() -> None:
    pins = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["dependency-groups"]["pipeline"]
    for seam in SEAMS.values():
        assert f"{seam.DISTRIBUTION}=={seam.SUPPORTED}" in pins
        assert seam.installed() == seam.SUPPORTED


@pytest.mark.parametrize("package", sorted(SEAMS))
def test_another_version_is_refused_in_one_clear_line(monkeypatch: pytest.MonkeyPatch, package: str) -> None:
    seam = SEAMS[package]
    monkeypatch.setattr(seam, "installed", lambda: "99.0.0")
    with pytest.raises(generate.GenerateError) as refused:
        generate.generate()
    assert str(refused.value) == (
        f"{seam.DISTRIBUTION} 99.0.0 is installed, but {seam.__name__} supports {seam.SUPPORTED} only: "
        "install the pinned version, or upgrade the seam (README, Maintaining)"
    )


def test_only_the_seams_import_the_generators() -> None:
    for module in sorted((paths.ROOT / "pipeline").glob("*.py")):
        imported = set()
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])
            elif isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
        for package, seam in SEAMS.items():
            if package in imported:
                assert module.stem == seam.__name__.rsplit(".", 1)[1], f"{module.name} imports {package}"


def test_a_template_replacing_the_generators_overrides_macros_or_says_why_it_is_a_fork() -> None:
    stock = Path(seam_openapi_python_client.Project.__module__.replace(".", "/")).parts[0]
    stock_dir = Path(importlib.util.find_spec(stock).origin).parent / "templates"  # type: ignore[union-attr,arg-type]
    for template in sorted(paths.TEMPLATES.rglob("*.jinja")):
        relative = template.relative_to(paths.TEMPLATES)
        if not (stock_dir / relative).exists():
            continue  # the project's own template (api.md), no fork of anything
        text = template.read_text()
        assert '"upstream/' in text or text.startswith("{#- A fork of openapi-python-client's"), relative
