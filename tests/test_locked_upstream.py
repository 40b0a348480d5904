"""The locked upstream the tests read: BLNK_SPEC_URL, else ../shared/upstream, else the lock's pinned URL.

The pinned download runs against a loopback server standing in for the docs repository's raw file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline import lock, locked, paths, sources
from tests.support.loopback import JSONHandler, LoopbackServer


class RawFile(JSONHandler):
    served = b""
    requests = 0

    def answer(self) -> None:
        type(self).requests += 1
        self.send_json(200, type(self).served)


@pytest.fixture
def raw_file(upstream_source: str) -> Iterator[tuple[str, type[RawFile]]]:
    handler = type("Served", (RawFile,), {"served": Path(upstream_source).read_bytes(), "requests": 0})
    server = LoopbackServer(handler)
    server.start()
    yield f"{server.url}/blnkfinance/blnk-docs/{'a' * 40}/openapi.json", handler
    server.stop()


@pytest.fixture
def committed() -> lock.Lock:
    return lock.require(paths.LOCK_FILE)


def _obtain(
    committed: lock.Lock, tmp_path: Path, pinned: str, env: str | None = None, shared: str = "no-shared.json"
) -> Path:
    return locked.locked_upstream_file(
        committed,
        env_source=env,
        shared_file=tmp_path / shared,
        cache_dir=tmp_path / "locked",
        pinned_url=pinned,
    )


def test_the_pinned_url_is_downloaded_once_into_the_cache(
    raw_file: tuple[str, type[RawFile]], committed: lock.Lock, tmp_path: Path
) -> None:
    url, served = raw_file
    first = _obtain(committed, tmp_path, url)
    assert first == tmp_path / "locked" / f"{committed.sha256}.json"
    assert sources.sha256_of(first.read_bytes()) == committed.sha256
    assert _obtain(committed, tmp_path, url) == first
    assert served.requests == 1
    assert [p.name for p in (tmp_path / "locked").iterdir()] == [first.name]  # no partial file left


def test_a_cached_copy_that_is_not_the_locked_one_is_downloaded_again(
    raw_file: tuple[str, type[RawFile]], committed: lock.Lock, tmp_path: Path
) -> None:
    url, served = raw_file
    cached = _obtain(committed, tmp_path, url)
    cached.write_bytes(b'{"openapi": "3.0.0", "paths": {}}')
    assert sources.sha256_of(_obtain(committed, tmp_path, url).read_bytes()) == committed.sha256
    assert served.requests == 2


def test_bytes_whose_sha256_is_not_the_lock_s_are_refused_and_not_cached(
    raw_file: tuple[str, type[RawFile]], committed: lock.Lock, tmp_path: Path
) -> None:
    url, served = raw_file
    served.served = served.served.replace(b"Blnk", b"Blank", 1)
    with pytest.raises(locked.LockedUpstreamError, match=rf"^the pinned {url} has sha256 \w+, but .* locks"):
        _obtain(committed, tmp_path, url)
    assert not (tmp_path / "locked").exists()


def test_an_unreachable_pinned_url_says_what_to_set_offline(committed: lock.Lock, tmp_path: Path) -> None:
    url = "http://127.0.0.1:9/blnk-docs/openapi.json"  # the discard port: nothing listens
    with pytest.raises(locked.LockedUpstreamError) as raised:
        _obtain(committed, tmp_path, url)
    message = str(raised.value)
    assert message.startswith(f"cannot download the locked upstream from {url} (")
    assert message.endswith(f"offline, set BLNK_SPEC_URL to a copy of it (sha256 {committed.sha256})")
    assert "\n" not in message


def test_blnk_spec_url_comes_first_and_is_checked_too(
    raw_file: tuple[str, type[RawFile]], committed: lock.Lock, tmp_path: Path
) -> None:
    url, served = raw_file
    local = tmp_path / "copy.json"
    local.write_bytes(served.served)
    assert _obtain(committed, tmp_path, url, env=str(local)) == local
    assert _obtain(committed, tmp_path, "http://127.0.0.1:9/unused", env=url).read_bytes() == served.served
    local.write_bytes(served.served + b"\n")
    with pytest.raises(locked.LockedUpstreamError, match=rf"^BLNK_SPEC_URL={local} has sha256"):
        _obtain(committed, tmp_path, url, env=str(local))
    assert served.requests == 1


def test_the_shared_copy_comes_before_the_pinned_url(
    raw_file: tuple[str, type[RawFile]], committed: lock.Lock, tmp_path: Path
) -> None:
    url, served = raw_file
    (tmp_path / "shared.json").write_bytes(served.served)
    assert _obtain(committed, tmp_path, url, shared="shared.json") == tmp_path / "shared.json"
    assert served.requests == 0


def test_the_committed_lock_names_each_source_as_what_it_is(committed: lock.Lock) -> None:
    assert sources.is_pinned_url(committed.pinned_url)
    assert "blnkfinance/blnk-docs" in committed.pinned_url
    assert committed.moving_url == paths.MOVING_SPEC_URL
    assert not sources.is_pinned_url(committed.moving_url)
    assert committed.read_from  # the file or URL the accepted bytes were read from


def test_a_stale_or_missing_cache_is_refused_with_the_command_that_fixes_it(
    committed: lock.Lock, tmp_path: Path, upstream_source: str
) -> None:
    cache = tmp_path / "openapi.json"
    with pytest.raises(locked.LockedUpstreamError, match=r"is missing: run the pull stage first \(nox -s pull\)"):
        locked.check_cache(cache, committed)
    cache.write_bytes(b'{"openapi": "3.0.0", "paths": {}}')
    with pytest.raises(locked.LockedUpstreamError, match=r"has sha256 \w+, but .* locks \w+: run nox -s pull"):
        locked.check_cache(cache, committed)
    cache.write_bytes(Path(upstream_source).read_bytes())
    locked.check_cache(cache, committed)
    moved = dataclasses.replace(committed, sha256="0" * 64)
    with pytest.raises(locked.LockedUpstreamError):
        locked.check_cache(cache, moved)
