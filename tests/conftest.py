from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_UPSTREAM = ROOT.parent / "shared" / "upstream"


@pytest.fixture(scope="session")
def upstream_source() -> str:
    """The upstream spec the tests pull: BLNK_SPEC_URL, else the shared copy beside the repo."""
    source = os.environ.get("BLNK_SPEC_URL") or str(SHARED_UPSTREAM / "blnk-openapi.json")
    if not source.startswith(("http://", "https://")) and not Path(source).exists():
        pytest.fail(f"no upstream spec at {source}; set BLNK_SPEC_URL")
    return source


@pytest.fixture(scope="session")
def history() -> list[Path]:
    files = sorted((SHARED_UPSTREAM / "history").glob("blnk-openapi.*.json"))
    if len(files) < 2:
        pytest.fail(f"expected the upstream history versions in {SHARED_UPSTREAM / 'history'}")
    return files
