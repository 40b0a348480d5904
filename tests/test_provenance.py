"""Every generated file starts with one line naming what produced it and what to edit instead."""

from __future__ import annotations

import re

from pipeline import paths


def test_every_generated_file_names_its_source_and_the_sources_exist() -> None:
    # what the pipeline writes (an install may leave build metadata such as *.egg-info beside it)
    package = paths.GENERATED / paths.PACKAGE_NAME
    files = sorted(package.rglob("*.py")) + [
        paths.GENERATED / name for name in ("api.md", "README.md", "pyproject.toml")
    ]
    assert len(files) > 200
    for file in files:
        first = file.read_text().split("\n", 1)[0]
        assert re.match(r"(# |<!-- )Generated: ", first), f"{file}: {first!r}"
        named = re.findall(r"\b((?:overlays|pipeline|spec)/[\w./-]*\w)", first)
        assert named, f"{file} names no source: {first!r}"
        for source in named:
            assert (paths.ROOT / source).exists(), f"{file} names {source}, which does not exist"


def test_a_runtime_copy_names_its_own_source() -> None:
    for source in sorted(paths.RUNTIME.glob("*.py")):
        copy = paths.GENERATED / paths.PACKAGE_NAME / source.name
        header = f"# Generated: copied from overlays/runtime/{source.name}; edit that file.\n"
        assert copy.read_text() == header + source.read_text(), f"{source} is not as ruff leaves it, or was not copied"
