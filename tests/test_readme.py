"""Every Python block of the README, run against the real server twice in a row, as a user would.

A second run is what a user's second try looks like: same names, same code, a server that
already holds the first run's records. The blocks run unchanged; the test only points `Blnk` at
the recording (or the server, while recording) and makes `uuid.uuid4` replay what it drew.
"""

from __future__ import annotations

import itertools
import os
import re
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

import blnk_client
from tests.support.cassettes import REPLAY_BASE_URL, Cassette

pytestmark = pytest.mark.cassette

README = Path(__file__).resolve().parent.parent / "README.md"
RUNS = 2


def python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", README.read_text(), flags=re.S | re.M)


def test_the_readme_has_python_to_run() -> None:
    assert python_blocks() and all("Blnk(" in block or "import" in block for block in python_blocks())


@pytest.mark.cassette("test_the_readme_runs_twice_against_the_server")
def test_the_readme_runs_twice_against_the_server(
    cassette: Cassette, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_blnk = blnk_client.Blnk
    server = {
        "base_url": os.environ["BLNK_BASE_URL"] if cassette.recording else REPLAY_BASE_URL,
        "api_key": os.environ["BLNK_API_KEY"] if cassette.recording else "replayed-key",
    }

    def blnk_on_the_recording(**kwargs: Any) -> blnk_client.Blnk:
        return real_blnk(**{**kwargs, **server, "http_client": httpx.Client(transport=cassette)})

    drawn = itertools.count()
    monkeypatch.setattr(blnk_client, "Blnk", blnk_on_the_recording)
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=int(cassette.value(f"uuid4-{next(drawn)}", ""), 16)))
    if not cassette.recording:
        monkeypatch.setattr(time, "sleep", lambda seconds: None)

    for run in range(1, RUNS + 1):
        for number, block in enumerate(python_blocks(), start=1):
            exec(compile(block, f"README.md python block {number}", "exec"), {"__name__": f"readme_run_{run}"})
        printed = capsys.readouterr().out
        assert "25.50" in printed.splitlines(), f"run {run}:\n{printed}"
        assert "404 LGR_NOT_FOUND" in printed, f"run {run}:\n{printed}"
