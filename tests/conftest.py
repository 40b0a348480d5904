from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import blnk_client.waiting
from blnk_client import Blnk
from pipeline import lock, locked, paths
from tests.support import cassette_names
from tests.support.cassettes import REPLAY_BASE_URL, Cassette


@pytest.fixture(scope="session")
def upstream_source() -> str:
    """The locked upstream as a local file: BLNK_SPEC_URL, else ../shared/upstream, else the lock's pinned URL."""
    try:
        found = locked.locked_upstream_file(
            lock.require(paths.LOCK_FILE), env_source=os.environ.get(paths.SPEC_URL_ENV)
        )
    except (locked.LockedUpstreamError, lock.LockError) as exc:
        pytest.fail(str(exc), pytrace=False)
    return str(found)


@pytest.fixture(scope="session")
def history() -> list[Path]:
    """The real earlier upstream versions; CI has them (.ci/run insists), a fresh clone may not."""
    files = sorted(paths.SHARED_HISTORY.glob("blnk-openapi.*.json"))
    if len(files) < 2:
        pytest.skip(f"no upstream history in {paths.SHARED_HISTORY}; the synthetic drift tests prove the same")
    return files


@pytest.fixture(autouse=True)
def replay_guards_lifted() -> Iterator[None]:
    """A replay blocks sockets and swaps the waits' clock until it ends; a scenario that died before
    ending must not leak either."""
    connect, clock = socket.socket.connect, blnk_client.waiting.time  # type: ignore[attr-defined]
    yield
    socket.socket.connect = connect  # type: ignore[method-assign]
    blnk_client.waiting.time = clock  # type: ignore[attr-defined]


@pytest.hookimpl(tryfirst=True)  # before -k and -m deselect: every collected test's name is checked
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    cassette_names.assign(items)


@pytest.fixture
def cassette(request: pytest.FixtureRequest) -> Iterator[Cassette]:
    """The cassette the test's `@pytest.mark.cassette("NAME")` names (tests/support/cassette_names.py)."""
    recorded = Cassette(request.node.stash[cassette_names.NAME])
    yield recorded
    if request.node.stash.get(FAILED, False):
        recorded.abandon()  # a failed scenario neither writes a cassette nor hides its first error
        return
    recorded.finish()


@pytest.fixture
def blnk(cassette: Cassette) -> Iterator[Blnk]:
    """The sync client, talking to the real server (record) or to the cassette (replay)."""
    base_url = os.environ["BLNK_BASE_URL"] if cassette.recording else REPLAY_BASE_URL
    api_key = os.environ["BLNK_API_KEY"] if cassette.recording else "replayed-key"
    with Blnk(
        base_url=base_url, api_key=api_key, max_retries=0, http_client=httpx.Client(transport=cassette)
    ) as client:
        yield client


@pytest.fixture
def keyless(cassette: Cassette) -> Iterator[Blnk]:
    """A client that sends no X-Blnk-Key, over the same cassette."""
    base_url = os.environ["BLNK_BASE_URL"] if cassette.recording else REPLAY_BASE_URL
    with Blnk(base_url=base_url, api_key="", max_retries=0, http_client=httpx.Client(transport=cassette)) as client:
        yield client


FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    if report.when == "call" and report.failed:
        item.stash[FAILED] = True
    return report


@pytest.fixture(scope="session", autouse=True)
def webhook_receiver() -> Iterator[None]:
    """While recording, keep the webhooks the server posts (see tests/support/webhook_receiver.py)."""
    from tests.support.cassettes import recording
    from tests.support.webhook_receiver import Receiver

    if not recording():
        yield
        return
    with Receiver(os.environ.get("BLNK_WEBHOOK_RECEIVER", "127.0.0.1:5099")) as receiver:
        yield
        receiver.settle()
        receiver.save()
