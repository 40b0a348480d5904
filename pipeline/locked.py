"""The locked upstream as a local file whose sha256 is the lock's, and the check that a cache is it.

Where it comes from, in order: `BLNK_SPEC_URL`; `../shared/upstream` beside the clone; otherwise
the lock's pinned URL, downloaded once into `.cache/`. The moving docs URL is never used here: its
content changes, and only the pull stage's drift check reads it.
"""

from __future__ import annotations

import http.client
import os
from pathlib import Path

from pipeline import paths
from pipeline.lock import Lock
from pipeline.sources import fetch_bytes, is_url, sha256_of


class LockedUpstreamError(Exception):
    """The locked upstream cannot be obtained, or what was obtained is not it; one line."""


def locked_upstream_file(
    lock: Lock,
    *,
    env_source: str | None,
    shared_file: Path = paths.SHARED_UPSTREAM_FILE,
    cache_dir: Path = paths.LOCKED_CACHE,
    pinned_url: str | None = None,
) -> Path:
    """A local file holding exactly the locked upstream; LockedUpstreamError when there is none."""
    if env_source:
        return _verified(env_source, f"{paths.SPEC_URL_ENV}={env_source}", lock, cache_dir)
    if shared_file.exists():
        return _verified(str(shared_file), str(shared_file), lock, cache_dir)
    pinned = pinned_url or lock.pinned_url
    try:
        return _verified(pinned, f"the pinned {pinned}", lock, cache_dir)
    except _Unreadable as exc:
        raise LockedUpstreamError(
            f"cannot download the locked upstream from {pinned} ({exc}); "
            f"offline, set {paths.SPEC_URL_ENV} to a copy of it (sha256 {lock.sha256})"
        ) from exc


class _Unreadable(LockedUpstreamError):
    pass


def _verified(source: str, named: str, lock: Lock, cache_dir: Path) -> Path:
    """`source` as a local file, after checking its sha256; URLs are downloaded once into `cache_dir`."""
    if not is_url(source):
        path = Path(source.removeprefix("file://")).expanduser()
        _check(_read(source), named, lock)
        return path
    cached = cache_dir / f"{lock.sha256}.json"
    if cached.exists() and sha256_of(cached.read_bytes()) == lock.sha256:
        return cached
    data = _read(source)
    _check(data, named, lock)
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.partial")
    partial.write_bytes(data)
    partial.replace(cached)  # a download cut short never looks like the locked file
    return cached


def _read(source: str) -> bytes:
    try:
        return fetch_bytes(source)
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise _Unreadable(f"cannot read {source}: {exc}" if not is_url(source) else str(exc)) from exc


def _check(data: bytes, named: str, lock: Lock) -> None:
    digest = sha256_of(data)
    if digest != lock.sha256:
        raise LockedUpstreamError(
            f"{named} has sha256 {digest}, but spec/upstream.lock.json locks {lock.sha256}: "
            "point it at the locked upstream, or run nox -s pull to review the drift"
        )


def check_cache(cache: Path, lock: Lock | None) -> None:
    """Refuse a pulled upstream that is missing or is not the locked one: stale input is never used."""
    if not cache.exists():
        raise LockedUpstreamError(f"{_shown(cache)} is missing: run the pull stage first (nox -s pull)")
    if lock is None:
        raise LockedUpstreamError("spec/upstream.lock.json is missing: run the pull stage first (nox -s pull)")
    digest = sha256_of(cache.read_bytes())
    if digest != lock.sha256:
        raise LockedUpstreamError(
            f"{_shown(cache)} has sha256 {digest}, but spec/upstream.lock.json locks {lock.sha256}: "
            "run nox -s pull (it refreshes the cache, or reports the drift to accept with nox -s pull -- --accept)"
        )


def _shown(path: Path) -> str:
    return str(path.relative_to(paths.ROOT)) if path.is_relative_to(paths.ROOT) else str(path)
