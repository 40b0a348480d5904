"""What the client answers, against recorded traffic from a real Blnk server, where the shape of
an answer is easy to get wrong: a closed client."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from blnk_client import AsyncBlnk, Blnk, ClientClosedError
from tests.cassettes import Cassette
from tests.conftest import REPLAY_BASE_URL

pytestmark = pytest.mark.cassette


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


def test_a_closed_client_refuses_to_send(blnk: Blnk) -> None:
    assert blnk.ledgers.get("general_ledger_id").ledger_id == "general_ledger_id"
    blnk.close()
    with pytest.raises(ClientClosedError, match="Blnk is closed"):
        blnk.ledgers.get("general_ledger_id")  # the cassette holds one request: nothing else was sent


def test_a_closed_async_client_refuses_to_send() -> None:
    cassette, client = replaying("test_a_closed_client_refuses_to_send")

    async def scenario() -> None:
        async with client:
            await client.ledgers.get("general_ledger_id")
        with pytest.raises(ClientClosedError, match="AsyncBlnk is closed"):
            await client.ledgers.get("general_ledger_id")

    asyncio.run(scenario())
    cassette.finish()
