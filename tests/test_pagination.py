"""The page-walking rules behind every `*_all` iterator, against a fake offset-paged source."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from blnk_client._pagination import aiterate_pages, iterate_pages


def same(row: int) -> int:
    return row


class Counted:
    def __init__(self, data: Sequence[int]) -> None:
        self.data = data


class NewestFirst:
    """A table read newest first with limit/offset, like Blnk's; `between_pages` runs before each later read."""

    def __init__(self, rows: int, size: int, between_pages: Callable[[NewestFirst], None] = lambda table: None) -> None:
        self.rows = list(range(rows, 0, -1))  # ids; the highest is the newest
        self.size = size
        self.between_pages = between_pages
        self.offsets: list[int] = []

    def insert(self, count: int) -> None:
        newest = max(self.rows, default=0)
        self.rows[:0] = range(newest + count, newest, -1)

    def fetch(self, offset: int) -> list[int]:
        if self.offsets:
            self.between_pages(self)
        self.offsets.append(offset)
        return self.rows[offset : offset + self.size]


def test_walks_offsets_until_a_short_page() -> None:
    table = NewestFirst(7, 3)
    assert list(iterate_pages(table.fetch, 3, same)) == [7, 6, 5, 4, 3, 2, 1]
    assert table.offsets == [0, 3, 6]


def test_an_exact_multiple_ends_on_an_empty_page() -> None:
    table = NewestFirst(6, 3)
    assert list(iterate_pages(table.fetch, 3, same)) == [6, 5, 4, 3, 2, 1]
    assert table.offsets == [0, 3, 6]


def test_no_rows_answer_nothing() -> None:
    assert list(iterate_pages(NewestFirst(0, 3).fetch, 3, same)) == []
    assert list(iterate_pages(lambda offset: Counted([]), 5, same)) == []


def test_rows_inserted_between_pages_neither_repeat_nor_hide_a_row() -> None:
    """Each insert pushes the older rows one place back: the next page starts with rows already read."""
    table = NewestFirst(10, 3, between_pages=lambda t: t.insert(2))
    rows = list(iterate_pages(table.fetch, 3, same))
    assert sorted(rows) == list(range(1, 11)) and len(rows) == len(set(rows))


def test_a_page_of_rows_already_read_does_not_end_the_iteration() -> None:
    # a whole page inserted between two reads: the second page repeats the first, row for row
    table = NewestFirst(7, 3, between_pages=lambda t: t.insert(3) if len(t.offsets) == 1 else None)
    assert list(iterate_pages(table.fetch, 3, same)) == [7, 6, 5, 4, 3, 2, 1]
    assert table.offsets == [0, 3, 6, 9]


def test_more_than_a_page_inserted_between_reads() -> None:
    # rows inserted behind the offset already read show up once; every older row shows up once
    table = NewestFirst(9, 3, between_pages=lambda t: t.insert(4) if len(t.offsets) == 1 else None)
    rows = list(iterate_pages(table.fetch, 3, same))
    assert len(rows) == len(set(rows)) and set(range(1, 10)) <= set(rows)


def test_a_route_that_ignores_limit_is_read_once() -> None:
    calls: list[int] = []
    everything = list(range(10))
    assert list(iterate_pages(lambda offset: calls.append(offset) or everything, 3, same)) == everything
    assert calls == [0]


def test_a_route_that_ignores_offset_does_not_repeat_rows_or_read_forever() -> None:
    calls: list[int] = []
    assert list(iterate_pages(lambda offset: calls.append(offset) or [1, 2, 3], 3, same)) == [1, 2, 3]
    assert calls == [0, 3, 6]  # the same page three times running: offset is ignored


def test_counted_pages() -> None:
    assert list(iterate_pages(lambda offset: Counted([1]) if offset == 0 else Counted([]), 5, same)) == [1]


def test_async_twin_follows_the_same_rules() -> None:
    table = NewestFirst(10, 3, between_pages=lambda t: t.insert(2))

    async def fetch(offset: int) -> list[int]:
        return table.fetch(offset)

    async def collect() -> list[int]:
        return [row async for row in aiterate_pages(fetch, 3, same)]

    rows = asyncio.run(collect())
    assert sorted(rows) == list(range(1, 11)) and len(rows) == len(set(rows))


def test_every_paged_operation_has_its_all_iterator() -> None:
    """An operation answering rows and taking limit and offset pages: each gets `<name>_all`, sync and async."""
    import inspect

    from blnk_client import AsyncBlnk, Blnk

    paged = []
    clients = (Blnk(base_url="http://127.0.0.1:1", api_key="k"), AsyncBlnk(base_url="http://127.0.0.1:1", api_key="k"))
    for client in clients:
        for tag in [t for t in vars(type(client)) if not t.startswith("_")]:
            resource = type(getattr(client, tag))
            for name, method in inspect.getmembers(resource, inspect.isfunction):
                signature = inspect.signature(method)
                rows = "list[" in str(signature.return_annotation)  # not search.query: Typesense's own paging
                if rows and {"limit", "offset"} <= set(signature.parameters):
                    paged.append(f"{type(client).__name__}.{tag}.{name}")
                    assert hasattr(resource, f"{name}_all"), f"{tag}.{name} pages but has no {name}_all"
    assert len(paged) == 20, paged  # list and filter of ledgers, balances, transactions, identities, accounts; x2
