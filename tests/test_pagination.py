"""The page-walking rules behind every `*_all` iterator."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from blnk_client._pagination import aiterate_pages, iterate_pages


class Counted:
    def __init__(self, data: Sequence[int] | None) -> None:
        self.data = data


def pages_of(rows: list[int], size: int, calls: list[int]) -> object:
    def fetch(offset: int) -> list[int]:
        calls.append(offset)
        return rows[offset : offset + size]

    return fetch


def test_walks_offsets_until_a_short_page() -> None:
    calls: list[int] = []
    assert list(iterate_pages(pages_of(list(range(7)), 3, calls), 3)) == list(range(7))  # type: ignore[arg-type]
    assert calls == [0, 3, 6]


def test_an_exact_multiple_ends_on_an_empty_page() -> None:
    calls: list[int] = []
    assert list(iterate_pages(pages_of(list(range(6)), 3, calls), 3)) == list(range(6))  # type: ignore[arg-type]
    assert calls == [0, 3, 6]


def test_a_route_that_ignores_limit_is_read_once() -> None:
    calls: list[int] = []
    everything = list(range(10))
    assert list(iterate_pages(lambda offset: calls.append(offset) or everything, 3)) == everything
    assert calls == [0]


def test_a_route_that_ignores_offset_does_not_repeat_rows() -> None:
    calls: list[int] = []
    assert list(iterate_pages(lambda offset: calls.append(offset) or [1, 2, 3], 3)) == [1, 2, 3]
    assert calls == [0, 3]


def test_counted_pages_and_null_pages() -> None:
    assert list(iterate_pages(lambda offset: Counted([1]) if offset == 0 else None, 5)) == [1]
    assert list(iterate_pages(lambda offset: None, 5)) == []
    assert list(iterate_pages(lambda offset: Counted(None), 5)) == []  # {"data": null}: no match


def test_async_twin_follows_the_same_rules() -> None:
    rows = list(range(5))

    async def fetch(offset: int) -> list[int]:
        return rows[offset : offset + 2]

    async def collect() -> list[int]:
        return [row async for row in aiterate_pages(fetch, 2)]

    assert asyncio.run(collect()) == rows
