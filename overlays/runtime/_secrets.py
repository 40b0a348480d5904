"""Keeping secrets out of sight: the API key after a request is sent, and secret model fields.

Errors and raw responses expose the `httpx.Request` that was sent, and exceptions chain httpx's
own errors, which hold the same request. Redacting that one object once the last attempt is over
covers every path that can reach it: attributes, `__cause__`, reprs, logs and pickles.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

import httpx

API_KEY_HEADER: Final = "X-Blnk-Key"
REDACTED: Final = "<redacted>"


def redact_sent(request: httpx.Request) -> None:
    """Overwrite the API key of a request whose attempts are over."""
    if API_KEY_HEADER in request.headers:
        request.headers[API_KEY_HEADER] = REDACTED


# The dataclass field metadata of a model field holding a secret (an issued API key, a detokenized
# value): its repr shows REDACTED (_model_repr.py).
SECRET_FIELD: Final = MappingProxyType({"secret": True})
