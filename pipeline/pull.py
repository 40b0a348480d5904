"""Stage 1: fetch the upstream spec into the ignored cache and check it against the lock.

The lock (`spec/upstream.lock.json`) records where the spec came from, its sha256 and an
inventory of digests (one per operation, schema and field). The inventory is what lets a fresh
clone print a drift report without the previous upstream file, which is never committed.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import drift, openapi_document, paths


class PullError(Exception):
    """The upstream spec could not be fetched or is not a JSON OpenAPI 3 document."""


class DriftError(PullError):
    """The pulled spec differs from the lock and the change was not accepted."""


@dataclass(frozen=True)
class PullResult:
    source: str
    sha256: str
    report: drift.Report | None  # None when the spec matches the lock


def spec_source() -> str:
    return os.environ.get(paths.SPEC_URL_ENV) or paths.DEFAULT_SPEC_URL


def fetch_bytes(source: str, timeout: float = 30.0) -> bytes:
    if source.startswith(("http://", "https://")):
        request = urllib.request.Request(source, headers={"User-Agent": "blnk-client-pipeline"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return bytes(response.read())
    if source.startswith("file://"):
        source = source.removeprefix("file://")
    return Path(source).expanduser().read_bytes()


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_lock(lock_file: Path = paths.LOCK_FILE) -> dict[str, Any] | None:
    if not lock_file.exists():
        return None
    lock: dict[str, Any] = json.loads(lock_file.read_text())
    return lock


def write_lock(spec: dict[str, Any], sha256: str, url: str, lock_file: Path = paths.LOCK_FILE) -> None:
    lock = {"url": url, "sha256": sha256, "inventory": drift.inventory(spec)}
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    lock_file.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n")


def lock_url(source: str) -> str:
    """The URL the lock names: a local copy stands in for the public URL, so record that."""
    return source if source.startswith(("http://", "https://")) else paths.DEFAULT_SPEC_URL


def pull(
    *,
    source: str | None = None,
    accept: bool = False,
    cache: Path = paths.UPSTREAM_CACHE,
    lock_file: Path = paths.LOCK_FILE,
) -> PullResult:
    """Fetch the spec into `cache`; raise DriftError when it drifted from the lock and `accept` is off."""
    source = source or spec_source()
    try:
        data = fetch_bytes(source)
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise PullError(
            f"cannot read the upstream spec from {source}: {exc} (set {paths.SPEC_URL_ENV} to a URL or a file)"
        ) from exc
    try:
        spec = openapi_document.parse(data)
    except openapi_document.NotOpenAPIError as exc:
        raise PullError(f"{source} is not an OpenAPI 3 document: {exc}") from exc
    digest = sha256_of(data)
    lock = read_lock(lock_file)

    report: drift.Report | None = None
    if lock is None:
        write_lock(spec, digest, lock_url(source), lock_file)
    elif lock["sha256"] != digest:
        report = drift.compare(lock["inventory"], drift.inventory(spec))
        if not accept:
            raise DriftError(
                f"upstream spec from {source} has sha256 {digest}, the lock says {lock['sha256']}.\n"
                f"{report.render()}\n"
                "Review the change, then accept it with: nox -s pull -- --accept"
            )
        write_lock(spec, digest, lock_url(source), lock_file)

    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(data)
    return PullResult(source=source, sha256=digest, report=report)
