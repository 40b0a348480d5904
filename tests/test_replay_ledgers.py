"""Ledgers against recorded traffic from a real Blnk server: each operation's success and errors."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from blnk_client import AsyncBlnk, AuthenticationError, BadRequestError, Blnk, NotFoundError
from blnk_client.models import Ledger, LedgerPage
from tests.support.cassettes import REPLAY_BASE_URL, Cassette

pytestmark = pytest.mark.cassette

MISSING_LEDGER = "ldg_00000000-0000-4000-8000-000000000000"


@pytest.mark.cassette("test_ledger_lifecycle")
def test_ledger_lifecycle(blnk: Blnk, cassette: Cassette) -> None:
    name = cassette.value("name", "wallets-")
    big = 12345678901234567891
    ledger = blnk.ledgers.create(name=name, meta_data={"team": "payments", "limit": big})
    assert isinstance(ledger, Ledger)
    assert ledger.ledger_id.startswith("ldg_") and ledger.name == name
    # The client sends the exact integer; the server keeps meta_data in a Go map, so its numbers
    # come back as float64 would hold them. Amounts belong in precise_amount, never in metadata.
    assert ledger.meta_data is not None and ledger.meta_data["limit"] == 12_345_678_901_234_567_000 != big

    fetched = blnk.ledgers.get(ledger.ledger_id)
    assert (fetched.ledger_id, fetched.name, fetched.created_at.year) == (
        ledger.ledger_id,
        name,
        ledger.created_at.year,
    )

    raw = blnk.ledgers.with_raw_response.get(ledger.ledger_id)
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
    assert raw.parse().ledger_id == ledger.ledger_id and raw.http_response.json()["name"] == name

    renamed = blnk.ledgers.update(ledger.ledger_id, name=f"{name}-renamed")
    assert renamed.name == f"{name}-renamed" and renamed.ledger_id == ledger.ledger_id

    listed = blnk.ledgers.list(limit=100)
    assert ledger.ledger_id in [row.ledger_id for row in listed]
    assert [row.ledger_id for row in blnk.ledgers.list(filters={"name_eq": f"{name}-renamed"})] == [ledger.ledger_id]

    condition = {"field": "name", "operator": "eq", "value": f"{name}-renamed"}
    filtered = blnk.ledgers.filter(filters=[condition])  # type: ignore[list-item]
    assert isinstance(filtered, list) and [row.ledger_id for row in filtered] == [ledger.ledger_id]
    page = blnk.ledgers.filter(filters=[condition], include_count=True)  # type: ignore[list-item]
    assert isinstance(page, LedgerPage) and page.total_count == 1 and page.data[0].ledger_id == ledger.ledger_id


@pytest.mark.cassette("test_ledger_errors")
def test_ledger_errors(blnk: Blnk) -> None:
    with pytest.raises(NotFoundError) as missing:
        blnk.ledgers.get(MISSING_LEDGER)
    assert (missing.value.status_code, missing.value.code) == (404, "LGR_NOT_FOUND")

    with pytest.raises(NotFoundError) as update_missing:
        blnk.ledgers.update(MISSING_LEDGER, name="x")
    assert update_missing.value.code == "LGR_NOT_FOUND"

    with pytest.raises(BadRequestError) as bad_field:
        blnk.ledgers.filter(filters=[{"field": "colour", "operator": "eq", "value": "red"}])
    assert bad_field.value.code in {"GEN_BAD_REQUEST", "GEN_VALIDATION_ERROR"}

    with pytest.raises(BadRequestError) as unknown_column:
        blnk.ledgers.list(filters={"colour_eq": "red"})
    assert unknown_column.value.code == "GEN_BAD_REQUEST" and "colour" in unknown_column.value.message

    with pytest.raises(BadRequestError) as bad_between:
        blnk.ledgers.list(filters={"created_at_between": "2024-01-01"})  # between needs "a|b"
    assert bad_between.value.code == "GEN_VALIDATION_ERROR"


@pytest.mark.cassette("test_authentication_is_the_x_blnk_key_header")
def test_authentication_is_the_x_blnk_key_header(keyless: Blnk) -> None:
    with pytest.raises(AuthenticationError) as raised:
        keyless.ledgers.list()
    assert (raised.value.status_code, raised.value.code) == (401, "AUTH_MISSING_API_KEY")
    assert "X-Blnk-Key" in raised.value.message
    with pytest.raises(AuthenticationError):
        keyless.ledgers.create(name="never created")


def test_async_client_replays_the_same_traffic() -> None:
    """AsyncBlnk is rendered from the same template: it must send exactly what the sync client sent."""
    cassette = Cassette("test_ledger_lifecycle", replay_only=True)
    name = cassette.values["name"]

    async def scenario() -> None:
        transport = httpx.AsyncClient(transport=cassette)
        async with AsyncBlnk(
            base_url=REPLAY_BASE_URL, api_key="replayed-key", max_retries=0, http_client=transport
        ) as blnk:
            ledger = await blnk.ledgers.create(name=name, meta_data={"team": "payments", "limit": 12345678901234567891})
            fetched = await blnk.ledgers.get(ledger.ledger_id)
            raw = await blnk.ledgers.with_raw_response.get(ledger.ledger_id)
            assert raw.status_code == 200 and raw.parse().ledger_id == fetched.ledger_id == ledger.ledger_id
            renamed = await blnk.ledgers.update(ledger.ledger_id, name=f"{name}-renamed")
            assert renamed.name == f"{name}-renamed"
            assert ledger.ledger_id in [row.ledger_id for row in await blnk.ledgers.list(limit=100)]
            await blnk.ledgers.list(filters={"name_eq": f"{name}-renamed"})
            condition = {"field": "name", "operator": "eq", "value": f"{name}-renamed"}
            await blnk.ledgers.filter(filters=[condition])  # type: ignore[list-item]
            page = await blnk.ledgers.filter(filters=[condition], include_count=True)  # type: ignore[list-item]
            assert isinstance(page, LedgerPage) and page.total_count == 1

    asyncio.run(scenario())
    cassette.finish()  # every recorded request was sent, in order


@pytest.mark.cassette("test_ledger_pages")
def test_ledger_pages(blnk: Blnk, cassette: Cassette) -> None:
    prefix = cassette.value("prefix", "paged-")
    created = [blnk.ledgers.create(name=f"{prefix}-{n}").ledger_id for n in range(5)]

    listed = [row.ledger_id for row in blnk.ledgers.list_all(limit=2, filters={"name_like": f"{prefix}%"})]
    assert sorted(listed) == sorted(created)  # three pages: 2 + 2 + 1

    condition = {"field": "name", "operator": "like", "value": f"{prefix}%"}
    filtered = [row.ledger_id for row in blnk.ledgers.filter_all(filters=[condition], limit=3)]  # type: ignore[list-item]
    assert sorted(filtered) == sorted(created)  # two pages: 3 + 2
