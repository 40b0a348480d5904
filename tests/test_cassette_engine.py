"""The guarantees the vcrpy configuration in tests/support/cassettes.py adds, each shown failing when broken.

They replay a cassette the real server recorded (the ledger lifecycle) with deliberate deviations.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import vcr.errors
import vcr.request
import vcr.serializers.yamlserializer

import blnk_client.waiting
from tests.support import cassettes
from tests.support.cassettes import (
    REPLAY_BASE_URL,
    Cassette,
    CassetteMismatch,
    KeyRefusingPersister,
    ReplayClock,
    scrub_issued_key,
)

NAME = "test_ledger_lifecycle"


@pytest.fixture
def replay(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Cassette, httpx.Client, str, str]]:
    monkeypatch.delenv("BLNK_RECORD", raising=False)
    cassette = Cassette(NAME, replay_only=True)
    first = cassettes.recorded_exchanges(cassette.path)[0]["response"]["body"]
    ledger_id = json.loads(first)["ledger_id"]
    client = httpx.Client(base_url=REPLAY_BASE_URL, transport=cassette, headers={"X-Blnk-Key": "k"})
    try:
        yield cassette, client, cassette.values["name"], ledger_id
    finally:
        cassette.abandon()


def _create(client: httpx.Client, name: str) -> httpx.Response:
    return client.post(
        "/ledgers", json={"name": name, "meta_data": {"team": "payments", "limit": 12345678901234567891}}
    )


def test_values_unique_to_a_recording_replay_as_recorded(replay: tuple[Cassette, httpx.Client, str, str]) -> None:
    cassette, client, name, _ = replay
    assert cassette.value("name", "ignored-") == name and name.startswith("wallets-")
    assert _create(client, name).status_code == 201


def test_json_bodies_compare_as_json(replay: tuple[Cassette, httpx.Client, str, str]) -> None:
    _, client, name, _ = replay
    same_json_other_text = json.dumps({"meta_data": {"limit": 12345678901234567891, "team": "payments"}, "name": name})
    response = client.post("/ledgers", content=same_json_other_text, headers={"content-type": "application/json"})
    assert response.status_code == 201


def test_a_different_body_fails_with_a_readable_diff(replay: tuple[Cassette, httpx.Client, str, str]) -> None:
    _, client, name, _ = replay
    with pytest.raises(vcr.errors.CannotOverwriteExistingCassetteException, match="body differs"):
        _create(client, name + "-other")


def test_a_request_without_the_recorded_key_fails(replay: tuple[Cassette, httpx.Client, str, str]) -> None:
    _, client, name, _ = replay
    del client.headers["X-Blnk-Key"]
    with pytest.raises(vcr.errors.CannotOverwriteExistingCassetteException, match="no key sent"):
        _create(client, name)


def test_requests_are_answered_in_recorded_order(replay: tuple[Cassette, httpx.Client, str, str]) -> None:
    _, client, _, ledger_id = replay
    with pytest.raises(vcr.errors.CannotOverwriteExistingCassetteException, match="not the next recorded request"):
        client.get(f"/ledgers/{ledger_id}")  # recorded, but second: the create comes first


def test_no_request_is_answered_twice(replay: tuple[Cassette, httpx.Client, str, str]) -> None:
    cassette, client, name, ledger_id = replay
    _create(client, name)
    recorded_gets = sum(1 for e in cassettes.recorded_exchanges(cassette.path)[1:3] if e["request"]["method"] == "GET")
    for _ in range(recorded_gets):
        client.get(f"/ledgers/{ledger_id}")
    with pytest.raises(vcr.errors.CannotOverwriteExistingCassetteException):
        client.get(f"/ledgers/{ledger_id}")


def test_a_recorded_request_left_unsent_fails_the_replay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BLNK_RECORD", raising=False)
    cassette = Cassette(NAME, replay_only=True)
    with pytest.raises(CassetteMismatch, match="were never sent"):
        cassette.finish()


def test_a_replay_opens_no_connection(replay: tuple[Cassette, httpx.Client, str, str]) -> None:
    with pytest.raises(CassetteMismatch, match="network connection"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_the_key_is_not_recorded_only_that_one_was_sent() -> None:
    request = vcr.request.Request(
        "GET", "http://h/ledgers", b"", {"X-Blnk-Key": "secret", "Authorization": "Bearer t", "Accept": "*/*"}
    )
    kept = cassettes._keep_request(request)
    assert dict(kept.headers) == {cassettes.KEY_SENT: "yes"}
    assert dict(cassettes._keep_request(kept).headers) == {cassettes.KEY_SENT: "yes"}  # vcrpy applies it again
    keyless = cassettes._keep_request(vcr.request.Request("GET", "http://h/ledgers", b"", {"Accept": "*/*"}))
    assert dict(keyless.headers) == {}


def test_the_key_header_name_is_escaped_in_json_answers() -> None:
    answer = {"status": {"code": 401, "message": ""}, "headers": {}, "body": {"string": b'{"error":"Use X-Blnk-Key"}'}}
    kept = cassettes._keep_response(answer)["body"]["string"]
    assert b"X-Blnk-Key" not in kept and json.loads(kept) == {"error": "Use X-Blnk-Key"}


def test_issued_keys_are_replaced_at_record_time() -> None:
    issued = json.dumps({"api_key_id": "api_key_1", "key": "Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg=", "name": "n"})
    scrubbed = json.loads(scrub_issued_key(issued))
    assert scrubbed["key"].startswith("issued-key-redacted") and len(scrubbed["key"]) == 44
    listed = json.dumps({"api_key_id": "api_key_1", "key": "$2a$10$hash"})
    assert scrub_issued_key(listed) == listed


def test_the_persister_refuses_a_cassette_holding_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BLNK_API_KEY", "the-master-key-value")
    request = vcr.request.Request("GET", "http://h/ledgers", b"", {})
    answer = {"status": {"code": 200, "message": "OK"}, "headers": {}, "body": {"string": b"the-master-key-value"}}
    with pytest.raises(AssertionError, match="the API key appeared"):
        KeyRefusingPersister.save_cassette(
            tmp_path / "c.yaml", {"requests": [request], "responses": [answer]}, vcr.serializers.yamlserializer
        )
    assert not (tmp_path / "c.yaml").exists()


@pytest.mark.parametrize(
    ("env", "mode"),
    [({}, "none"), ({"BLNK_RECORD": "1"}, "all"), ({"BLNK_RECORD": "1", "BLNK_RECORD_MODE": "once"}, "once")],
)
def test_record_modes(env: dict[str, str], mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BLNK_RECORD", "BLNK_RECORD_MODE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert cassettes.record_mode() == mode


def test_an_unknown_record_mode_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BLNK_RECORD", "1")
    monkeypatch.setenv("BLNK_RECORD_MODE", "sometimes")
    with pytest.raises(ValueError, match="use one of once, new_episodes, all"):
        cassettes.record_mode()


def test_a_replays_waits_run_on_a_clock_only_their_sleeps_move(monkeypatch: pytest.MonkeyPatch) -> None:
    """A recorded poll cannot time out on a loaded machine: real time does not reach the waits' deadline."""
    monkeypatch.delenv("BLNK_RECORD", raising=False)
    cassette = Cassette(NAME, replay_only=True)
    clock = blnk_client.waiting.time  # type: ignore[attr-defined]
    try:
        assert isinstance(clock, ReplayClock)
        start = clock.monotonic()
        time.sleep(0.01)
        assert clock.monotonic() == start
        clock.sleep(30.0)
        assert clock.monotonic() == start + 30.0
    finally:
        cassette.abandon()
    assert blnk_client.waiting.time is time  # type: ignore[attr-defined]
