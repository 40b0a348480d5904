"""The running Blnk server bench and faults measure against: named by BLNK_BASE_URL / BLNK_API_KEY."""

from __future__ import annotations

import os
import sys

import httpx


def require_server() -> tuple[str, str]:
    """The server's base URL and key; exits with one line when either is unset or nothing answers there."""
    base_url, key = os.environ.get("BLNK_BASE_URL"), os.environ.get("BLNK_API_KEY")
    if not base_url or not key:
        sys.exit("set BLNK_BASE_URL and BLNK_API_KEY to a running Blnk server")
    try:
        httpx.get(f"{base_url.rstrip('/')}/health", timeout=5.0)
    except httpx.HTTPError as error:
        sys.exit(
            f"no Blnk server answers at {base_url} ({type(error).__name__}: {error}): start one or fix BLNK_BASE_URL"
        )
    return base_url, key
