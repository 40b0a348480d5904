"""Cold start: a fresh interpreter imports the client and makes its first typed call, against a
canned loopback server, beside a fresh interpreter doing the same first call with raw httpx.

`python -m benchmarks.coldstart` prints the medians and the -X importtime breakdown; `nox -s bench`
reports the same row. Both sides pay the interpreter's start and httpx's import, so the difference
is what blnk_client adds to a first call: its imports (blnk_client.models loads each model on
first use) and its parsing of one answer.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time

from tests.support.loopback import JSONHandler, LoopbackServer

TRANSACTION_ID = "txn_b4dda468-c243-42fc-a3b5-31867e19c8a2"
# GET /transactions/{id} as Blnk v0.15.2 answered it (tests/cassettes/test_transactions_lifecycle.yaml).
TRANSACTION = (
    b'{"precise_amount":1250,"amount":12.5,"precision":100,"overdraft_limit":0,'
    b'"transaction_id":"txn_b4dda468-c243-42fc-a3b5-31867e19c8a2","parent_transaction":"",'
    b'"source":"bln_d5bcb489-fd3b-4511-b8b1-03c21cbf160c","destination":"bln_4ac9831f-b87f-4e49-9b86-d046273b4417",'
    b'"reference":"queued-6433a62c3a6e","currency":"USD","description":"Order A-1","status":"QUEUED",'
    b'"hash":"780c375b8abf47deb9a8ad60a19df4d57ab560cdf70bd4c3d4ff58ca7bc7a8e1","allow_overdraft":false,'
    b'"inflight":false,"skip_queue":false,"atomic":false,"created_at":"2026-12-01T10:15:33.498582Z",'
    b'"scheduled_for":"0001-01-01T00:00:00Z","inflight_expiry_date":"0001-01-01T00:00:00Z",'
    b'"inflight_commit_date":"0001-01-01T00:00:00Z","meta_data":{"order":"A-1"}}'
)

CLIENT = """
import sys
import httpx  # imported by blnk_client anyway; first here, so that -X importtime shows blnk_client's own share
from blnk_client import Blnk
with Blnk(base_url=sys.argv[1], api_key="k", max_retries=0) as blnk:
    assert blnk.transactions.get("{id}").precise_amount == 1250
""".replace("{id}", TRANSACTION_ID)
RAW = """
import sys
import httpx
with httpx.Client(base_url=sys.argv[1], headers={"X-Blnk-Key": "k"}) as raw:
    assert raw.get("/transactions/{id}").json()["precise_amount"] == 1250
""".replace("{id}", TRANSACTION_ID)


class CannedTransaction(JSONHandler):
    """Answers every GET with the one canned transaction (and anything else with 404)."""

    def answer(self) -> None:
        if self.command == "GET" and self.path == f"/transactions/{TRANSACTION_ID}":
            self.send_json(200, TRANSACTION)
        else:
            self.send_json(404, b'{"error":"not found"}')


def _env() -> dict[str, str]:
    # Bytecode cached, as after `pip install` (with PYTHONDONTWRITEBYTECODE every run would compile).
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _run(code: str, url: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *flags, "-c", code, url], capture_output=True, text=True, check=True, env=_env()
    )


def measure(url: str, runs: int = 21) -> tuple[float, float]:
    """Median wall seconds of a fresh interpreter's import + first call: (client, raw httpx), interleaved."""
    ours, theirs = samples(url, runs)
    return statistics.median(ours), statistics.median(theirs)


def samples(url: str, runs: int = 21) -> tuple[list[float], list[float]]:
    """Wall seconds of each run, (client, raw httpx), interleaved and each side first by turns."""
    for code in (CLIENT, RAW):  # warm the bytecode cache and the page cache
        _run(code, url)
    ours: list[float] = []
    theirs: list[float] = []
    for number in range(runs):
        pair = ((CLIENT, ours), (RAW, theirs))
        for code, times in pair if number % 2 else reversed(pair):
            started = time.perf_counter()
            _run(code, url)
            times.append(time.perf_counter() - started)
    return ours, theirs


def import_cost(url: str, runs: int = 7) -> float:
    """Seconds the client's imports add to its cold start: the top-level blnk_client imports' cumulative
    -X importtime (httpx is imported first, so not counted), the least of `runs` runs."""
    totals = []
    for _ in range(runs):
        out = _run(CLIENT, url, "-X", "importtime").stderr
        totals.append(sum(int(m.group(1)) for m in re.finditer(r"\|\s+(\d+) \| blnk_client\S*$", out, re.M)))
    return min(totals) / 1e6


def import_breakdown(url: str, top: int = 8) -> list[tuple[int, str]]:
    """The costliest blnk_client imports of the client's cold start (cumulative us, -X importtime)."""
    out = _run(CLIENT, url, "-X", "importtime").stderr
    rows = [(int(m.group(1)), m.group(2)) for m in re.finditer(r"\|\s+(\d+) \| (\s*blnk_client\S*)$", out, re.M)]
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    server = LoopbackServer(CannedTransaction)
    server.start()
    try:
        runs = int(sys.argv[1]) if len(sys.argv) > 1 else 41
        ours_all, theirs_all = samples(server.url, runs)
        ours, theirs = statistics.median(ours_all), statistics.median(theirs_all)
        print(f"cold start, import + first transactions.get, {runs} runs a side (median; least):")
        print(f"  client {ours * 1e3:.1f} ms; {min(ours_all) * 1e3:.1f} ms")
        print(f"  raw httpx {theirs * 1e3:.1f} ms; {min(theirs_all) * 1e3:.1f} ms")
        least = min(ours_all) - min(theirs_all)
        print(f"  difference {(ours - theirs) * 1e3:+.1f} ms; {least * 1e3:+.1f} ms (target <= +20 ms)")
        print(f"of which blnk_client's imports (-X importtime, least of 7): {import_cost(server.url) * 1e3:.1f} ms")
        for cumulative, name in import_breakdown(server.url):
            print(f"  {cumulative / 1e3:7.1f} ms  {name.strip()}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
