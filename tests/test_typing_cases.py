"""Typing claims, checked by mypy --strict against the installed package.

Files in typing/pass must pass. Each file in typing/fail must fail, at the lines marked
`# expect-error: <code>` and nowhere else.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "typing"
EXPECT = re.compile(r"#\s*expect-error:\s*([\w-]+)")


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
def test_the_readme_quickstart_type_checks(tmp_path: Path) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    quickstart = readme.split("## Quickstart", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    example = tmp_path / "quickstart.py"
    example.write_text(quickstart)
    result = _mypy(example)
    assert result.returncode == 0, result.stdout + result.stderr
