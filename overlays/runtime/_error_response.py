"""Turn a 4xx/5xx answer into the matching typed exception.

Blnk answers errors in several shapes (`../shared/reference/blnk-api.md` §3): the standard
`{"error"|"errors": legacy, "error_detail": {code, message, details}}`, the bare hook shape with a
top-level `code`, the backup shape whose `error` is an object, `{"status": "DOWN"}` from /health,
and Gin's text/plain `404 page not found` for unknown routes. `error_detail` wins when present.
"""

from __future__ import annotations

import json

import httpx

from ._exceptions import APIStatusError, error_class_for


def error_from_response(response: httpx.Response) -> APIStatusError:
    body = _json_or_none(response)
    code: str | None = None
    message: str | None = None
    details: object = None

    if isinstance(body, dict):
        detail = body.get("error_detail")
        legacy = body.get("error", body.get("errors"))
        if isinstance(detail, dict):
            code = _str_or_none(detail.get("code"))
            message = _str_or_none(detail.get("message"))
            details = detail.get("details")
        elif isinstance(legacy, dict):  # the backup routes' nested shape
            code = _str_or_none(legacy.get("code"))
            message = _str_or_none(legacy.get("message"))
            details = legacy.get("details")
        if code is None:
            code = _str_or_none(body.get("code"))
        if message is None:
            message = _legacy_message(legacy) or _str_or_none(body.get("message")) or _str_or_none(body.get("reason"))
    if message is None:
        text = response.text.strip()
        message = text[:500] if text else (response.reason_phrase or "no response body")

    cls = error_class_for(response.status_code)
    return cls(message, response=response, code=code, details=details)


def _json_or_none(response: httpx.Response) -> object:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _legacy_message(legacy: object) -> str | None:
    if isinstance(legacy, str):
        return legacy or None
    if isinstance(legacy, list):  # query-filter parse errors: [{"Param": ..., "Message": ...}]
        parts = [f"{item.get('Param')}: {item.get('Message')}" for item in legacy if isinstance(item, dict)]
        return "; ".join(parts) or None
    return None
