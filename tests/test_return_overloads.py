"""`x-blnk-returns-when` as overloads: each flag its answer, the first flag set winning (pipeline/resources.py)."""

from __future__ import annotations

import pytest

from pipeline.resources import Argument, PlanError, _return_overloads

FLAGS = [
    Argument("dry_run", "bool | None", False, "dry_run"),
    Argument("run_async", "bool | None", False, "run_async"),
]
RETURNS = "Accepted | Preview | Result"
RULES = [{"when": "dry_run", "returns": "Preview"}, {"when": "run_async", "returns": "Accepted"}]


def _shape(rules: object) -> list[tuple[dict[str, tuple[str, bool]], str | None]]:
    return [
        ({a.name: (a.annotation, a.required) for a in o.arguments}, o.returns)
        for o in _return_overloads(FLAGS, RETURNS, rules, "POST /x")
    ]


def test_the_first_flag_set_wins_and_no_flag_answers_the_rest() -> None:
    unset = ("Literal[False] | None", False)
    assert _shape(RULES) == [
        ({"dry_run": ("Literal[True]", True), "run_async": ("bool | None", False)}, "Preview"),
        ({"run_async": ("Literal[True]", True), "dry_run": unset}, "Accepted"),
        ({"dry_run": unset, "run_async": unset}, "Result"),
        ({"dry_run": ("bool | None", False), "run_async": ("bool | None", False)}, RETURNS),
    ]


def test_one_flag_keeps_its_required_bool_fallback() -> None:
    shape = _shape({"when": "dry_run", "returns": "Preview"})
    assert [returns for _, returns in shape] == ["Preview", "Accepted | Result", RETURNS]
    assert shape[-1][0]["dry_run"] == ("bool", True)


@pytest.mark.parametrize(
    "rules",
    [
        [{"when": "dry_run", "returns": "Preview"}, {"when": "dry_run", "returns": "Accepted"}],  # a flag twice
        [*RULES, {"when": "run_async", "returns": "Result"}],  # no type left for no flag set
        [{"when": "atomic", "returns": "Preview"}],  # not a body flag
        [{"when": "dry_run", "returns": "Nothing"}],  # not a return type
    ],
)
def test_a_rule_the_overloads_cannot_express_is_an_error(rules: object) -> None:
    with pytest.raises(PlanError, match="x-blnk-returns-when"):
        _return_overloads(FLAGS, RETURNS, rules, "POST /x")
