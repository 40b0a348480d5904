"""A recorded scenario's cassette is the one its mark names (tests/support/cassette_names.py): a
missing, stray or doubly claimed name stops the collection and names the tests."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]
QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")  # the inner runs need neither

CONFTEST = """
import pytest
from tests.support import cassette_names

@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    cassette_names.assign(items)

@pytest.fixture
def cassette(request):
    return request.node.stash[cassette_names.NAME]
"""


@pytest.fixture
def suite(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\nmarkers =\n    cassette: replays a recording\n")
    return pytester


def test_a_test_replays_the_cassette_its_mark_names(suite: pytest.Pytester) -> None:
    suite.makepyfile(
        """
        import pytest

        pytestmark = pytest.mark.cassette

        @pytest.mark.cassette("ledger_lifecycle")
        def test_renamed_freely(cassette):
            assert cassette == "ledger_lifecycle"

        @pytest.mark.parametrize("release", ["v0.15.2", "cba00722"])
        @pytest.mark.cassette("routes")
        def test_per_release(release, cassette):
            assert cassette == f"routes[{release}]"

        def test_replays_another_by_name():
            pass  # the bare module mark selects it for -m cassette; it names no cassette of its own
        """
    )
    suite.runpytest_inprocess(*QUIET).assert_outcomes(passed=4)


@pytest.mark.parametrize(
    ("tests", "problems"),
    [
        (
            "pytestmark = pytest.mark.cassette\ndef test_unnamed(cassette): pass\n",
            ['test_unnamed uses the cassette fixture but no @pytest.mark.cassette("NAME") names it'],
        ),
        (
            '@pytest.mark.cassette("a")\ndef test_one(cassette): pass\n'
            '@pytest.mark.cassette("a")\ndef test_two(cassette): pass\n',
            ["test_two claims cassette 'a', already claimed by test_names.py::test_one"],
        ),
        (
            '@pytest.mark.cassette("a")\ndef test_stray(): pass\n',
            ["test_stray names cassette 'a' but does not use the cassette fixture"],
        ),
        (
            '@pytest.mark.cassette("a/b")\ndef test_path(cassette): pass\n',
            ["test_path: write @pytest.mark.cassette(NAME) with one NAME of"],
        ),
    ],
    ids=["unnamed", "claimed-twice", "stray", "not-a-file-name"],
)
def test_a_wrong_name_stops_the_collection(suite: pytest.Pytester, tests: str, problems: list[str]) -> None:
    suite.makepyfile(test_names="import pytest\n" + tests)
    result = suite.runpytest_inprocess(*QUIET, "-k", "nothing_selected")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    for problem in problems:
        assert problem in result.stderr.str()
