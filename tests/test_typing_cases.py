"""Typing claims, checked by mypy --strict and by pyright in strict mode against the installed package.

Files in typing/pass must pass both. Each file in typing/fail must fail under both, at the lines
marked `# expect-error: <mypy code>, pyright: <pyright rule>` and nowhere else. pyright reads
typing/pyrightconfig.json (strict); `pyright --verifytypes` must find every public symbol typed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "typing"
EXPECT = re.compile(r"#\s*expect-error:\s*([\w-]+)")
EXPECT_PYRIGHT = re.compile(r"#\s*expect-error:.*\bpyright:\s*(\w+(?:\s*\+\s*\w+)*)")  # rule, or rule + rule
PYRIGHT_CONFIG = CASES / "pyrightconfig.json"


def _mypy(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--show-error-codes",
            "--no-error-summary",
            *map(str, args),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def _pyright(*args: str | Path) -> subprocess.CompletedProcess[str]:
    # The pyright package runs its engine through node; the engine resolves imports with this
    # interpreter's sys.path, so it sees the same blnk_client as mypy.
    return subprocess.run(
        [sys.executable, "-m", "pyright", "--pythonpath", sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


def _pyright_errors(*files: Path) -> tuple[subprocess.CompletedProcess[str], set[tuple[str, int, str]]]:
    result = _pyright("--project", PYRIGHT_CONFIG, "--outputjson", *files)
    report = json.loads(result.stdout)
    found = {
        (Path(d["file"]).name, d["range"]["start"]["line"] + 1, str(d.get("rule", "")))
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    }
    return result, found


@pytest.mark.slow
def test_consumers_that_must_pass() -> None:
    files = sorted((CASES / "pass").glob("*.py"))
    assert files
    result = _mypy(*files)
    assert result.returncode == 0, result.stdout + result.stderr
    no_any = [f for f in files if "# typing: no-any" in f.read_text()]
    assert no_any
    result = _mypy("--disallow-any-expr", *no_any)  # no Any anywhere in these consumers, results included
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_consumers_that_must_pass_pyright_strict() -> None:
    files = sorted((CASES / "pass").glob("*.py"))
    result, found = _pyright_errors(*files)
    assert found == set(), result.stdout
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted((CASES / "fail").glob("*.py")), ids=lambda p: p.stem)
def test_consumers_that_must_fail(case: Path) -> None:
    expected = {
        (number, match.group(1))
        for number, line in enumerate(case.read_text().splitlines(), start=1)
        if (match := EXPECT.search(line))
    }
    assert expected, f"{case.name} marks no expected error"
    result = _mypy(case)
    found = {
        (int(m.group(1)), m.group(2))
        for m in re.finditer(rf"^\S*{re.escape(case.name)}:(\d+): error: .*\[([\w-]+)\]$", result.stdout, re.MULTILINE)
    }
    assert result.returncode == 1, result.stdout + result.stderr
    assert found == expected, result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted((CASES / "fail").glob("*.py")), ids=lambda p: p.stem)
def test_consumers_that_must_fail_pyright_strict(case: Path) -> None:
    lines = case.read_text().splitlines()
    marks = {
        number: match.group(1) for number, line in enumerate(lines, start=1) if (match := EXPECT_PYRIGHT.search(line))
    }
    marked = sum(1 for line in lines if EXPECT.search(line))
    assert len(marks) == marked, f"{case.name}: every expect-error names its pyright rule too"
    expected = {(case.name, number, rule) for number, rules in marks.items() for rule in re.split(r"\s*\+\s*", rules)}
    result, found = _pyright_errors(case)
    assert result.returncode == 1, result.stdout + result.stderr
    assert found == expected, result.stdout


@pytest.mark.slow
def test_the_package_is_fully_typed_for_pyright() -> None:
    """pyright --verifytypes: every public symbol has a known, unambiguous type (httpx's own are not counted)."""
    result = _pyright("--verifytypes", "blnk_client", "--ignoreexternal", "--outputjson")
    completeness = json.loads(result.stdout)["typeCompleteness"]
    problems = [
        f"{s['name']}: {d['message']}"
        for s in completeness["symbols"]
        for d in s.get("diagnostics", [])
        if d["severity"] == "error"
    ]
    assert completeness["completenessScore"] == 1, problems[:20]
    assert completeness["exportedSymbolCounts"]["withAmbiguousType"] == 0, problems[:20]
    assert completeness["exportedSymbolCounts"]["withUnknownType"] == 0, problems[:20]
    assert result.returncode == 0, problems[:20]


@pytest.mark.slow
def test_the_readme_quickstart_type_checks(tmp_path: Path) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    quickstart = readme.split("## Quickstart", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    example = tmp_path / "quickstart.py"
    example.write_text(quickstart)
    result = _mypy(example)
    assert result.returncode == 0, result.stdout + result.stderr
