"""Prove `spec/` and `generated/` are pure outputs: rebuild both in a scratch tree and compare."""

from __future__ import annotations

import filecmp
import json
import tempfile
from pathlib import Path

from pipeline import generate, overlay, paths, releases


def _tree_differences(expected: Path, actual: Path) -> list[str]:
    differences: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        differences.extend(f"only in the fresh build: {prefix}{n}" for n in cmp.left_only)
        differences.extend(f"not produced by the pipeline: {prefix}{n}" for n in cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        differences.extend(f"differs: {prefix}{n}" for n in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    ignore = ["__pycache__", ".mypy_cache", ".ruff_cache", "build", "blnk_client.egg-info"]
    walk(filecmp.dircmp(expected, actual, ignore=ignore), "")
    return sorted(differences)


def stale_outputs(upstream_file: Path = paths.UPSTREAM_CACHE) -> list[str]:
    """What in spec/ and generated/ a fresh run of overlay + generate would change (empty: none)."""
    with tempfile.TemporaryDirectory() as tmp:
        resolved = Path(tmp) / paths.RESOLVED_SPEC.name
        overlay.run(upstream_file=upstream_file, output=resolved)
        problems = []
        if resolved.read_text() != paths.RESOLVED_SPEC.read_text():
            problems.append(f"differs: spec/{paths.RESOLVED_SPEC.name}")
        readme = paths.README.read_text()
        if releases.render_readme(readme, json.loads(resolved.read_text())) != readme:
            problems.append("differs: README.md (the release matrix block)")
        fresh = Path(tmp) / "generated"
        generate.generate(spec_file=resolved, out=fresh)
        problems += [
            f"generated/{d.split(': ', 1)[1]} ({d.split(': ', 1)[0]})"
            for d in _tree_differences(fresh, paths.GENERATED)
        ]
        return problems
