"""Which cassette a recorded scenario owns: the name its `cassette` mark gives, never the test's own.

`@pytest.mark.cassette("test_ledger_lifecycle")` makes the scenario record and replay
tests/cassettes/test_ledger_lifecycle.yaml, so a test can be renamed or moved without a server.
On a parametrized test the mark names a family, one cassette per parameter: `NAME[<parameter id>]`.
A bare `pytest.mark.cassette` (a module's `pytestmark`) names nothing: it only selects the
replays for `-m cassette`.

The collection stops, naming the tests, when a test uses the `cassette` fixture without a named
mark, names a cassette without using the fixture, or claims a name another test already claimed.
"""

from __future__ import annotations

import re

import pytest

NAME = pytest.StashKey[str]()
FIXTURE = "cassette"
ALLOWED = re.compile(r"[A-Za-z0-9_.\-]+")  # a file name in tests/cassettes, before the parameter id


def named_by_mark(item: pytest.Item) -> str | None:
    """The cassette name `item`'s closest named `cassette` mark gives it, or None."""
    mark = next((mark for mark in item.iter_markers(FIXTURE) if mark.args or mark.kwargs), None)
    if mark is None:
        return None
    if mark.kwargs or len(mark.args) != 1 or not isinstance(mark.args[0], str) or not ALLOWED.fullmatch(mark.args[0]):
        raise pytest.UsageError(
            f"{item.nodeid}: write @pytest.mark.cassette(NAME) with one NAME of {ALLOWED.pattern}, not {mark}"
        )
    callspec = getattr(item, "callspec", None)
    return f"{mark.args[0]}[{callspec.id}]" if callspec is not None else mark.args[0]


def assign(items: list[pytest.Item]) -> None:
    """Stash each recording test's cassette name on it; refuse a missing, stray or doubly claimed name."""
    owners: dict[str, str] = {}
    problems = []
    for item in items:
        name = named_by_mark(item)
        records = FIXTURE in getattr(item, "fixturenames", ())
        if name is None and records:
            problems.append(f'{item.nodeid} uses the cassette fixture but no @pytest.mark.cassette("NAME") names it')
        elif name is not None and not records:
            problems.append(f"{item.nodeid} names cassette {name!r} but does not use the cassette fixture")
        elif name is not None and name in owners:
            problems.append(f"{item.nodeid} claims cassette {name!r}, already claimed by {owners[name]}")
        elif name is not None:
            owners[name] = item.nodeid
            item.stash[NAME] = name
    if problems:
        raise pytest.UsageError("cassette names:\n  " + "\n  ".join(problems))
