# Generated: copied from overlays/runtime/_pagination.py; edit that file.
"""Iterate over every row of a list or filter operation, one page at a time.

Blnk pages with limit/offset only, newest first by default. A row inserted while the pages are
read lands in front of the offset and pushes every later row one place back, so the next page
starts with rows already read. The iteration remembers the id of every row it yielded, skips those,
and goes on reading while pages come back full, even when a page holds only rows already read:
no row is yielded twice and no row that existed when the iteration began is missed.

What offset paging cannot give (the server has no cursor):
- a row deleted during the iteration pulls every later row one place forward, so one row not
  yet reached may be missed per deletion (ledgers, balances and transactions have no delete
  route);
- a row whose sort position changes during the iteration (`sort_by` a column that updates, such
  as a balance) may be missed;
- a row inserted during the iteration appears only if its place is still ahead (with
  `sort_order="asc"`), never with the default newest-first order.

A page longer than `page_size` means the route ignored limit and answered everything at once;
a page that repeats the one before it twice running means it ignored offset: both end the
iteration instead of reading forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator, Sequence
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class CountedPage(Protocol[T_co]):
    @property
    def data(self) -> Sequence[T_co]: ...


Page = Sequence[T] | CountedPage[T]


class _Walk(Generic[T]):
    """The state shared by the sync and async iterations: where to read next, and what was read."""

    def __init__(self, page_size: int, key: Callable[[T], Hashable]) -> None:
        self.page_size = page_size
        self.key = key
        self.offset = 0
        self.seen: set[Hashable] = set()
        self.previous: list[Hashable] = []
        self.repeats = 0

    def fresh(self, page: Page[T]) -> tuple[list[T], bool]:
        """The rows of `page` not yielded before, and whether another page should be read."""
        rows = page if isinstance(page, Sequence) else page.data
        keys = [self.key(row) for row in rows]
        fresh = [row for row, key in zip(rows, keys, strict=True) if key not in self.seen]
        self.seen.update(keys)
        self.repeats = self.repeats + 1 if keys == self.previous else 0
        self.previous = keys
        self.offset += len(rows)
        # shorter: nothing follows; longer: the route ignored limit; repeated: it ignored offset
        return fresh, len(rows) == self.page_size and self.repeats < 2


def iterate_pages(fetch: Callable[[int], Page[T]], page_size: int, key: Callable[[T], Hashable]) -> Iterator[T]:
    walk: _Walk[T] = _Walk(page_size, key)
    more = True
    while more:
        rows, more = walk.fresh(fetch(walk.offset))
        yield from rows


async def aiterate_pages(
    fetch: Callable[[int], Awaitable[Page[T]]], page_size: int, key: Callable[[T], Hashable]
) -> AsyncIterator[T]:
    walk: _Walk[T] = _Walk(page_size, key)
    more = True
    while more:
        rows, more = walk.fresh(await fetch(walk.offset))
        for row in rows:
            yield row
