"""Turn a 4xx/5xx answer into the matching typed exception.

Blnk answers errors in several shapes (Blnk Core's `api/errors.go`, and a few handlers' own): the standard
`{"error"|"errors": legacy, "error_detail": {code, message, details}}`, the bare hook shape with a
top-level `code`, the backup shape whose `error` is an object, `{"status": "DOWN"}` from /health,
and Gin's text/plain `404 page not found` for unknown routes. `error_detail` wins when present.

Releases before v0.15.0 (no `error_detail`) answer a missing record as 400
`{"error": "NOT_FOUND: ..."}`, and a missing inflight or refund id as 400 `{"error": "no transaction
to commit"}` (`to void`, `to refund`): those raise NotFoundError with `code` NOT_FOUND (`status_code`
stays 400), as a 404 does on newer releases. The router's text/plain 404 raises RouteNotFoundError,
naming the operation and the release that added it (`_releases.py`, from the overlays).
"""

from __future__ import annotations

import json
import re

import httpx

from ._exceptions import APIStatusError, NotFoundError, RouteNotFoundError, error_class_for
from ._releases import ROUTES, SINCE, SUPPORTED

ROUTER_404 = "404 page not found"
LEGACY_NOT_FOUND = re.compile(r"^(NOT_FOUND:|no transaction to (commit|void|refund)\b)")


def error_from_response(response: httpx.Response) -> APIStatusError:
    if response.status_code == 404 and _is_router_404(response):
        return _route_not_found(response)
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
    if response.status_code == 400 and code is None and LEGACY_NOT_FOUND.match(message):
        cls, code = NotFoundError, "NOT_FOUND"  # before v0.15.0 a missing record is a 400
    return cls(message, response=response, code=code, details=details)


def _is_router_404(response: httpx.Response) -> bool:
    content_type = response.headers.get("content-type", "")
    return content_type.startswith("text/plain") and response.text.strip() == ROUTER_404


def route_of(method: str, path: str) -> str | None:
    """The operation (`METHOD /template`) a request path is sent to, literal routes first."""
    for route in ROUTES:
        verb, template = route.split(" ", 1)
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if verb == method.upper() and re.match(pattern, path):
            return route
    return None


def _route_not_found(response: httpx.Response) -> RouteNotFoundError:
    request = response.request
    route = route_of(request.method, request.url.path)
    since = SINCE.get(route) if route else None
    window = ", ".join(SUPPORTED)
    if route is None:
        message = f"this server has no route {request.method} {request.url.path}, nor does this client know one"
    elif since is not None:
        message = (
            f"this server has no route {route}: Blnk added it in {since}, so the server is older "
            f"(this client supports {window})"
        )
    else:
        message = (
            f"this server has no route {route}, which every supported release ({window}) has: "
            "is base_url a Blnk Core server?"
        )
    return RouteNotFoundError(message, response=response, route=route, since=since)


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
