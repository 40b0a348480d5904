"""The pull stage refuses what is not a JSON OpenAPI 3 document: one line, non-zero, lock and cache untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline import __main__ as cli
from pipeline import paths, pull

BAD_INPUTS = [
    # (what, bytes, what the one line says)
    ("a JSON list", b"[1, 2]", "a JSON array, not an object"),
    ("a JSON string", b'"openapi"', "a JSON string, not an object"),
    ("an object without openapi or paths", b'{"hello": 1}', "no 'openapi' version"),
    ("openapi without paths", b'{"openapi": "3.0.0", "info": {}}', "'paths' is missing"),
    ("paths that is a list", b'{"openapi": "3.0.0", "paths": []}', "'paths' is not an object"),
    ("a path item that is not an object", b'{"openapi": "3.0.0", "paths": {"/x": 1}}', "paths['/x'] is not an object"),
    ("an operation that is not an object", b'{"openapi": "3.0.0", "paths": {"/x": {"get": []}}}', "paths['/x'].get is"),
    (
        "schemas that are not objects",
        b'{"openapi": "3.0.0", "paths": {}, "components": {"schemas": {"A": 1}}}',
        "schemas.A",
    ),
    ("a Swagger 2.0 document", b'{"swagger": "2.0", "paths": {}}', "a Swagger 2.0 document, not OpenAPI 3"),
    ("OpenAPI 2 by number", b'{"openapi": 2, "paths": {}}', "'openapi' is 2, not a 3.x version"),
    ("an empty file", b"", "the file is empty"),
    ("only whitespace", b" \n\t\n", "the file is empty"),
    ("a truncated file", b'{"openapi": "3.0.0", "paths": {"/ledgers": {', "truncated JSON"),
    ("YAML", b"openapi: 3.0.0\npaths: {}\n", "YAML, not JSON"),
    (
        "an HTML error page",
        b"<html><body>502 Bad Gateway</body></html>",
        "not JSON: Expecting value at line 1 column 1",
    ),
    ("not UTF-8", b"\xff\xfe{\x00}\x00", "not UTF-8 text"),
]


@pytest.fixture
def locked(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the committed lock and a cache holding earlier bytes, to prove neither is touched."""
    lock_file, cache = tmp_path / "lock.json", tmp_path / "cache.json"
    shutil.copyfile(paths.LOCK_FILE, lock_file)
    cache.write_bytes(b"earlier cache")
    return lock_file, cache


@pytest.mark.parametrize("accept", [False, True], ids=["pull", "accept"])
@pytest.mark.parametrize(("what", "data", "says"), BAD_INPUTS, ids=[row[0] for row in BAD_INPUTS])
def test_bad_input_is_refused_in_one_line(
    what: str, data: bytes, says: str, accept: bool, locked: tuple[Path, Path], tmp_path: Path
) -> None:
    lock_file, cache = locked
    source = tmp_path / "upstream.json"
    source.write_bytes(data)
    lock_before = lock_file.read_bytes()
    with pytest.raises(pull.PullError) as raised:
        pull.pull(source=str(source), accept=accept, cache=cache, lock_file=lock_file)
    message = str(raised.value)
    assert message == f"{source} is not an OpenAPI 3 document: {message.split(': ', 1)[1]}"
    assert says in message
    assert "\n" not in message
    assert lock_file.read_bytes() == lock_before
    assert cache.read_bytes() == b"earlier cache"


def test_the_locked_upstream_cut_in_half_is_truncated(upstream_source: str, tmp_path: Path) -> None:
    source = tmp_path / "half.json"
    data = Path(upstream_source).read_bytes()
    source.write_bytes(data[: len(data) // 2])
    with pytest.raises(pull.PullError, match="truncated JSON"):
        pull.pull(source=str(source), cache=tmp_path / "cache.json", lock_file=tmp_path / "lock.json")
    assert not (tmp_path / "lock.json").exists()


@pytest.mark.parametrize("argv", [["pull"], ["pull", "--accept"]])
def test_the_pull_command_exits_non_zero_with_one_line_and_no_traceback(
    argv: list[str],
    locked: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lock_file, cache = locked
    monkeypatch.setattr(paths, "LOCK_FILE", lock_file)
    monkeypatch.setattr(paths, "UPSTREAM_CACHE", cache)
    source = tmp_path / "list.json"
    source.write_bytes(b"[1, 2]")
    monkeypatch.setenv(paths.SPEC_URL_ENV, str(source))
    lock_before = lock_file.read_bytes()
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert err == f"pull failed: {source} is not an OpenAPI 3 document: a JSON array, not an object\n"
    assert lock_file.read_bytes() == lock_before
    assert cache.read_bytes() == b"earlier cache"


def test_an_unreachable_source_is_one_line(tmp_path: Path) -> None:
    for source in (str(tmp_path / "missing.json"), str(tmp_path), "http://127.0.0.1:9/openapi.json"):
        with pytest.raises(pull.PullError) as raised:
            pull.pull(source=source, cache=tmp_path / "c.json", lock_file=tmp_path / "l.json")
        assert str(raised.value).startswith(f"cannot read the upstream spec from {source}: ")
        assert "\n" not in str(raised.value)
