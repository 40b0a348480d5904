"""Where every input and output of the pipeline lives, relative to the repository root."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CACHE = ROOT / ".cache"
UPSTREAM_CACHE = CACHE / "upstream" / "openapi.json"
LOCKED_CACHE = CACHE / "upstream" / "locked"  # the locked upstream downloaded from its pinned URL, by sha256

SPEC_DIR = ROOT / "spec"
LOCK_FILE = SPEC_DIR / "upstream.lock.json"
RESOLVED_SPEC = SPEC_DIR / "blnk-openapi.resolved.json"

OVERLAYS = ROOT / "overlays"
OVERLAY_INDEX = OVERLAYS / "index.yaml"
VOCABULARY = OVERLAYS / "vocabulary.yaml"  # the extensions the overlays may write
TEMPLATES = OVERLAYS / "templates"
RUNTIME = OVERLAYS / "runtime"
GENERATOR_CONFIG = OVERLAYS / "generator" / "openapi-python-client.yaml"

README = ROOT / "README.md"  # its release matrix block is generated (pipeline/releases.py)
GENERATED = ROOT / "generated"
PACKAGE_NAME = "blnk_client"

# The copy CI (and a maintainer's checkout) keeps beside the repository, with earlier versions.
SHARED_UPSTREAM = ROOT.parent / "shared" / "upstream"
SHARED_UPSTREAM_FILE = SHARED_UPSTREAM / "blnk-openapi.json"
SHARED_HISTORY = SHARED_UPSTREAM / "history"

MOVING_SPEC_URL = "https://docs.blnkfinance.com/openapi.json"  # what the docs publish now: drift checks only
PINNED_URL_EXAMPLE = "https://raw.githubusercontent.com/blnkfinance/blnk-docs/<commit>/openapi.json"
SPEC_URL_ENV = "BLNK_SPEC_URL"
