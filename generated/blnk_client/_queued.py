# Generated: copied from overlays/runtime/_queued.py; edit that file.
"""Answers the server gives before the work is done, marked as what they are.

A queued commit or void (`update_inflight`, `bulk_commit`, `bulk_void` without skip_queue) is
answered with the rows it was sent for, unchanged; the workers later add one child per inflight
leg (`parent_transaction` = the leg, reference `<leg>_<action>_act_<uuid>`, an id the answer does
not carry): APPLIED for a commit, VOID for a void. A void's child is the hold's only VOID child,
and a commit of all that remains leaves the hold with nothing left after it, so `waiting` finds
those without help. A commit of part of a hold is not told apart from earlier partial commits
that way: before sending one, the client reads the hold's children (one filter request, two when
the id is a queued create's, whose hold is its `_q` child) and keeps them beside the parsed answer,
so that `waiting.wait_for_transaction` answers the child that was not there before.
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._exceptions import RouteNotFoundError
from ._response import RAW_RESPONSE

if TYPE_CHECKING:
    from .params import FilterValueParams, InConditionParams

T = TypeVar("T")

IN_VALUES = 100  # the most values one `in` filter condition takes
INFLIGHT = "INFLIGHT"


def marked_queued(parse: Callable[[httpx.Response], T], answer: type, queued: object) -> Callable[[httpx.Response], T]:
    """`parse`, with the status of an `answer` set to `queued`: the server said applied, nothing ran yet."""

    def parse_queued(response: httpx.Response) -> T:
        parsed = parse(response)
        if isinstance(parsed, answer):
            parsed.status = queued  # type: ignore[attr-defined]  # `answer` has a status field
        return parsed

    return parse_queued


@dataclass(frozen=True)
class QueuedAction:
    """A queued commit or void as it was sent, and for the ids committed in part what was read before."""

    void: bool
    partial: Mapping[str, bool]  # every id it was sent for: True when only part of the hold is committed
    legs: Mapping[str, tuple[str, ...]]  # for the ids committed in part: their inflight legs
    before: frozenset[str]  # and the children those legs had


_ACTIONS: dict[int, QueuedAction] = {}  # by id() of the parsed answer, dropped when the answer is


def remembering(parse: Callable[[httpx.Response], T], action: QueuedAction) -> Callable[[httpx.Response], T]:
    """`parse`, keeping `action` beside the answer it parses (see `queued_action`)."""

    def parse_remembering(response: httpx.Response) -> T:
        parsed = parse(response)
        _ACTIONS[id(parsed)] = action
        weakref.finalize(parsed, _ACTIONS.pop, id(parsed), None)
        return parsed

    return parse_remembering


def queued_action(answer: object) -> QueuedAction | None:
    """What was noted before sending the queued action `answer` answered; None for any other object."""
    return _ACTIONS.get(id(answer))


def parent_filters(parents: Sequence[str]) -> list[list[InConditionParams]]:
    """Filters for the rows whose parent_transaction is one of `parents`, one per IN_VALUES of them."""
    filters: list[list[InConditionParams]] = []
    for start in range(0, len(parents), IN_VALUES):
        values: list[FilterValueParams] = list(parents[start : start + IN_VALUES])
        filters.append([{"field": "parent_transaction", "operator": "in", "values": values}])
    return filters


def legs_of(ids: Sequence[str], rows: Iterable[Any]) -> dict[str, tuple[str, ...]]:
    """Each id's inflight legs, as the workers find them: its INFLIGHT children (a queued create's
    `_q` hold, the legs of a split or batch), or the id itself (a hold)."""
    found = list(rows)
    return {
        target: tuple(
            row.transaction_id
            for row in found
            if row.parent_transaction == target and getattr(row.status, "value", row.status) == INFLIGHT
        )
        or (target,)
        for target in ids
    }


def _partial(item: Mapping[str, Any]) -> bool:
    """A commit of part of the hold: an amount or precise_amount above 0 (absent or 0 commits all that remains)."""
    return any(isinstance(item.get(key), int | float) and item[key] > 0 for key in ("amount", "precise_amount"))


def _sent(given: Mapping[str, Any], transaction_id: str | None) -> tuple[bool, dict[str, bool]]:
    """(void, partial by id) of an update_inflight body (with its path id), a bulk_void or a bulk_commit body."""
    if transaction_id is not None:
        void = given.get("status") == "void"
        return void, {transaction_id: not void and _partial(given)}
    if "transaction_ids" in given:
        return True, dict.fromkeys(map(str, given["transaction_ids"]), False)
    return False, {str(item["transaction_id"]): _partial(item) for item in given["transactions"]}


def _deeper(legs: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The legs that are not an id the action was sent for: their children need a second read."""
    return [leg for target, own in legs.items() for leg in own if leg != target]


def note_action(
    filter_all: Callable[..., Iterable[Any]], given: Mapping[str, Any], transaction_id: str | None = None
) -> QueuedAction:
    """What `wait_for_transaction` needs of a queued commit or void, read before it is sent."""
    void, partial = _sent(given, transaction_id)
    ids = [target for target, part in partial.items() if part]

    def children(parents: Sequence[str]) -> list[Any]:
        return [row for filters in parent_filters(parents) for row in filter_all(filters=filters)]

    token = RAW_RESPONSE.set(False)  # with_raw_response: these reads must answer rows
    try:
        first = children(ids) if ids else []
        legs = legs_of(ids, first)
        deeper = _deeper(legs)
        rows = first + (children(deeper) if deeper else [])
    except RouteNotFoundError:  # before v0.13.2 (no filter route), where actions are not queued anyway
        return QueuedAction(void, partial, {}, frozenset())
    finally:
        RAW_RESPONSE.reset(token)
    return QueuedAction(void, partial, legs, frozenset(row.transaction_id for row in rows))


async def async_note_action(
    filter_all: Callable[..., AsyncIterator[Any]], given: Mapping[str, Any], transaction_id: str | None = None
) -> QueuedAction:
    """`note_action` for AsyncBlnk."""
    void, partial = _sent(given, transaction_id)
    ids = [target for target, part in partial.items() if part]

    async def children(parents: Sequence[str]) -> list[Any]:
        return [row for filters in parent_filters(parents) async for row in filter_all(filters=filters)]

    token = RAW_RESPONSE.set(False)
    try:
        first = await children(ids) if ids else []
        legs = legs_of(ids, first)
        deeper = _deeper(legs)
        rows = first + (await children(deeper) if deeper else [])
    except RouteNotFoundError:
        return QueuedAction(void, partial, {}, frozenset())
    finally:
        RAW_RESPONSE.reset(token)
    return QueuedAction(void, partial, legs, frozenset(row.transaction_id for row in rows))
