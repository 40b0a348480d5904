"""Reading upstream bytes from a URL or a file, and naming where they came from."""

from __future__ import annotations

import hashlib
import os
import re
import urllib.request
from pathlib import Path

from pipeline import paths

# A raw file at a full commit id never changes, unlike the docs URL.
PINNED_URL = re.compile(r"^https://raw\.githubusercontent\.com/[^/]+/[^/]+/[0-9a-f]{40}/.+")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch_bytes(source: str, timeout: float = 30.0) -> bytes:
    if is_url(source):
        request = urllib.request.Request(source, headers={"User-Agent": "blnk-client-pipeline"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return bytes(response.read())
    return Path(source.removeprefix("file://")).expanduser().read_bytes()


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def describe(source: str) -> str:
    """`source` as the lock records it: a URL as is, a file relative to the repository when it is beside it."""
    if is_url(source):
        return source
    path = Path(source.removeprefix("file://")).expanduser().resolve()
    relative = os.path.relpath(path, paths.ROOT)
    return relative if not relative.startswith(("../../", "..\\..\\")) else str(path)


def is_pinned_url(source: str) -> bool:
    return bool(PINNED_URL.match(source))
