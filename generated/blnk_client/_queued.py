"""Answers the server gives before the work is done, marked as what they are."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import httpx

T = TypeVar("T")


def marked_queued(parse: Callable[[httpx.Response], T], answer: type, queued: object) -> Callable[[httpx.Response], T]:
    """`parse`, with the status of an `answer` set to `queued`: the server said applied, nothing ran yet."""

    def parse_queued(response: httpx.Response) -> T:
        parsed = parse(response)
        if isinstance(parsed, answer):
            parsed.status = queued  # type: ignore[attr-defined]  # `answer` has a status field
        return parsed

    return parse_queued
