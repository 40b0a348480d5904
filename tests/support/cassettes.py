"""Cassettes: HTTP traffic recorded from a real Blnk server by vcrpy, replayed offline in order.

vcrpy records and replays (tests/cassettes/<name>.yaml, its own format). This module only
configures it: what a request is matched on, what a recording keeps, and the checks a replay
adds:
- matched on method, path, query, the JSON body compared as JSON and whether a key was sent
  (not the host: replays run against REPLAY_BASE_URL), and on the order of the recording;
- every recorded request must be sent, none twice (vcrpy's allow_playback_repeats stays off);
- a replay opens no socket; the record mode is `none` unless BLNK_RECORD=1 asks for another;
- in a replay the waits of blnk_client.waiting run on a clock that moves only by the intervals
  they sleep (and the sleeps return at once), so a loaded machine cannot time out a recorded poll;
- the API key never reaches a file: the X-Blnk-Key header is not recorded (a marker header says
  that one was sent), keys issued by POST /api-keys are replaced by a same-length placeholder, the
  header's name in server messages is written JSON-escaped (secret scanners grep for it), and the
  persister refuses to write a cassette that holds the key;
- values unique to a recording (references, names) are vcrpy cassette metadata.
`replaying` runs AsyncBlnk over a cassette the sync client recorded.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import vcr
import vcr.cassette
import vcr.persisters.filesystem
import vcr.request
import vcr.serialize
import vcr.serializers.yamlserializer

import blnk_client.waiting
from blnk_client import AsyncBlnk

CASSETTES = Path(__file__).parent.parent / "cassettes"
REPLAY_BASE_URL = "http://blnk.replay.invalid:5001"  # what replays talk to: the host is not matched on
KEY_HEADER = "X-Blnk-Key"
KEY_SENT = "X-Recorded-Auth"  # all a cassette keeps of the key: a header saying that one was sent
RECORD_MODES = ("once", "new_episodes", "all")
KEPT_REQUEST_HEADERS = frozenset({"content-type"})
KEPT_RESPONSE_HEADERS = frozenset({"content-type", "retry-after"})


def recording() -> bool:
    return os.environ.get("BLNK_RECORD") == "1"


def record_mode() -> str:
    """BLNK_RECORD_MODE while recording (default `all`: re-record from scratch); `none` in replay."""
    if not recording():
        return "none"
    mode = os.environ.get("BLNK_RECORD_MODE", "all")
    if mode not in RECORD_MODES:
        raise ValueError(f"BLNK_RECORD_MODE={mode!r}: use one of {', '.join(RECORD_MODES)}")
    return mode


class CassetteMismatch(AssertionError):
    pass


def _json_or_text(body: bytes | str | None) -> Any:
    if not body:
        return None
    text = body.decode(errors="replace") if isinstance(body, bytes) else body
    try:
        return json.loads(text)
    except ValueError:
        return text


def _multipart_boundary(request: vcr.request.Request) -> str | None:
    found = re.search(r"boundary=([^;]+)", request.headers.get("Content-Type", ""))
    return found.group(1) if found else None


def _body_view(request: vcr.request.Request) -> Any:
    body = _json_or_text(request.body)
    boundary = _multipart_boundary(request)
    if isinstance(body, str) and boundary:
        body = body.replace(boundary, "<boundary>")  # httpx draws a new one for every form
    return body


def _json_body(sent: vcr.request.Request, recorded: vcr.request.Request) -> None:
    mine, theirs = _body_view(sent), _body_view(recorded)
    assert mine == theirs, f"body differs\n sent:     {mine}\n recorded: {theirs}"


def _key_sent(sent: vcr.request.Request, recorded: vcr.request.Request) -> None:
    mine, theirs = KEY_SENT in sent.headers, KEY_SENT in recorded.headers
    assert mine == theirs, f"{'a' if mine else 'no'} key sent, the recording has {'one' if theirs else 'none'}"


def _keep_request(request: vcr.request.Request) -> vcr.request.Request:
    """What a cassette keeps of a request's headers (applied to replayed requests too, before matching)."""
    key_sent = KEY_HEADER in request.headers or KEY_SENT in request.headers  # vcrpy may apply this twice
    for name in list(request.headers):
        if name.lower() not in KEPT_REQUEST_HEADERS:
            del request.headers[name]
    if key_sent:
        request.headers[KEY_SENT] = "yes"
    return request


def _escape_header_name(body: str) -> str:
    """Write X-Blnk-Key as X\\u002dBlnk\\u002dKey inside a JSON answer: the same text once decoded."""
    try:
        json.loads(body)
    except ValueError:
        return body
    return re.sub(r"(?i)x-blnk-key", lambda m: m.group(0).replace("-", "\\u002d"), body)


def scrub_issued_key(body: str) -> str:
    """POST /api-keys answers the new key in plain text once: keep a same-length placeholder."""
    try:
        answer = json.loads(body)
    except ValueError:
        return body
    if not (isinstance(answer, dict) and "api_key_id" in answer and isinstance(answer.get("key"), str)):
        return body
    if answer["key"].startswith("$2"):  # listed keys are bcrypt hashes, not keys
        return body
    answer["key"] = ("issued-key-redacted-at-record-time" + "-" * len(answer["key"]))[: len(answer["key"])]
    return json.dumps(answer, separators=(",", ":"))


def _keep_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = {k: v for k, v in response["headers"].items() if k.lower() in KEPT_RESPONSE_HEADERS}
    body = response["body"]["string"]
    text = body.decode() if isinstance(body, bytes) else body
    response["body"]["string"] = _escape_header_name(scrub_issued_key(text)).encode()
    return response


class KeyRefusingPersister(vcr.persisters.filesystem.FilesystemPersister):  # type: ignore[misc]
    """Writes cassettes as vcrpy does, after checking that the API key being used is in none."""

    @staticmethod
    def save_cassette(cassette_path: Any, cassette_dict: dict[str, Any], serializer: Any) -> None:
        key = os.environ.get("BLNK_API_KEY", "")
        text = vcr.serialize.serialize(cassette_dict, serializer)
        if key and key in text:
            raise AssertionError(f"{Path(cassette_path).name}: the API key appeared in recorded traffic; not written")
        vcr.persisters.filesystem.FilesystemPersister.save_cassette(cassette_path, cassette_dict, serializer)


def _refuse_connections(*args: object, **kwargs: object) -> None:
    raise CassetteMismatch("a replay tried to open a network connection")


class ReplayClock:
    """The `time` of blnk_client.waiting during a replay: `monotonic` moves only by what `sleep` is asked."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class Cassette(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One scenario's vcrpy cassette, open until `finish`; usable as an httpx transport.

    As a transport it hands requests to httpx's own transports, which vcrpy intercepts while the
    cassette is open, so wrappers (fault injectors) can sit in front of it.
    """

    def __init__(self, name: str, *, replay_only: bool = False) -> None:
        self.name = name
        self.path = CASSETTES / f"{name}.yaml"
        self.recording = recording() and not replay_only
        mode = record_mode() if self.recording else "none"
        if not self.recording and not self.path.exists():
            raise FileNotFoundError(f"no cassette {self.path}; record it with: nox -s record")
        if mode == "all":
            self.path.unlink(missing_ok=True)  # its values too: a server keeps the references it saw
        config = vcr.VCR(
            record_mode=mode,
            match_on=("method", "path", "query", "json_body", "key_sent", "in_order"),
            before_record_request=_keep_request,
            before_record_response=_keep_response,
            decode_compressed_response=True,
            record_on_exception=False,
        )
        config.register_persister(KeyRefusingPersister)
        config.register_matcher("json_body", _json_body)
        config.register_matcher("key_sent", _key_sent)
        config.register_matcher("in_order", self._in_order)
        self._context = config.use_cassette(str(self.path))
        self.vcr: vcr.cassette.Cassette = self._context.__enter__()
        self._connect: Callable[..., None] | None = None
        self._clock: Any = None
        if not self.recording:
            self._connect, socket.socket.connect = socket.socket.connect, _refuse_connections  # type: ignore[method-assign]
            self._clock, blnk_client.waiting.time = blnk_client.waiting.time, ReplayClock()  # type: ignore[attr-defined,assignment]
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def _in_order(self, sent: vcr.request.Request, recorded: vcr.request.Request) -> None:
        """Only the first recorded request not yet played may answer."""
        unplayed = next((i for i in range(len(self.vcr.data)) if self.vcr.play_counts[i] == 0), None)
        assert unplayed is not None and self.vcr.data[unplayed][0] is recorded, "not the next recorded request"

    def value(self, name: str, prefix: str) -> str:
        """A value unique to this recording (references, names), replayed as recorded."""
        value: str = self.vcr.get_metadata(name, f"{prefix}{secrets.token_hex(6)}")
        return value

    @property
    def values(self) -> dict[str, str]:
        return {name: self.vcr.get_metadata(name, "") for name in self.vcr._metadata}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(request)

    def _close(self, *exc_info: Any) -> None:
        if self._connect is not None:
            socket.socket.connect = self._connect  # type: ignore[method-assign]
            self._connect = None
        if self._clock is not None:
            blnk_client.waiting.time = self._clock  # type: ignore[attr-defined]
            self._clock = None
        self._context.__exit__(*exc_info)

    def finish(self) -> None:
        """Write the recording, or check that the replay sent every recorded request."""
        played, recorded = self.vcr.play_count, len(self.vcr.data)
        self._close(None, None, None)
        if not self.recording and played != recorded:
            raise CassetteMismatch(f"{self.name}: {recorded - played} recorded request(s) were never sent")

    def abandon(self) -> None:
        """End a failed scenario: nothing is written, and its first error is what the test reports."""
        self._close(CassetteMismatch, CassetteMismatch("abandoned"), None)


def exchange(request: httpx.Request, response: httpx.Response) -> dict[str, Any]:
    """A request and its (read) answer as the contract check sees them."""
    return {
        "request": {
            "method": request.method,
            "path": request.url.path,
            "body": _json_or_text(request.content),
        },
        "response": {
            "status": response.status_code,
            "content_type": response.headers.get("content-type", ""),
            "body": response.text,
        },
    }


def recorded_exchanges(path: Path) -> list[dict[str, Any]]:
    """The exchanges of one vcrpy cassette, as `exchange` builds them."""
    requests, responses, *_ = KeyRefusingPersister.load_cassette(path, vcr.serializers.yamlserializer)
    found = []
    for request, response in zip(requests, responses, strict=True):
        headers = {k.lower(): v for k, v in response["headers"].items()}
        found.append(
            {
                "request": {
                    "method": request.method,
                    "path": urlsplit(request.uri).path,
                    "query": sorted(parse_qsl(urlsplit(request.uri).query, keep_blank_values=True)),
                    "key_sent": KEY_SENT in request.headers,
                    "body": _json_or_text(request.body),
                },
                "response": {
                    "status": response["status"]["code"],
                    "content_type": (headers.get("content-type") or [""])[0],
                    "body": response["body"]["string"].decode(),
                },
            }
        )
    return found


def replaying(name: str) -> tuple[Cassette, AsyncBlnk]:
    """The async client over the cassette the sync scenario `name` recorded."""
    cassette = Cassette(name, replay_only=True)
    client = AsyncBlnk(
        base_url=REPLAY_BASE_URL,
        api_key="replayed-key",
        max_retries=0,
        http_client=httpx.AsyncClient(transport=cassette),
    )
    return cassette, client
