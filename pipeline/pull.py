"""Stage 1: fetch the upstream spec into the ignored cache and check it against the lock.

The lock (`spec/upstream.lock.json`, see pipeline/lock.py) records the accepted spec's sha256,
where its bytes came from, and an inventory of digests (per operation, schema, field and other
component). The inventory is what lets a fresh clone print a drift report without the previous
upstream file, which is never committed.
"""

from __future__ import annotations

import http.client
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import drift, drift_render, lock, locked, openapi_document, overlay, paths, shadow
from pipeline.sources import describe, fetch_bytes, is_pinned_url, sha256_of


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
    return os.environ.get(paths.SPEC_URL_ENV) or paths.MOVING_SPEC_URL


def read_upstream(source: str) -> tuple[bytes, dict[str, Any]]:
    """The bytes at `source` and the OpenAPI document they hold; PullError in one line otherwise."""
    try:
        data = fetch_bytes(source)
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise PullError(
            f"cannot read the upstream spec from {source}: {exc} (set {paths.SPEC_URL_ENV} to a URL or a file)"
        ) from exc
    try:
        return data, openapi_document.parse(data)
    except openapi_document.NotOpenAPIError as exc:
        raise PullError(f"{source} is not an OpenAPI 3 document: {exc}") from exc


def _locked_version(current: lock.Lock, cache: Path, shared_file: Path) -> tuple[dict[str, Any] | None, str]:
    """The locked upstream itself, for a report that shows each change, and where it was read from."""
    try:
        if cache.exists() and sha256_of(cache.read_bytes()) == current.sha256:
            found = cache
        else:
            found = locked.locked_upstream_file(current, env_source=None, shared_file=shared_file)
        return openapi_document.parse(found.read_bytes()), f"locked version read from {describe(str(found))}"
    except (locked.LockedUpstreamError, openapi_document.NotOpenAPIError) as exc:
        return None, f"the locked version is unavailable, so kinds of change only: {exc}"


def drift_report(
    current: lock.Lock,
    spec: dict[str, Any],
    *,
    cache: Path,
    shared_file: Path = paths.SHARED_UPSTREAM_FILE,
    overlay_index: Path = paths.OVERLAY_INDEX,
    resolved_spec: Path = paths.RESOLVED_SPEC,
) -> drift.Report:
    """How `spec` differs from the lock, and what each change means for the client."""
    old_spec, where = _locked_version(current, cache, shared_file)
    report = drift.compare(current.inventory, spec, old_spec)
    report.locked_version = where
    shadow.explain(report, spec, overlay.load_index(overlay_index), json.loads(resolved_spec.read_text()))
    return report


def _pinned_url_for(source: str, given: str | None) -> str:
    if given:
        return given
    if is_pinned_url(source):
        return source
    raise PullError(
        f"accepting {source} needs --pinned-url: an immutable URL of exactly these bytes, such as "
        f"{paths.PINNED_URL_EXAMPLE} at the docs commit that published them (fresh clones download the "
        "locked upstream from it)"
    )


def pull(
    *,
    source: str | None = None,
    accept: bool = False,
    pinned_url: str | None = None,
    cache: Path = paths.UPSTREAM_CACHE,
    lock_file: Path = paths.LOCK_FILE,
    shared_file: Path = paths.SHARED_UPSTREAM_FILE,
) -> PullResult:
    """Fetch the spec into `cache`; raise DriftError when it drifted from the lock and `accept` is off."""
    source = source or spec_source()
    data, spec = read_upstream(source)
    digest = sha256_of(data)
    try:
        current = lock.read(lock_file)
    except lock.LockError as exc:
        raise PullError(str(exc)) from exc

    report: drift.Report | None = None
    if current is None or current.sha256 != digest:
        if current is not None:
            report = drift_report(current, spec, cache=cache, shared_file=shared_file)
            if not accept:
                raise DriftError(
                    f"upstream spec from {source} has sha256 {digest}, the lock says {current.sha256}.\n"
                    f"{drift_render.render(report)}\n"
                    "Review the change, then accept it with: nox -s pull -- --accept --pinned-url URL"
                )
        accepted = lock.Lock(
            sha256=digest,
            read_from=describe(source),
            moving_url=paths.MOVING_SPEC_URL,
            pinned_url=_pinned_url_for(source, pinned_url),
            inventory=drift.inventory(spec),
        )
        lock.write(accepted, lock_file)

    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(data)
    return PullResult(source=source, sha256=digest, report=report)
