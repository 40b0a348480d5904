"""What the client answers, against recorded traffic from a real Blnk server, where the shape of
an answer is easy to get wrong: no rows, rows inserted while paging, a balance at an instant given
in another offset, a closed client."""

from __future__ import annotations

import asyncio
import datetime
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from blnk_client import AsyncBlnk, Blnk, ClientClosedError
from blnk_client.models import HookType
from tests.support.cassettes import Cassette, replaying

pytestmark = pytest.mark.cassette


@pytest.mark.cassette("test_a_closed_client_refuses_to_send")
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


NO_SUCH_ROW = "no-such-row"


def no_match(field: str) -> dict[str, Any]:
    return {"filters": [{"field": field, "operator": "eq", "value": NO_SUCH_ROW}]}


# (resource, method, arguments): each answers no rows on the recording server. (GET /balance-monitors
# takes no filter, and the server had monitors by then: list_by_balance reads the same null.) The server writes
# some of these as null, {"data": null} or {"data": []} without total_count; the client answers
# [] and, for a counted page, data == [] and total_count == 0.
EMPTY_ANSWERS: dict[str, list[tuple[str, str, dict[str, Any]]]] = {
    "ledgers": [
        ("ledgers", "list", {"filters": {"ledger_id_eq": NO_SUCH_ROW}}),
        ("ledgers", "list_all", {"filters": {"ledger_id_eq": NO_SUCH_ROW}}),
        ("ledgers", "filter", no_match("ledger_id")),
        ("ledgers", "filter", {**no_match("ledger_id"), "include_count": True}),
        ("ledgers", "filter_all", no_match("ledger_id")),
    ],
    "balances": [
        ("balances", "list", {"filters": {"balance_id_eq": NO_SUCH_ROW}}),
        ("balances", "list_all", {"filters": {"balance_id_eq": NO_SUCH_ROW}}),
        ("balances", "filter", no_match("balance_id")),
        ("balances", "filter", {**no_match("balance_id"), "include_count": True}),
        ("balances", "filter_all", no_match("balance_id")),
        ("balance_monitors", "list_by_balance", {"balance_id": "bln_no-such-row"}),
    ],
    "transactions": [
        ("transactions", "list", {"filters": {"transaction_id_eq": NO_SUCH_ROW}}),
        ("transactions", "list_all", {"filters": {"transaction_id_eq": NO_SUCH_ROW}}),
        ("transactions", "filter", no_match("transaction_id")),
        ("transactions", "filter", {**no_match("transaction_id"), "include_count": True}),
        ("transactions", "filter_all", no_match("transaction_id")),
    ],
    "people": [
        ("identities", "list", {"filters": {"identity_id_eq": NO_SUCH_ROW}}),
        ("identities", "filter", no_match("identity_id")),
        ("identities", "filter", {**no_match("identity_id"), "include_count": True}),
        ("accounts", "list", {"filters": {"account_id_eq": NO_SUCH_ROW}}),
        ("accounts", "filter", no_match("account_id")),
        ("accounts", "filter", {**no_match("account_id"), "include_count": True}),
    ],
    "admin": [
        ("hooks", "list", {"type_": HookType.PRE_TRANSACTION}),
        ("api_keys", "list", {"owner": NO_SUCH_ROW}),
    ],
}


def assert_empty(answer: object, arguments: dict[str, Any], where: str) -> None:
    if arguments.get("include_count"):
        assert (getattr(answer, "data", None), getattr(answer, "total_count", None)) == ([], 0), where
    else:
        assert answer == [], where


def call(client: Blnk, resource: str, method: str, arguments: dict[str, Any]) -> object:
    answer = getattr(getattr(client, resource), method)(**arguments)
    return list(answer) if isinstance(answer, Iterator) else answer


async def acall(client: AsyncBlnk, resource: str, method: str, arguments: dict[str, Any]) -> object:
    answer = getattr(getattr(client, resource), method)(**arguments)
    return [row async for row in answer] if isinstance(answer, AsyncIterator) else await answer


@pytest.mark.parametrize("family", sorted(EMPTY_ANSWERS))
@pytest.mark.cassette("test_no_rows_answer_an_empty_list")
def test_no_rows_answer_an_empty_list(blnk: Blnk, family: str) -> None:
    for resource, method, arguments in EMPTY_ANSWERS[family]:
        assert_empty(call(blnk, resource, method, arguments), arguments, f"{resource}.{method}({arguments})")


@pytest.mark.parametrize("family", sorted(EMPTY_ANSWERS))
def test_no_rows_answer_an_empty_list_async(family: str) -> None:
    cassette, client = replaying(f"test_no_rows_answer_an_empty_list[{family}]")

    async def scenario() -> None:
        async with client:
            for resource, method, arguments in EMPTY_ANSWERS[family]:
                answer = await acall(client, resource, method, arguments)
                assert_empty(answer, arguments, f"{resource}.{method}({arguments})")

    asyncio.run(scenario())
    cassette.finish()


PAGE = 2


@pytest.mark.cassette("test_rows_inserted_while_paging_are_not_repeated")
def test_rows_inserted_while_paging_are_not_repeated(blnk: Blnk, cassette: Cassette) -> None:
    """Newest first, each insert pushes the rows already read one place back into the next page."""
    prefix = cassette.value("prefix", "paging-")
    existing = {blnk.ledgers.create(name=f"{prefix}-{n}").ledger_id for n in range(5)}
    condition = {"field": "name", "operator": "like", "value": f"{prefix}%"}
    for rows in (
        blnk.ledgers.list_all(filters={"name_like": f"{prefix}%"}, limit=PAGE),
        blnk.ledgers.filter_all(filters=[condition], limit=PAGE),  # type: ignore[list-item]
    ):
        seen = []
        for row in rows:
            seen.append(row.ledger_id)
            if len(seen) % PAGE == 0:  # the page is used up: the next row reads the next page
                blnk.ledgers.create(name=f"{prefix}-inserted-{len(existing)}-{len(seen)}")
        assert len(seen) == len(set(seen)), "a row was yielded twice"
        assert existing <= set(seen), "a row that existed before the iteration was missed"


def test_rows_inserted_while_paging_are_not_repeated_async() -> None:
    cassette, client = replaying("test_rows_inserted_while_paging_are_not_repeated")
    prefix = cassette.values["prefix"]

    async def scenario() -> None:
        async with client:
            existing = {(await client.ledgers.create(name=f"{prefix}-{n}")).ledger_id for n in range(5)}
            condition = {"field": "name", "operator": "like", "value": f"{prefix}%"}
            for rows in (
                client.ledgers.list_all(filters={"name_like": f"{prefix}%"}, limit=PAGE),
                client.ledgers.filter_all(filters=[condition], limit=PAGE),  # type: ignore[list-item]
            ):
                seen = []
                async for row in rows:
                    seen.append(row.ledger_id)
                    if len(seen) % PAGE == 0:
                        await client.ledgers.create(name=f"{prefix}-inserted-{len(existing)}-{len(seen)}")
                assert len(seen) == len(set(seen)) and existing <= set(seen)

    asyncio.run(scenario())
    cassette.finish()


ZONES = [datetime.timezone(datetime.timedelta(hours=hours)) for hours in (0, 2, -5)]


@pytest.mark.cassette("test_a_balance_at_an_instant_is_the_same_in_every_offset")
def test_a_balance_at_an_instant_is_the_same_in_every_offset(blnk: Blnk, cassette: Cassette) -> None:
    """1000 arrives, then 500: between the two, UTC, +02:00 and -05:00 name the same instant and balance."""
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "at-"))
    wallet = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD")
    posted = []
    for amount in (1000, 500):
        if posted and cassette.recording:
            time.sleep(2)  # the instant asked for falls between the two postings
        posted.append(
            blnk.transactions.create(
                reference=cassette.value(f"reference-{amount}", "at-"),
                currency="USD",
                description="at",
                precise_amount=amount,
                source="@World",
                destination=wallet.balance_id,
                allow_overdraft=True,
                skip_queue=True,
            ).created_at
        )
    between = posted[0] + (posted[1] - posted[0]) / 2
    for zone in ZONES:
        at = blnk.balances.get_at(wallet.balance_id, timestamp=between.astimezone(zone), from_source=True)
        assert (at.balance.balance, at.timestamp) == (1000, between.replace(microsecond=0)), (
            zone
        )  # echoed in whole seconds


def test_a_balance_at_an_instant_is_the_same_in_every_offset_async() -> None:
    cassette, client = replaying("test_a_balance_at_an_instant_is_the_same_in_every_offset")
    values = cassette.values

    async def scenario() -> None:
        async with client:
            ledger = await client.ledgers.create(name=values["ledger"])
            wallet = await client.balances.create(ledger_id=ledger.ledger_id, currency="USD")
            posted = []
            for amount in (1000, 500):
                created = await client.transactions.create(
                    reference=values[f"reference-{amount}"],
                    currency="USD",
                    description="at",
                    precise_amount=amount,
                    source="@World",
                    destination=wallet.balance_id,
                    allow_overdraft=True,
                    skip_queue=True,
                )
                posted.append(created.created_at)
            between = posted[0] + (posted[1] - posted[0]) / 2
            for zone in ZONES:
                at = await client.balances.get_at(
                    wallet.balance_id, timestamp=between.astimezone(zone), from_source=True
                )
                assert (at.balance.balance, at.timestamp) == (1000, between.replace(microsecond=0)), (
                    zone
                )  # echoed in whole seconds

    asyncio.run(scenario())
    cassette.finish()
