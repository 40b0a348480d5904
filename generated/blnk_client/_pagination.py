"""Iterate over every row of a list or filter operation, one page at a time.

Blnk pages with limit/offset only. Some routes ignore them (identities and accounts without
filters answer every row), so a page larger than asked for, or one that starts with the same
row as the page before, ends the iteration instead of repeating rows forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class CountedPage(Protocol[T_co]):
    @property
    def data(self) -> Sequence[T_co] | None: ...


Page = Sequence[T] | CountedPage[T] | None


def _rows(page: Page[T]) -> Sequence[T]:
    if page is None:
        return []
    if isinstance(page, Sequence):
        return page
    return page.data or []


def _last_page(rows: Sequence[T], page_size: int) -> bool:
    # shorter: nothing follows; longer: the route ignored limit and answered everything at once
    return len(rows) != page_size


def iterate_pages(fetch: Callable[[int], Page[T]], page_size: int) -> Iterator[T]:
    offset, previous_first = 0, None
    while True:
        rows = _rows(fetch(offset))
        if not rows or (previous_first is not None and rows[0] == previous_first):
            return
        yield from rows
        if _last_page(rows, page_size):
            return
        offset, previous_first = offset + len(rows), rows[0]


async def aiterate_pages(fetch: Callable[[int], Awaitable[Page[T]]], page_size: int) -> AsyncIterator[T]:
    offset, previous_first = 0, None
    while True:
        rows = _rows(await fetch(offset))
        if not rows or (previous_first is not None and rows[0] == previous_first):
            return
        for row in rows:
            yield row
        if _last_page(rows, page_size):
            return
        offset, previous_first = offset + len(rows), rows[0]
