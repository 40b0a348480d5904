"""`nox -s bench` says PASS or FAIL per target, as the table shows the figures, and fails on a miss."""

from __future__ import annotations

import pytest

from benchmarks.bench import Row, _extra_row, _row, report


def test_a_ratio_row_passes_up_to_its_target_as_printed() -> None:
    assert _row("r", 105.0, 100.0, "us", 1.05).result == "PASS"
    assert _row("r", 105.4, 100.0, "us", 1.05).result == "PASS"  # printed 1.05x
    failed = _row("r", 105.6, 100.0, "us", 1.05)
    assert (failed.ratio, failed.target, failed.result) == ("1.06x", "<= 1.05x", "FAIL")
    assert _row("r", 2.0, 1.0, "us", None).result == ""  # reported only
    assert _row("r", 2.0, 1.0, "us", 1.10, ratio=1.01).ratio == "1.01x"


def test_an_extra_row_passes_up_to_its_target_in_ms() -> None:
    assert _extra_row("c", 60.0, 40.0, 20.0, 20.0).result == "PASS"
    failed = _extra_row("c", 60.0, 40.0, 20.06, 20.0)
    assert (failed.ratio, failed.target, failed.result) == ("+20.1 ms", "<= +20 ms", "FAIL")


def test_report_exits_1_naming_each_missed_target(capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        _row("fast", 1.0, 1.0, "us", 1.05),
        _row("slow", 2.0, 1.0, "us", 1.05),
        Row("pipeline", "5.00 s"),
        _extra_row("cold", 50.0, 20.0, 30.0, 20.0),
    ]
    with pytest.raises(SystemExit) as exited:
        report(rows)
    assert exited.value.code == "bench: 2 of 3 targets missed: slow; cold"
    table = capsys.readouterr().out.splitlines()
    assert table[0].split(" | ")[-1].strip() == "result"
    assert [line.rsplit("|", 1)[-1].strip() for line in table[2:]] == ["PASS", "FAIL", "", "FAIL"]


def test_report_with_every_target_met_returns(capsys: pytest.CaptureFixture[str]) -> None:
    report([_row("fast", 1.0, 1.0, "us", 1.05), Row("pipeline", "5.00 s")])
    assert capsys.readouterr().out.splitlines()[-1] == "bench: 1 of 1 targets met"
